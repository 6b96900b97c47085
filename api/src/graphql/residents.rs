//! Residents: `Resident`, search, the timeline, key-group memberships, and reveals.

use super::archive_enums::{
    Gender, HouseholdRelationship, MoveKind, PoliticalStatus, ResidenceType, ResidentStatus,
};
use super::common::into_payload;
use super::context::{caller, request};
use super::key_groups::KeyGroupMembership;
use super::places::{House, Household};
use super::regions::{Region, load_region, region_id};
use crate::domain::{GlobalId, NodeType};
use crate::error::{AppError, AppResult};
use crate::graphql::payload::payload;
use crate::service::archives::key_groups;
use crate::service::archives::places;
use crate::service::archives::resident_search::{self, ResidentFilter};
use crate::service::archives::residents::{
    self as service, Home, MoveInput, ResidentInput, RevealField,
};
use crate::service::common::page::PageRequest;
use crate::service::regions;
use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{resident, resident_move};
use uuid::Uuid;

pub(super) fn resident_id(raw: &ID) -> Result<Uuid, AppError> {
    GlobalId::decode_as(raw, NodeType::Resident, "resident").map_err(AppError::from)
}

fn optional_id(
    raw: Option<&ID>,
    node_type: NodeType,
    what: &'static str,
) -> Result<Option<Uuid>, AppError> {
    raw.map(|id| GlobalId::decode_as(id, node_type, what))
        .transpose()
        .map_err(AppError::from)
}

/// 居民 — one person, one record. Identifiers are masked; `revealResidentIdentifier` shows
/// them in full to roles that may. Needs `resident:read` in a scope covering the resident.
#[derive(Clone)]
pub struct Resident(pub resident::Model);

