//! The key-group catalogue and memberships.

use super::archive_enums::CareLevel;
use super::common::into_payload;
use super::context::caller;
use super::residents::resident_id;
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::graphql::payload::payload;
use crate::service::archives::key_groups::{self as service, KeyGroupInput, MembershipInput};
use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use entities::{key_group, resident_key_group};
use uuid::Uuid;

fn key_group_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::KeyGroup, "key group").map_err(AppError::from)
}

/// 重点服务对象 — a key group of the county's catalogue. Sensitive groups are visible only with
/// `resident:sensitive`.
#[derive(Clone)]
pub struct KeyGroup(pub key_group::Model);

#[Object]
impl KeyGroup {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::KeyGroup, self.0.id).into()
    }

    /// Stable; built-in groups keep their seeded code (e.g. `LIVING_ALONE_ELDERLY`).
    async fn code(&self) -> &str {
        &self.0.code
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn care_level(&self) -> CareLevel {
        self.0.care_level.into()
    }

    /// How often members are to be visited, in days.
    async fn visit_interval_days(&self) -> i32 {
        self.0.visit_interval_days
    }

    /// Criminal, health or drug records: shown only to `resident:sensitive`.
    async fn sensitive(&self) -> bool {
        self.0.sensitive
    }

    /// Memberships carry a risk level 0–5.
    async fn has_risk_level(&self) -> bool {
        self.0.has_risk_level
    }

    async fn builtin(&self) -> bool {
        self.0.builtin
    }

    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
}

/// A resident's membership of a key group.
#[derive(Clone)]
pub struct KeyGroupMembership(pub resident_key_group::Model, pub key_group::Model);

#[Object]
impl KeyGroupMembership {
    async fn id(&self) -> ID {
        GlobalId::encode(NodeType::KeyGroupMembership, self.0.id).into()
    }

    async fn key_group(&self) -> KeyGroup {
        KeyGroup(self.1.clone())
    }

    async fn started_on(&self) -> NaiveDate {
        self.0.started_on
    }

    /// Absent while current.
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }

    /// 0–5, for groups that carry one (severe mental illness).
    async fn risk_level(&self) -> Option<i32> {
        self.0.risk_level
    }

    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
}

#[derive(Default)]
pub struct KeyGroupQuery;

#[Object]
impl KeyGroupQuery {
    /// The county's key groups the caller may see, by code. Needs `resident:read`.
    async fn key_groups(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<KeyGroup>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::catalogue(conn, access)
            .await?
            .into_iter()
            .map(KeyGroup)
            .collect())
    }
}

#[derive(InputObject)]
pub struct KeyGroupFieldsInput {
    pub code: Option<String>,
    pub name: Option<String>,
    pub care_level: Option<CareLevel>,
    pub visit_interval_days: Option<i32>,
    pub sensitive: Option<bool>,
    pub has_risk_level: Option<bool>,
    pub description: Option<String>,
}

impl From<KeyGroupFieldsInput> for KeyGroupInput {
    fn from(i: KeyGroupFieldsInput) -> Self {
        Self {
            code: i.code,
            name: i.name,
            care_level: i.care_level.map(Into::into),
            visit_interval_days: i.visit_interval_days,
            sensitive: i.sensitive,
            has_risk_level: i.has_risk_level,
            description: i.description,
        }
    }
}

#[derive(InputObject)]
pub struct UpdateKeyGroupInput {
    pub id: ID,
    pub fields: KeyGroupFieldsInput,
}

payload! {
    pub struct KeyGroupPayload {
        key_group: KeyGroup,
    }
}

#[derive(InputObject)]
pub struct AddResidentToKeyGroupInput {
    pub resident_id: ID,
    pub key_group_id: ID,
    /// Today when absent.
    pub started_on: Option<NaiveDate>,
    pub risk_level: Option<i32>,
    pub note: Option<String>,
}

#[derive(InputObject)]
pub struct EndKeyGroupMembershipInput {
    pub membership_id: ID,
    /// Today when absent.
    pub ended_on: Option<NaiveDate>,
}

payload! {
    pub struct KeyGroupMembershipPayload {
        membership: KeyGroupMembership,
    }
}

#[derive(Default)]
pub struct KeyGroupMutation;

#[Object]
impl KeyGroupMutation {
    /// Adds a group to the catalogue. Needs `archive:configure` (county admin).
    async fn create_key_group(
        &self,
        ctx: &Context<'_>,
        input: KeyGroupFieldsInput,
    ) -> async_graphql::Result<KeyGroupPayload> {
        let (access, conn) = caller(ctx).await?;
        KeyGroupPayload::of(service::create(conn, access, input.into()).await, KeyGroup)
    }

    /// Needs `archive:configure`.
    async fn update_key_group(
        &self,
        ctx: &Context<'_>,
        input: UpdateKeyGroupInput,
    ) -> async_graphql::Result<KeyGroupPayload> {
        let id = key_group_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        KeyGroupPayload::of(
            service::update(conn, access, id, input.fields.into()).await,
            KeyGroup,
        )
    }

    /// Needs `resident:write` where the resident lives, and `resident:sensitive` there for a
    /// sensitive group.
    async fn add_resident_to_key_group(
        &self,
        ctx: &Context<'_>,
        input: AddResidentToKeyGroupInput,
    ) -> async_graphql::Result<KeyGroupMembershipPayload> {
        let resident = resident_id(&input.resident_id)?;
        let group = key_group_id(&input.key_group_id)?;
        let (access, conn) = caller(ctx).await?;
        let result = service::add_member(
            conn,
            access,
            MembershipInput {
                resident_id: resident,
                key_group_id: group,
                started_on: input.started_on,
                risk_level: input.risk_level,
                note: input.note,
            },
        )
        .await;
        let (membership, user_errors) = into_payload(result)?;
        let membership = match membership {
            Some(m) => {
                let group = service::get(conn, access, m.key_group_id).await?;
                Some(KeyGroupMembership(m, group))
            }
            None => None,
        };
        Ok(KeyGroupMembershipPayload::new(membership, user_errors))
    }

    /// Needs `resident:write`.
    async fn end_key_group_membership(
        &self,
        ctx: &Context<'_>,
        input: EndKeyGroupMembershipInput,
    ) -> async_graphql::Result<KeyGroupMembershipPayload> {
        let id = GlobalId::decode_as(
            &input.membership_id,
            NodeType::KeyGroupMembership,
            "membership",
        )?;
        let (access, conn) = caller(ctx).await?;
        KeyGroupMembershipPayload::of(
            service::end_membership(conn, access, id, input.ended_on).await,
            |(m, g)| KeyGroupMembership(m, g),
        )
    }
}
