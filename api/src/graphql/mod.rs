//! The GraphQL API: one module per domain, merged into one schema. Resolvers parse arguments,
//! call a service, and map the result; they hold no rules of their own.

mod archive_enums;
mod audit;
mod auth;
mod common;
pub mod context;
mod departments;
mod document_limits;
pub mod events;
mod figures;
mod imports;
mod key_groups;
pub mod loaders;
mod node;
mod organisations;
mod party;
mod payload;
mod places;
mod policy;
mod regions;
mod residents;
mod teams;
mod tenants;
mod users;

use crate::settings::GraphqlSettings;
use async_graphql::{MergedObject, Schema};

#[derive(MergedObject, Default)]
pub struct Query(
    node::NodeQuery,
    auth::AuthQuery,
    audit::AuditQuery,
    regions::RegionQuery,
    departments::DepartmentQuery,
    users::UserQuery,
    tenants::TenantQuery,
    residents::ResidentQuery,
    key_groups::KeyGroupQuery,
    places::PlaceQuery,
    organisations::OrganisationQuery,
    teams::TeamQuery,
    figures::FiguresQuery,
    imports::ImportQuery,
    party::PartyQuery,
    events::EventQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::AuthMutation,
    regions::RegionMutation,
    departments::DepartmentMutation,
    users::UserMutation,
    tenants::TenantMutation,
    residents::ResidentMutation,
    key_groups::KeyGroupMutation,
    places::PlaceMutation,
    organisations::OrganisationMutation,
    teams::TeamMutation,
    figures::FiguresMutation,
    imports::ImportMutation,
    party::PartyMutation,
    events::EventMutation,
);

pub type GridGovSchema = Schema<Query, Mutation, events::EventSubscription>;

pub use context::RequestCtx;
pub use regions::{ChildCountLoader, RegionLoader};

/// The schema with its limits. Per-request data (the caller, the transaction, the loaders) is
/// added to each request, never to the schema: a shared loader would batch two tenants' keys.
pub fn build_schema(limits: &GraphqlSettings) -> GridGovSchema {
    let mut builder = Schema::build(
        Query::default(),
        Mutation::default(),
        events::EventSubscription,
    )
    .limit_complexity(limits.max_complexity)
    .limit_directives(10)
    .extension(policy::DocumentPolicy {
        limits: document_limits::Limits {
            max_tokens: limits.max_tokens,
            max_nesting: limits.max_nesting,
            max_fragments: limits.max_fragments,
            max_depth: limits.max_depth,
            max_fields: limits.max_fields,
            max_aliases: limits.max_aliases,
            max_directives: limits.max_directives,
        },
    });
    if !limits.introspection {
        builder = builder.disable_introspection();
    }
    builder.finish()
}

/// The schema's SDL, as committed in `api/schema.graphql`.
pub fn export_sdl() -> String {
    let limits = GraphqlSettings {
        max_depth: 64,
        max_complexity: 100_000,
        max_aliases: 1_000,
        max_tokens: 1_000_000,
        max_nesting: 1_000,
        max_fields: 1_000_000,
        max_fragments: 1_000,
        max_directives: 1_000,
        introspection: true,
    };
    build_schema(&limits).sdl()
}