#[Object]
impl Resident {
    pub async fn id(&self) -> ID {
        GlobalId::encode(NodeType::Resident, self.0.id).into()
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn gender(&self) -> Gender {
        self.0.gender.into()
    }

    /// From the ID number when there is one.
    async fn birth_date(&self) -> Option<NaiveDate> {
        self.0.birth_date
    }

    /// Masked ID number, e.g. `3715**********1234`.
    async fn id_card_no(&self) -> Option<&str> {
        self.0.id_card_masked.as_deref()
    }

    /// Masked phone, e.g. `138****5678`.
    async fn phone(&self) -> Option<&str> {
        self.0.phone_masked.as_deref()
    }

    async fn ethnicity(&self) -> Option<&str> {
        self.0.ethnicity.as_deref()
    }

    async fn residence_type(&self) -> ResidenceType {
        self.0.residence_type.into()
    }

    async fn political_status(&self) -> Option<PoliticalStatus> {
        self.0.political_status.map(Into::into)
    }

    /// Relationship to the household head.
    async fn relationship(&self) -> Option<HouseholdRelationship> {
        self.0.relationship.map(Into::into)
    }

    async fn status(&self) -> ResidentStatus {
        self.0.status.into()
    }

    async fn tags(&self) -> Vec<String> {
        serde_json::from_value(self.0.tags.clone()).unwrap_or_default()
    }

    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// Pass as `expectedVersion` to change the resident safely.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The grid or micro-grid the resident lives in.
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Region> {
        load_region(ctx, self.0.region_id).await
    }

    /// Needs `place:read` as well.
    async fn house(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<House>> {
        let Some(id) = self.0.house_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        Ok(Some(House(places::house(conn, access, id).await?)))
    }

    async fn household(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Household>> {
        let Some(id) = self.0.household_id else {
            return Ok(None);
        };
        let (access, conn) = caller(ctx).await?;
        Ok(Some(Household(places::household(conn, access, id).await?)))
    }

    /// Key-group memberships, current first. Sensitive groups appear only to callers with
    /// `resident:sensitive` where the resident lives.
    async fn key_groups(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<KeyGroupMembership>> {
        let (access, conn) = caller(ctx).await?;
        Ok(key_groups::memberships_of(conn, access, &self.0)
            .await?
            .into_iter()
            .map(|(m, g)| KeyGroupMembership(m, g))
            .collect())
    }

    /// The resident's current party membership; null when the resident is no member or the
    /// caller has no `party:read` over the member's organisation.
    async fn party_member(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<super::party::types::PartyMember>> {
        Ok(crate::graphql::loaders::party_member_of(ctx, self.0.id)
            .await?
            .map(super::party::types::PartyMember))
    }

    /// Entered in the archive, moves and departure, oldest first.
    async fn timeline(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ResidentMove>> {
        let (access, conn) = caller(ctx).await?;
        Ok(service::timeline(conn, access, &self.0)
            .await?
            .into_iter()
            .map(ResidentMove)
            .collect())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// An entry of a resident's timeline.
pub struct ResidentMove(resident_move::Model);

#[Object]
impl ResidentMove {
    async fn kind(&self) -> MoveKind {
        self.0.kind.into()
    }

    async fn occurred_on(&self) -> NaiveDate {
        self.0.occurred_on
    }

    /// Where to, inside the county (absent for moves out and deaths).
    async fn to_region(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        region_if_readable(ctx, self.0.to_region_id).await
    }

    #[graphql(name = "fromRegion")]
    async fn origin_region(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        region_if_readable(ctx, self.0.from_region_id).await
    }

    /// Where from or where to, outside the county.
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

async fn region_if_readable(
    ctx: &Context<'_>,
    id: Option<Uuid>,
) -> async_graphql::Result<Option<Region>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let (access, conn) = caller(ctx).await?;
    match regions::get(conn, access, id).await {
        Ok(region) => Ok(Some(Region(region))),
        Err(AppError::NotFound(_)) => Ok(None),
        Err(other) => Err(other.into()),
    }
}

/// How to narrow a resident search; all given conditions must hold.
#[derive(InputObject, Default, Clone)]
pub struct ResidentFilterInput {
    /// Part of the name (any position).
    pub name: Option<String>,
    /// The exact, full ID number.
    pub id_card_no: Option<String>,
    /// The exact phone number.
    pub phone: Option<String>,
    pub key_group_id: Option<ID>,
    /// A region whose subtree to search.
    pub region_id: Option<ID>,
    pub residence_type: Option<ResidenceType>,
    pub status: Option<ResidentStatus>,
    pub household_id: Option<ID>,
}

impl ResidentFilterInput {
    pub fn parse(&self) -> AppResult<ResidentFilter> {
        Ok(ResidentFilter {
            name: self.name.clone(),
            id_card_no: self.id_card_no.clone(),
            phone: self.phone.clone(),
            key_group_id: optional_id(self.key_group_id.as_ref(), NodeType::KeyGroup, "key group")?,
            under: self.region_id.as_ref().map(region_id).transpose()?,
            residence_type: self.residence_type.map(Into::into),
            status: self.status.map(Into::into),
            household_id: optional_id(
                self.household_id.as_ref(),
                NodeType::Household,
                "household",
            )?,
        })
    }
}

/// Extra fields of the resident connection.
pub struct ResidentConnectionFields {
    filter: ResidentFilter,
}

#[Object]
impl ResidentConnectionFields {
    /// How many residents match (one more query; ask only when shown).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (access, conn) = caller(ctx).await?;
        Ok(resident_search::count(conn, &request(ctx).state.vault, access, &self.filter).await?)
    }
}

pub type ResidentConnection = Connection<String, Resident, ResidentConnectionFields>;

#[derive(Default)]
pub struct ResidentQuery;

#[Object]
impl ResidentQuery {
    /// Residents within the caller's reach, by name then id. Needs `resident:read`.
    async fn residents(
        &self,
        ctx: &Context<'_>,
        filter: Option<ResidentFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<ResidentConnection> {
        let page = PageRequest::parse(first, after)?;
        let filter = filter.unwrap_or_default().parse()?;
        let (access, conn) = caller(ctx).await?;
        let found =
            resident_search::search(conn, &request(ctx).state.vault, access, &filter, &page)
                .await?;
        let mut connection = Connection::with_additional_fields(
            found.has_previous,
            found.has_next,
            ResidentConnectionFields { filter },
        );
        connection.edges.extend(
            found
                .items
                .into_iter()
                .map(|(cursor, r)| Edge::new(cursor, Resident(r))),
        );
        Ok(connection)
    }

    /// Needs `resident:read`.
    async fn resident(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Resident> {
        let id = resident_id(&id)?;
        let (access, conn) = caller(ctx).await?;
        Ok(Resident(service::get(conn, access, id).await?))
    }
}

/// The fields of a resident. On update, absent fields stay as they are.
#[derive(InputObject, Default)]
pub struct ResidentFieldsInput {
    pub name: Option<String>,
    /// 18 characters, GB 11643; decides birth date and gender.
    pub id_card_no: Option<String>,
    /// Needed only without an ID number.
    pub gender: Option<Gender>,
    pub birth_date: Option<NaiveDate>,
    pub ethnicity: Option<String>,
    pub phone: Option<String>,
    pub residence_type: Option<ResidenceType>,
    pub political_status: Option<PoliticalStatus>,
    pub relationship: Option<HouseholdRelationship>,
    pub tags: Option<Vec<String>>,
    pub note: Option<String>,
}

impl From<ResidentFieldsInput> for ResidentInput {
    fn from(i: ResidentFieldsInput) -> Self {
        Self {
            name: i.name,
            id_card_no: i.id_card_no,
            gender: i.gender.map(Into::into),
            birth_date: i.birth_date,
            ethnicity: i.ethnicity,
            phone: i.phone,
            residence_type: i.residence_type.map(Into::into),
            political_status: i.political_status.map(Into::into),
            relationship: i.relationship.map(Into::into),
            tags: i.tags,
            note: i.note,
        }
    }
}

/// Where a resident lives: a household (which decides the house), a house, or a grid.
#[derive(InputObject, Default)]
pub struct HomeInput {
    pub household_id: Option<ID>,
    pub house_id: Option<ID>,
    /// A grid or micro-grid, when the house is not recorded.
    pub region_id: Option<ID>,
}

impl HomeInput {
    fn parse(&self) -> AppResult<Home> {
        Ok(Home {
            household_id: optional_id(
                self.household_id.as_ref(),
                NodeType::Household,
                "household",
            )?,
            house_id: optional_id(self.house_id.as_ref(), NodeType::House, "house")?,
            region_id: self.region_id.as_ref().map(region_id).transpose()?,
        })
    }
}

#[derive(InputObject)]
pub struct CreateResidentInput {
    pub fields: ResidentFieldsInput,
    pub home: HomeInput,
}

#[derive(InputObject)]
pub struct UpdateResidentInput {
    pub id: ID,
    /// The version the change is based on; `CONFLICT` if someone changed it since.
    pub expected_version: Option<i32>,
    pub fields: ResidentFieldsInput,
}

/// A move: `MOVED_WITHIN` (to `to`), `MOVED_IN` (back into the county, to `to`), `MOVED_OUT`
/// or `DECEASED`.
#[derive(InputObject)]
pub struct RecordResidentMoveInput {
    pub id: ID,
    pub kind: MoveKind,
    pub to: Option<HomeInput>,
    pub occurred_on: NaiveDate,
    /// Where from or to, outside the county.
    pub place: Option<String>,
    pub note: Option<String>,
    pub expected_version: Option<i32>,
}

payload! {
    pub struct ResidentPayload {
        resident: Resident,
    }
}

/// Which identifier to reveal.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum IdentifierField {
    IdCardNo,
    Phone,
}

#[derive(InputObject)]
pub struct RevealResidentIdentifierInput {
    pub resident_id: ID,
    pub field: IdentifierField,
}

payload! {
    pub struct RevealPayload {
        /// The full value; absent when the resident has none recorded.
        value: String,
    }
}

#[derive(Default)]
pub struct ResidentMutation;

#[Object]
impl ResidentMutation {
    /// Enters a person in the archive. Needs `resident:write` where they live; one person per
    /// ID number in the county (`ID_CARD_TAKEN`).
    async fn create_resident(
        &self,
        ctx: &Context<'_>,
        input: CreateResidentInput,
    ) -> async_graphql::Result<ResidentPayload> {
        let home = input.home.parse()?;
        let (access, conn) = caller(ctx).await?;
        ResidentPayload::of(
            service::create(
                conn,
                &request(ctx).state.vault,
                access,
                input.fields.into(),
                home,
            )
            .await,
            Resident,
        )
    }

    /// Changes a resident's fields. Needs `resident:write`.
    async fn update_resident(
        &self,
        ctx: &Context<'_>,
        input: UpdateResidentInput,
    ) -> async_graphql::Result<ResidentPayload> {
        let id = resident_id(&input.id)?;
        let (access, conn) = caller(ctx).await?;
        ResidentPayload::of(
            service::update(
                conn,
                &request(ctx).state.vault,
                access,
                id,
                input.expected_version,
                input.fields.into(),
            )
            .await,
            Resident,
        )
    }

    /// Records a move (the person keeps one record; the timeline grows). Needs
    /// `resident:write` where they live and where they go.
    async fn record_resident_move(
        &self,
        ctx: &Context<'_>,
        input: RecordResidentMoveInput,
    ) -> async_graphql::Result<ResidentPayload> {
        let id = resident_id(&input.id)?;
        let to = input
            .to
            .as_ref()
            .map(HomeInput::parse)
            .transpose()?
            .unwrap_or_default();
        let (access, conn) = caller(ctx).await?;
        ResidentPayload::of(
            service::record_move(
                conn,
                access,
                id,
                MoveInput {
                    kind: input.kind.into(),
                    to,
                    occurred_on: input.occurred_on,
                    place: input.place,
                    note: input.note,
                    expected_version: input.expected_version,
                },
            )
            .await,
            Resident,
        )
    }

    /// The full ID number or phone of a resident. Needs `resident:reveal` in a scope covering
    /// the resident; every reveal is written to the audit log.
    async fn reveal_resident_identifier(
        &self,
        ctx: &Context<'_>,
        input: RevealResidentIdentifierInput,
    ) -> async_graphql::Result<RevealPayload> {
        let id = resident_id(&input.resident_id)?;
        let field = match input.field {
            IdentifierField::IdCardNo => RevealField::IdCardNo,
            IdentifierField::Phone => RevealField::Phone,
        };
        let (access, conn) = caller(ctx).await?;
        let (value, user_errors) = into_payload(
            service::reveal(conn, &request(ctx).state.vault, access, id, field).await,
        )?;
        Ok(RevealPayload::new(value.flatten(), user_errors))
    }
}
