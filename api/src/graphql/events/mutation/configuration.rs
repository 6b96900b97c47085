//! The event catalogue and the tenant's event settings (`event:configure`).

use super::*;
use crate::domain::dispute_risk::{RiskRule as DomainRiskRule, RiskRules};
use crate::domain::event_deadlines::WarningThresholds;
use crate::domain::work_calendar::WorkCalendar;
use crate::domain::{UserError as DomainUserError, UserErrorCode as Code};
use crate::error::{AppError, AppResult};
use crate::graphql::context::request;
use crate::graphql::departments::department_id;
use crate::graphql::events::category_id;
use crate::graphql::events::enums::*;
use crate::graphql::events::types::*;
use crate::graphql::payload::payload;
use crate::service::events::catalogue;
use async_graphql::{Context, ID, InputObject, Object};
use chrono::{NaiveDate, NaiveTime};

#[derive(InputObject, Default)]
pub struct EventCategoryFieldsInput {
    pub code: Option<String>,
    pub name: Option<String>,
    /// Top-level categories only; subcategories follow their parent.
    pub family: Option<EventFamily>,
    pub default_department_id: Option<ID>,
    /// Clears the default department.
    #[graphql(default = false)]
    pub clear_default_department: bool,
    pub time_basis: Option<TimeBasis>,
    pub time_limits: Option<TimeLimitsObject>,
    /// Inherit the limits again.
    #[graphql(default = false)]
    pub inherit_time_limits: bool,
    pub active: Option<bool>,
}

impl EventCategoryFieldsInput {
    fn parse(self, parent_id: Option<ID>) -> AppResult<catalogue::CategoryInput> {
        Ok(catalogue::CategoryInput {
            parent_id: parent_id.as_ref().map(category_id).transpose()?,
            code: self.code,
            name: self.name,
            family: self.family.map(Into::into),
            default_department_id: if self.clear_default_department {
                Some(None)
            } else {
                self.default_department_id
                    .as_ref()
                    .map(department_id)
                    .transpose()?
                    .map(Some)
            },
            time_basis: self.time_basis.map(Into::into),
            time_limits: if self.inherit_time_limits {
                Some(None)
            } else {
                self.time_limits.map(|l| Some(l.into()))
            },
            active: self.active,
        })
    }
}

#[derive(InputObject)]
pub struct CreateEventCategoryInput {
    pub parent_id: Option<ID>,
    pub fields: EventCategoryFieldsInput,
}

#[derive(InputObject)]
pub struct UpdateEventCategoryInput {
    pub id: ID,
    pub expected_version: Option<i32>,
    pub fields: EventCategoryFieldsInput,
}

payload! {
    pub struct EventCategoryPayload {
        category: EventCategory,
    }
}

#[derive(InputObject)]
pub struct WorkPeriodInput {
    /// "08:30"
    pub start: String,
    pub end: String,
}

#[derive(InputObject)]
pub struct WorkCalendarInput {
    pub workdays: Vec<i32>,
    pub periods: Vec<WorkPeriodInput>,
    pub holidays: Vec<NaiveDate>,
    pub extra_workdays: Vec<NaiveDate>,
}

#[derive(InputObject)]
pub struct RiskRuleInput {
    pub type_prefix: Option<String>,
    pub scale: Option<DisputeScale>,
    pub colour: RiskColour,
}

/// Absent parts keep their value.
#[derive(InputObject)]
pub struct UpdateEventSettingsInput {
    pub calendar: Option<WorkCalendarInput>,
    pub yellow_percent: Option<i32>,
    pub orange_percent: Option<i32>,
    pub escalation_grace_hours: Option<i32>,
    pub risk_rules: Option<Vec<RiskRuleInput>>,
}

payload! {
    pub struct EventSettingsPayload {
        settings: crate::graphql::events::query::EventSettings,
    }
}

fn parse_time(raw: &str, i: usize) -> AppResult<NaiveTime> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M").map_err(|_| {
        let mut e =
            DomainUserError::new("calendar.periods", Code::InvalidValue, "时间格式为 HH:MM");
        e.field.push(i.to_string());
        AppError::Invalid(vec![e])
    })
}

#[derive(Default)]
pub struct ConfigurationMutation;

#[Object]
impl ConfigurationMutation {
    /// A new category (`event:configure`).
    async fn create_event_category(
        &self,
        ctx: &Context<'_>,
        input: CreateEventCategoryInput,
    ) -> async_graphql::Result<EventCategoryPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match input.fields.parse(input.parent_id) {
            Ok(fields) => catalogue::create_category(c.conn, c.access, fields).await,
            Err(e) => Err(e),
        };
        EventCategoryPayload::of(result, EventCategory)
    }

    /// Changes a category: name, default department, time basis and limits, active
    /// (`event:configure`). Running phases keep their deadlines.
    async fn update_event_category(
        &self,
        ctx: &Context<'_>,
        input: UpdateEventCategoryInput,
    ) -> async_graphql::Result<EventCategoryPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = match (category_id(&input.id), input.fields.parse(None)) {
            (Ok(id), Ok(fields)) => {
                catalogue::update_category(c.conn, c.access, id, input.expected_version, fields)
                    .await
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        EventCategoryPayload::of(result, EventCategory)
    }

    /// The work calendar, warning thresholds, escalation grace and dispute risk rules
    /// (`event:configure`).
    async fn update_event_settings(
        &self,
        ctx: &Context<'_>,
        input: UpdateEventSettingsInput,
    ) -> async_graphql::Result<EventSettingsPayload> {
        let rc = request(ctx);
        let c = ctx_of(rc).await?;
        let result = async {
            c.access
                .require(crate::access::Permission::EventConfigure)?;
            let mut rules = catalogue::rules(c.conn, c.access.tenant_id).await?;
            if let Some(calendar) = input.calendar {
                let mut periods = Vec::new();
                for (i, p) in calendar.periods.iter().enumerate() {
                    periods.push((parse_time(&p.start, i)?, parse_time(&p.end, i)?));
                }
                rules.calendar = WorkCalendar {
                    workdays: calendar
                        .workdays
                        .iter()
                        .map(|d| u32::try_from(*d).unwrap_or(0))
                        .collect(),
                    periods,
                    holidays: calendar.holidays.into_iter().collect(),
                    extra_workdays: calendar.extra_workdays.into_iter().collect(),
                };
            }
            rules.thresholds = WarningThresholds {
                yellow_percent: input
                    .yellow_percent
                    .unwrap_or(rules.thresholds.yellow_percent),
                orange_percent: input
                    .orange_percent
                    .unwrap_or(rules.thresholds.orange_percent),
            };
            if let Some(grace) = input.escalation_grace_hours {
                rules.escalation_grace_hours = grace;
            }
            if let Some(list) = input.risk_rules {
                rules.risk_rules = RiskRules(
                    list.into_iter()
                        .map(|r| DomainRiskRule {
                            type_prefix: r.type_prefix,
                            scale: r.scale.map(Into::into),
                            colour: r.colour.into(),
                        })
                        .collect(),
                );
            }
            catalogue::set_rules(c.conn, c.access, rules).await
        }
        .await;
        EventSettingsPayload::of(result, Into::into)
    }
}
