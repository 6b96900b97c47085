//! Disputes (矛盾纠纷, domain.md §8): the dispute record of an event of the disputes family —
//! parties, type, scale, amount, risk colour by the tenant's rules, mediation sessions,
//! agreement and outcome — and the resolution rate (化解率).

use super::catalogue;
use super::transitions::Ctx;
use super::{place_of, visible};
use crate::access::Permission;
use crate::domain::{PhoneNo, UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::service::archives::residents;
use crate::service::common::input::optional_text;
use crate::service::common::input::reject_if_any;
use crate::service::common::versioned;
use crate::state::AppState;
use crate::tenancy::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use entities::enums::{
    DisputeOutcome, DisputeScale, EventFamily, MediationMethod, PartyKind, RiskColour, Role,
    ScopeKind,
};
use entities::{
    dispute_party, dispute_type, event, event_dispute, mediation_session, notification,
    role_assignment,
};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

#[derive(Debug, Clone, Default)]
pub struct PartyInput {
    pub name: String,
    pub kind: Option<PartyKind>,
    pub phone: Option<String>,
}

/// A dispute's fields; absent ones keep their value (or the default when reporting).
#[derive(Debug, Clone, Default)]
pub struct DisputeInput {
    pub type_id: Option<Uuid>,
    pub scale: Option<DisputeScale>,
    /// Yuan, as a decimal string ("12500.00").
    pub amount_involved: Option<String>,
    pub parties: Option<Vec<PartyInput>>,
    pub agreement: Option<String>,
    pub outcome: Option<DisputeOutcome>,
    pub outcome_on: Option<NaiveDate>,
}

/// A checked dispute input.
pub struct Parsed {
    input: DisputeInput,
    type_code: Option<String>,
    amount_fen: Option<Option<i64>>,
    parties: Option<Vec<(String, PartyKind, Option<residents::SealedValue>)>>,
}

/// "12500.5" → 1_250_050 fen; at most two decimals, not negative.
pub fn parse_yuan(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if whole.is_empty()
        || whole.len() > 13
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(fraction)
}

pub fn format_yuan(fen: i64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

pub async fn parse(
    conn: &TenantTx,
    state: &AppState,
    tenant_id: Uuid,
    input: DisputeInput,
    errors: &mut Vec<UserError>,
) -> AppResult<Parsed> {
    let type_code = match input.type_id {
        Some(id) => match conn
            .find::<dispute_type::Entity>()
            .filter(dispute_type::Column::Id.eq(id))
            .one(conn)
            .await?
        {
            Some(t) => Some(t.code),
            None => {
                errors.push(UserError::new(
                    "dispute.typeId",
                    UserErrorCode::InvalidValue,
                    "没有这个纠纷类型",
                ));
                None
            }
        },
        None => None,
    };
    let amount_fen = match input.amount_involved.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(raw) => match parse_yuan(raw) {
            Some(fen) => Some(Some(fen)),
            None => {
                errors.push(UserError::new(
                    "dispute.amountInvolved",
                    UserErrorCode::InvalidValue,
                    "涉及金额为不小于 0 的数，至多两位小数",
                ));
                None
            }
        },
    };
    let parties = match &input.parties {
        None => None,
        Some(list) => {
            let mut parsed = Vec::new();
            if list.len() > 50 {
                errors.push(UserError::new(
                    "dispute.parties",
                    UserErrorCode::InvalidValue,
                    "至多 50 个当事人",
                ));
            }
            for (i, party) in list.iter().enumerate() {
                let name = party.name.trim();
                if name.is_empty() || name.chars().count() > 100 {
                    let mut e = UserError::new(
                        "dispute.parties",
                        UserErrorCode::Required,
                        "请填写当事人名称",
                    );
                    e.field.push(i.to_string());
                    errors.push(e);
                    continue;
                }
                let phone = match party
                    .phone
                    .as_deref()
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                {
                    Some(raw) => match PhoneNo::parse("phone", raw) {
                        Ok(p) => Some(residents::seal_phone(&state.vault, tenant_id, &p)?),
                        Err(mut e) => {
                            e.field = vec![
                                "input".into(),
                                "dispute.parties".into(),
                                i.to_string(),
                                "phone".into(),
                            ];
                            errors.push(e);
                            None
                        }
                    },
                    None => None,
                };
                parsed.push((
                    name.to_string(),
                    party.kind.unwrap_or(PartyKind::Person),
                    phone,
                ));
            }
            Some(parsed)
        }
    };
    Ok(Parsed {
        input,
        type_code,
        amount_fen,
        parties,
    })
}

async fn replace_parties(
    conn: &TenantTx,
    event: &event::Model,
    parties: Vec<(String, PartyKind, Option<residents::SealedValue>)>,
) -> AppResult<()> {
    conn.delete_many::<dispute_party::Entity>()
        .filter(dispute_party::Column::EventId.eq(event.id))
        .exec(conn)
        .await?;
    if parties.is_empty() {
        return Ok(());
    }
    conn.insert_many(
        parties
            .into_iter()
            .map(|(name, kind, phone)| dispute_party::ActiveModel {
                tenant_id: Set(event.tenant_id),
                id: Set(Uuid::now_v7()),
                event_id: Set(event.id),
                name: Set(name),
                kind: Set(kind),
                resident_id: Set(None),
                phone_cipher: Set(phone.as_ref().map(|p| p.cipher.clone())),
                phone_masked: Set(phone.map(|p| p.masked)),
            }),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Red disputes go to the street leader (and the street's admins): one notice each.
async fn notify_red(conn: &TenantTx, event: &event::Model, now: DateTime<Utc>) -> AppResult<()> {
    let Some(street) = event.street_id else {
        return Ok(());
    };
    let users: Vec<Uuid> = conn
        .find::<role_assignment::Entity>()
        .filter(role_assignment::Column::ScopeKind.eq(ScopeKind::Region))
        .filter(role_assignment::Column::ScopeId.eq(street))
        .filter(role_assignment::Column::Role.is_in([Role::Leader, Role::StreetAdmin]))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    for user in users {
        conn.insert_one(notification::ActiveModel {
            tenant_id: Set(event.tenant_id),
            id: Set(Uuid::now_v7()),
            user_id: Set(user),
            kind: Set("red_dispute".into()),
            event_id: Set(Some(event.id)),
            message: Set(format!(
                "红色风险矛盾纠纷 {}：{}",
                event.number,
                event.description.chars().take(60).collect::<String>()
            )),
            created_at: Set(now),
            read_at: Set(None),
        })
        .exec_without_returning(conn)
        .await?;
    }
    Ok(())
}

/// The dispute record of a newly reported dispute event.
pub async fn create(
    ctx: &Ctx<'_>,
    event: &event::Model,
    parsed: Parsed,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let conn = ctx.conn;
    let rules = catalogue::rules(conn, event.tenant_id).await?;
    let scale = parsed.input.scale.unwrap_or(DisputeScale::Individual);
    let risk = rules.risk_rules.colour(parsed.type_code.as_deref(), scale);
    conn.insert_one(event_dispute::ActiveModel {
        tenant_id: Set(event.tenant_id),
        id: Set(event.id),
        dispute_type_id: Set(parsed.input.type_id.filter(|_| parsed.type_code.is_some())),
        scale: Set(scale),
        amount_fen: Set(parsed.amount_fen.flatten()),
        risk: Set(risk),
        agreement: Set(None),
        outcome: Set(None),
        outcome_on: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(conn)
    .await?;
    if let Some(parties) = parsed.parties {
        replace_parties(conn, event, parties).await?;
    }
    if risk == RiskColour::Red {
        notify_red(conn, event, now).await?;
    }
    Ok(())
}

pub async fn of_event(conn: &TenantTx, event_id: Uuid) -> AppResult<Option<event_dispute::Model>> {
    Ok(conn
        .find::<event_dispute::Entity>()
        .filter(event_dispute::Column::Id.eq(event_id))
        .one(conn)
        .await?)
}

pub async fn parties(conn: &TenantTx, event_id: Uuid) -> AppResult<Vec<dispute_party::Model>> {
    Ok(conn
        .find::<dispute_party::Entity>()
        .filter(dispute_party::Column::EventId.eq(event_id))
        .order_by_asc(dispute_party::Column::Id)
        .all(conn)
        .await?)
}

pub async fn sessions(conn: &TenantTx, event_id: Uuid) -> AppResult<Vec<mediation_session::Model>> {
    Ok(conn
        .find::<mediation_session::Entity>()
        .filter(mediation_session::Column::EventId.eq(event_id))
        .order_by_asc(mediation_session::Column::HeldOn)
        .all(conn)
        .await?)
}

pub async fn dispute_type(conn: &TenantTx, id: Uuid) -> AppResult<Option<dispute_type::Model>> {
    Ok(conn
        .find::<dispute_type::Entity>()
        .filter(dispute_type::Column::Id.eq(id))
        .one(conn)
        .await?)
}

/// The dispute event, if the caller may keep its record (`event:handle` covering its grid).
async fn keepable(
    ctx: &Ctx<'_>,
    event_id: Uuid,
) -> AppResult<(event::Model, event_dispute::Model)> {
    let event = visible(ctx.conn, ctx.access, event_id).await?;
    let allowed = ctx
        .access
        .acts_on_grid(Permission::EventHandle, &place_of(&event));
    ctx.access
        .check_event_action(Permission::EventHandle, &place_of(&event), allowed)?;
    if event.family != EventFamily::Dispute {
        return Err(AppError::invalid(
            "eventId",
            UserErrorCode::InvalidTarget,
            "这不是矛盾纠纷事件",
        ));
    }
    let dispute = of_event(ctx.conn, event.id)
        .await?
        .ok_or(AppError::NotFound("dispute"))?;
    Ok((event, dispute))
}

pub async fn update(
    ctx: &Ctx<'_>,
    event_id: Uuid,
    expected_version: Option<i32>,
    input: DisputeInput,
) -> AppResult<event::Model> {
    let (event, current) = keepable(ctx, event_id).await?;
    versioned::check_expected(expected_version, current.version, "dispute")?;
    let mut errors = Vec::new();
    let agreement = input
        .agreement
        .as_deref()
        .map(|a| optional_text("dispute.agreement", Some(a), 5000, &mut errors));
    let parsed = parse(ctx.conn, ctx.state, event.tenant_id, input, &mut errors).await?;
    reject_if_any(errors)?;
    let now = ctx.state.clock.now();
    let type_code = match (parsed.input.type_id, &parsed.type_code) {
        (Some(_), code) => code.clone(),
        (None, _) => match current.dispute_type_id {
            Some(id) => dispute_type(ctx.conn, id).await?.map(|t| t.code),
            None => None,
        },
    };
    let scale = parsed.input.scale.unwrap_or(current.scale);
    let rules = catalogue::rules(ctx.conn, event.tenant_id).await?;
    let risk = rules.risk_rules.colour(type_code.as_deref(), scale);
    let mut model: event_dispute::ActiveModel = current.clone().into();
    if parsed.input.type_id.is_some() {
        model.dispute_type_id = Set(parsed.input.type_id);
    }
    model.scale = Set(scale);
    model.risk = Set(risk);
    if let Some(amount) = parsed.amount_fen {
        model.amount_fen = Set(amount);
    }
    if let Some(agreement) = agreement {
        model.agreement = Set(agreement);
    }
    if let Some(outcome) = parsed.input.outcome {
        model.outcome = Set(Some(outcome));
        model.outcome_on = Set(Some(
            parsed
                .input
                .outcome_on
                .unwrap_or_else(|| crate::domain::today_at(now)),
        ));
    }
    model.version = Set(current.version + 1);
    model.updated_at = Set(now);
    versioned::save::<event_dispute::Entity>(
        ctx.conn,
        model,
        event.id,
        current.version,
        "dispute",
        None,
    )
    .await?;
    if let Some(parties) = parsed.parties {
        replace_parties(ctx.conn, &event, parties).await?;
    }
    if risk == RiskColour::Red && current.risk != RiskColour::Red {
        notify_red(ctx.conn, &event, now).await?;
    }
    Ok(event)
}

pub struct SessionInput {
    pub mediator: String,
    pub held_on: NaiveDate,
    pub method: MediationMethod,
    pub notes: Option<String>,
}

pub async fn add_session(
    ctx: &Ctx<'_>,
    event_id: Uuid,
    input: SessionInput,
) -> AppResult<event::Model> {
    let (event, _) = keepable(ctx, event_id).await?;
    let mut errors = Vec::new();
    let mediator = optional_text("mediator", Some(&input.mediator), 100, &mut errors);
    if mediator.is_none() && errors.is_empty() {
        errors.push(UserError::new(
            "mediator",
            UserErrorCode::Required,
            "请填写调解员",
        ));
    }
    let notes = optional_text("notes", input.notes.as_deref(), 5000, &mut errors);
    let now = ctx.state.clock.now();
    if input.held_on > crate::domain::today_at(now) {
        errors.push(UserError::new(
            "heldOn",
            UserErrorCode::InvalidValue,
            "调解日期不能晚于今天",
        ));
    }
    reject_if_any(errors)?;
    ctx.conn
        .insert_one(mediation_session::ActiveModel {
            tenant_id: Set(event.tenant_id),
            id: Set(Uuid::now_v7()),
            event_id: Set(event.id),
            mediator: Set(mediator.unwrap_or_default()),
            held_on: Set(input.held_on),
            method: Set(input.method),
            notes: Set(notes),
            recorded_by: Set(Some(ctx.access.user_id)),
            created_at: Set(now),
        })
        .exec_without_returning(ctx.conn)
        .await?;
    Ok(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_yuan_with_at_most_two_decimals() {
        assert_eq!(parse_yuan("12500"), Some(1_250_000));
        assert_eq!(parse_yuan("12500.5"), Some(1_250_050));
        assert_eq!(parse_yuan("0.05"), Some(5));
        assert_eq!(parse_yuan("-1"), None);
        assert_eq!(parse_yuan("1.234"), None);
        assert_eq!(parse_yuan("abc"), None);
        assert_eq!(format_yuan(1_250_050), "12500.50");
    }
}
