//! Key groups (重点服务对象): the tenant's catalogue and residents' memberships.
//!
//! Sensitive groups (criminal, health, drug records) exist for a caller only where its
//! `resident:sensitive` permission reaches: elsewhere they are left out of the catalogue, of a
//! resident's memberships, of counts and of search — as if they did not exist.

use super::residents;
use crate::access::{Access, Permission, RegionPlace};
use crate::domain::{UserError, UserErrorCode, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::service::common::region_scope::Placed;
use crate::tenancy::TenantTx;
use chrono::{NaiveDate, Utc};
use entities::enums::CareLevel;
use entities::{key_group, resident_key_group};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The default catalogue (domain.md §3 and the GB/T 31000 special populations): code, name,
/// care level, visit interval in days, sensitive, carries a risk level.
pub const DEFAULT_GROUPS: &[(&str, &str, CareLevel, i32, bool, bool)] = &[
    (
        "EMPTY_NEST_ELDERLY",
        "空巢老人",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    (
        "LIVING_ALONE_ELDERLY",
        "独居老人",
        CareLevel::Key,
        7,
        false,
        false,
    ),
    ("DISABLED", "残疾人", CareLevel::Attention, 30, true, false),
    (
        "LOW_INCOME",
        "低保户",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    (
        "HARDSHIP_FAMILY",
        "困难家庭",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    ("FLOATING", "流动人口", CareLevel::Routine, 30, false, false),
    (
        "TENANT_OF_RENTED_HOUSE",
        "出租房屋租住人员",
        CareLevel::Routine,
        90,
        false,
        false,
    ),
    (
        "RELEASED_PRISONER",
        "刑满释放人员",
        CareLevel::Key,
        30,
        true,
        false,
    ),
    (
        "COMMUNITY_CORRECTION",
        "社区矫正对象",
        CareLevel::Key,
        30,
        true,
        false,
    ),
    (
        "SEVERE_MENTAL_ILLNESS",
        "严重精神障碍患者",
        CareLevel::Key,
        30,
        true,
        true,
    ),
    ("DRUG_USER", "吸毒人员", CareLevel::Key, 30, true, false),
    (
        "AIDS_RISK",
        "艾滋病危险人员",
        CareLevel::Key,
        30,
        true,
        false,
    ),
    (
        "AT_RISK_YOUTH",
        "重点青少年",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    (
        "LEFT_BEHIND_CHILD",
        "留守儿童",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    (
        "PETITIONER_OF_CONCERN",
        "重点信访人员",
        CareLevel::Key,
        30,
        true,
        false,
    ),
    (
        "NEEDS_ASSISTANCE",
        "需救助人员",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    (
        "HAZARDOUS_GOODS_WORKER",
        "危险物品从业人员",
        CareLevel::Attention,
        30,
        false,
        false,
    ),
    ("VETERAN", "退役军人", CareLevel::Routine, 180, false, false),
];

/// Adds the default groups a tenant lacks (by code); existing groups are left as edited.
pub async fn seed_defaults(conn: &TenantTx, tenant_id: Uuid) -> AppResult<()> {
    let now = Utc::now();
    let rows = DEFAULT_GROUPS
        .iter()
        .map(
            |(code, name, care, days, sensitive, risk)| key_group::ActiveModel {
                tenant_id: Set(tenant_id),
                id: Set(Uuid::now_v7()),
                code: Set((*code).to_string()),
                name: Set((*name).to_string()),
                care_level: Set(*care),
                visit_interval_days: Set(*days),
                sensitive: Set(*sensitive),
                has_risk_level: Set(*risk),
                builtin: Set(true),
                description: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            },
        );
    conn.insert_many(rows)
        .on_conflict(
            OnConflict::columns([key_group::Column::TenantId, key_group::Column::Code])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Whether the caller may see sensitive groups' members living at `place`.
pub fn sees_sensitive_at(access: &Access, place: &RegionPlace) -> bool {
    access.reaches(Permission::SensitiveGroupRead, place)
}

/// The catalogue as the caller may see it.
pub async fn catalogue(conn: &TenantTx, access: &Access) -> AppResult<Vec<key_group::Model>> {
    access.require(Permission::ResidentRead)?;
    let mut query = conn.find::<key_group::Entity>();
    if !access.has(Permission::SensitiveGroupRead) {
        query = query.filter(key_group::Column::Sensitive.eq(false));
    }
    Ok(query
        .order_by_asc(key_group::Column::Code)
        .all(conn)
        .await?)
}

/// One group, `NOT_FOUND` when sensitive and the caller may see no sensitive group.
pub async fn get(conn: &TenantTx, access: &Access, id: Uuid) -> AppResult<key_group::Model> {
    access.require(Permission::ResidentRead)?;
    conn.find::<key_group::Entity>()
        .filter(key_group::Column::Id.eq(id))
        .one(conn)
        .await?
        .filter(|g| !g.sensitive || access.has(Permission::SensitiveGroupRead))
        .ok_or(AppError::NotFound("key group"))
}

pub struct KeyGroupInput {
    pub code: Option<String>,
    pub name: Option<String>,
    pub care_level: Option<CareLevel>,
    pub visit_interval_days: Option<i32>,
    pub sensitive: Option<bool>,
    pub has_risk_level: Option<bool>,
    pub description: Option<String>,
}

fn parse_group(
    input: &KeyGroupInput,
    errors: &mut Vec<UserError>,
) -> (Option<String>, Option<String>) {
    let code = input.code.as_deref().and_then(|c| {
        let code = c.trim().to_ascii_uppercase();
        if (1..=32).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            Some(code)
        } else {
            errors.push(UserError::new(
                "code",
                UserErrorCode::InvalidCode,
                "a group code has 1 to 32 letters, digits or '_'",
            ));
            None
        }
    });
    let name = input
        .name
        .as_deref()
        .and_then(|n| text::parse_name("name", n).map_err(|e| errors.push(e)).ok());
    if input
        .visit_interval_days
        .is_some_and(|d| !(1..=366).contains(&d))
    {
        errors.push(UserError::new(
            "visitIntervalDays",
            UserErrorCode::InvalidValue,
            "1 to 366 days",
        ));
    }
    (code, name)
}

fn audit_group<'a>(access: &Access, action: &'a str, group: &key_group::Model) -> AuditEntry<'a> {
    AuditEntry {
        tenant_id: access.tenant_id,
        actor_id: Some(access.user_id),
        action,
        object_type: Some("KeyGroup"),
        object_id: Some(group.id),
        detail: serde_json::json!({ "code": group.code, "name": group.name }),
    }
}

const CODE_TAKEN: &str = "this key-group code is already used";

pub async fn create(
    conn: &TenantTx,
    access: &Access,
    input: KeyGroupInput,
) -> AppResult<key_group::Model> {
    access.require(Permission::ArchiveConfigure)?;
    let mut errors = Vec::new();
    let (code, name) = parse_group(&input, &mut errors);
    if input.code.is_none() {
        errors.push(UserError::new(
            "code",
            UserErrorCode::Required,
            "a group needs a code",
        ));
    }
    if input.name.is_none() {
        errors.push(UserError::new(
            "name",
            UserErrorCode::Required,
            "a group needs a name",
        ));
    }
    crate::service::common::input::reject_if_any(errors)?;
    let now = Utc::now();
    let group = conn
        .insert(key_group::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            code: Set(code.unwrap_or_default()),
            name: Set(name.unwrap_or_default()),
            care_level: Set(input.care_level.unwrap_or(CareLevel::Routine)),
            visit_interval_days: Set(input.visit_interval_days.unwrap_or(90)),
            sensitive: Set(input.sensitive.unwrap_or(false)),
            has_risk_level: Set(input.has_risk_level.unwrap_or(false)),
            builtin: Set(false),
            description: Set(input.description.map(|d| d.chars().take(500).collect())),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await
        .map_err(|e| {
            crate::service::common::input::unique_violation_as(
                e,
                "code",
                UserErrorCode::CodeTaken,
                CODE_TAKEN,
            )
        })?;
    audit::record(conn, audit_group(access, "key_group.create", &group)).await?;
    Ok(group)
}

/// Changes a group. A built-in group keeps its code.
pub async fn update(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    input: KeyGroupInput,
) -> AppResult<key_group::Model> {
    access.require(Permission::ArchiveConfigure)?;
    let existing = get(conn, access, id).await?;
    let mut errors = Vec::new();
    let (code, name) = parse_group(&input, &mut errors);
    if existing.builtin && code.as_ref().is_some_and(|c| *c != existing.code) {
        errors.push(UserError::new(
            "code",
            UserErrorCode::InvalidCode,
            "a built-in group keeps its code",
        ));
    }
    crate::service::common::input::reject_if_any(errors)?;
    let mut model = existing.into_active_model();
    if let Some(code) = code {
        model.code = Set(code);
    }
    if let Some(name) = name {
        model.name = Set(name);
    }
    if let Some(care) = input.care_level {
        model.care_level = Set(care);
    }
    if let Some(days) = input.visit_interval_days {
        model.visit_interval_days = Set(days);
    }
    if let Some(sensitive) = input.sensitive {
        model.sensitive = Set(sensitive);
    }
    if let Some(risk) = input.has_risk_level {
        model.has_risk_level = Set(risk);
    }
    if let Some(description) = input.description {
        model.description = Set(Some(description.chars().take(500).collect()));
    }
    model.updated_at = Set(Utc::now());
    let group = conn.update(model).await.map_err(|e| {
        crate::service::common::input::unique_violation_as(
            e,
            "code",
            UserErrorCode::CodeTaken,
            CODE_TAKEN,
        )
    })?;
    audit::record(conn, audit_group(access, "key_group.update", &group)).await?;
    Ok(group)
}

/// A resident's memberships the caller may see, current first, with their groups.
pub async fn memberships_of(
    conn: &TenantTx,
    access: &Access,
    resident: &entities::resident::Model,
) -> AppResult<Vec<(resident_key_group::Model, key_group::Model)>> {
    let sensitive_ok = sees_sensitive_at(access, &resident.place());
    let memberships = conn
        .find::<resident_key_group::Entity>()
        .filter(resident_key_group::Column::ResidentId.eq(resident.id))
        .all(conn)
        .await?;
    let rows = with_groups(conn, memberships).await?;
    let mut visible: Vec<_> = rows
        .into_iter()
        .filter(|(_, g)| sensitive_ok || !g.sensitive)
        .collect();
    visible.sort_by_key(|(m, _)| (m.ended_on.is_some(), std::cmp::Reverse(m.started_on)));
    Ok(visible)
}

/// Memberships paired with their groups (one query for the groups).
pub async fn with_groups(
    conn: &TenantTx,
    memberships: Vec<resident_key_group::Model>,
) -> AppResult<Vec<(resident_key_group::Model, key_group::Model)>> {
    let ids: Vec<Uuid> = memberships.iter().map(|m| m.key_group_id).collect();
    let groups = conn
        .find::<key_group::Entity>()
        .filter(key_group::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    Ok(memberships
        .into_iter()
        .filter_map(|m| {
            let group = groups.iter().find(|g| g.id == m.key_group_id)?.clone();
            Some((m, group))
        })
        .collect())
}

pub struct MembershipInput {
    pub resident_id: Uuid,
    pub key_group_id: Uuid,
    pub started_on: Option<NaiveDate>,
    pub risk_level: Option<i32>,
    pub note: Option<String>,
}

/// Puts a resident in a key group. The group must be visible to the caller where the resident
/// lives; a risk level (0–5) only for groups that carry one.
pub async fn add_member(
    conn: &TenantTx,
    access: &Access,
    input: MembershipInput,
) -> AppResult<resident_key_group::Model> {
    let resident = residents::get(conn, access, input.resident_id).await?;
    access.check_action(
        residents::READ,
        residents::WRITE,
        &resident.place(),
        "resident",
    )?;
    let group = get(conn, access, input.key_group_id).await?;
    if group.sensitive && !sees_sensitive_at(access, &resident.place()) {
        return Err(AppError::NotFound("key group"));
    }
    let mut errors = Vec::new();
    match (group.has_risk_level, input.risk_level) {
        (true, Some(level)) if !(0..=5).contains(&level) => errors.push(UserError::new(
            "riskLevel",
            UserErrorCode::InvalidValue,
            "a risk level is 0 to 5",
        )),
        (false, Some(_)) => errors.push(UserError::new(
            "riskLevel",
            UserErrorCode::InvalidValue,
            "this group carries no risk level",
        )),
        _ => {}
    }
    let current = conn
        .find::<resident_key_group::Entity>()
        .filter(resident_key_group::Column::ResidentId.eq(resident.id))
        .filter(resident_key_group::Column::KeyGroupId.eq(group.id))
        .filter(resident_key_group::Column::EndedOn.is_null())
        .one(conn)
        .await?;
    if current.is_some() {
        errors.push(UserError::new(
            "keyGroupId",
            UserErrorCode::AlreadyMember,
            "the resident is already in this group",
        ));
    }
    crate::service::common::input::reject_if_any(errors)?;
    let membership = conn
        .insert(resident_key_group::ActiveModel {
            tenant_id: Set(access.tenant_id),
            id: Set(Uuid::now_v7()),
            resident_id: Set(resident.id),
            key_group_id: Set(group.id),
            started_on: Set(input.started_on.unwrap_or_else(|| Utc::now().date_naive())),
            ended_on: Set(None),
            risk_level: Set(input.risk_level),
            note: Set(input.note.map(|n| n.chars().take(500).collect())),
            created_at: Set(Utc::now()),
        })
        .await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "resident.key_group_add",
            object_type: Some("Resident"),
            object_id: Some(resident.id),
            detail: serde_json::json!({ "keyGroup": group.code }),
        },
    )
    .await?;
    Ok(membership)
}

/// Ends a membership on `ended_on` (today by default).
pub async fn end_membership(
    conn: &TenantTx,
    access: &Access,
    membership_id: Uuid,
    ended_on: Option<NaiveDate>,
) -> AppResult<(resident_key_group::Model, key_group::Model)> {
    let membership = conn
        .find::<resident_key_group::Entity>()
        .filter(resident_key_group::Column::Id.eq(membership_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("membership"))?;
    let resident = residents::get(conn, access, membership.resident_id)
        .await
        .map_err(|_| AppError::NotFound("membership"))?;
    let group = get(conn, access, membership.key_group_id)
        .await
        .map_err(|_| AppError::NotFound("membership"))?;
    if group.sensitive && !sees_sensitive_at(access, &resident.place()) {
        return Err(AppError::NotFound("membership"));
    }
    access.check_action(
        residents::READ,
        residents::WRITE,
        &resident.place(),
        "resident",
    )?;
    let ended_on = ended_on.unwrap_or_else(|| Utc::now().date_naive());
    if ended_on < membership.started_on {
        return Err(AppError::invalid(
            "endedOn",
            UserErrorCode::InvalidValue,
            "a membership cannot end before it started",
        ));
    }
    let mut model = membership.into_active_model();
    model.ended_on = Set(Some(ended_on));
    let membership = conn.update(model).await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: access.tenant_id,
            actor_id: Some(access.user_id),
            action: "resident.key_group_end",
            object_type: Some("Resident"),
            object_id: Some(resident.id),
            detail: serde_json::json!({ "keyGroup": group.code }),
        },
    )
    .await?;
    Ok((membership, group))
}

/// Gives every county the default groups it lacks (counties created before the catalogue
/// existed, and groups added to the defaults later). Idempotent; run at start.
pub async fn seed_all_counties(pool: &sea_orm::DatabaseConnection) -> AppResult<()> {
    use entities::enums::TenantKind;
    use entities::tenant;
    let counties = crate::tenancy::platform::tenants()
        .filter(tenant::Column::Kind.eq(TenantKind::County))
        .all(pool)
        .await?;
    for county in counties {
        crate::tenancy::with_tenant(pool, Some(county.id), async |db| {
            seed_defaults(db.conn().await?, county.id).await
        })
        .await?;
    }
    Ok(())
}
