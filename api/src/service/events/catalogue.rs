//! The tenant's event catalogue: the category tree (大类/小类) with time limits, the dispute
//! types (GB/T 31000 classes), and the rules of the loop (work calendar, warning thresholds,
//! escalation grace, dispute risk rules). Seeded with sensible defaults; tenants edit them.

use crate::access::{Access, Permission};
use crate::domain::dispute_risk::RiskRules;
use crate::domain::event_deadlines::{TimeLimits, WarningThresholds};
use crate::domain::work_calendar::WorkCalendar;
use crate::domain::{UserError, UserErrorCode};
use crate::error::{AppError, AppResult};
use crate::service::tenant_settings;
use crate::tenancy::TenantTx;
use chrono::Utc;
use entities::enums::{EventFamily, TimeBasis};
use entities::{department, dispute_type, event_category};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The tenant setting holding [`EventRules`].
pub const EVENT_RULES: &str = "event_rules";

/// The rules of the closed loop that a county sets for itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EventRules {
    pub calendar: WorkCalendar,
    pub thresholds: WarningThresholds,
    /// How long an event stays red before the scheduler escalates it one level.
    pub escalation_grace_hours: i32,
    pub risk_rules: RiskRules,
}

impl Default for EventRules {
    fn default() -> Self {
        Self {
            calendar: WorkCalendar::default(),
            thresholds: WarningThresholds::default(),
            escalation_grace_hours: 24,
            risk_rules: RiskRules::default(),
        }
    }
}

impl EventRules {
    pub fn validate(&self) -> AppResult<()> {
        let mut errors = Vec::new();
        for check in [
            self.calendar.validate(),
            self.thresholds.validate(),
            self.risk_rules.validate(),
        ] {
            if let Err(e) = check {
                errors.push(e);
            }
        }
        if !(1..=24 * 30).contains(&self.escalation_grace_hours) {
            errors.push(UserError::new(
                "escalationGraceHours",
                UserErrorCode::InvalidValue,
                "升级宽限须在 1 小时到 30 天之间",
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(errors))
        }
    }
}

pub async fn rules(conn: &TenantTx, _tenant_id: Uuid) -> AppResult<EventRules> {
    tenant_settings::get(conn, EVENT_RULES).await
}

/// Replaces the tenant's rules (`event:configure`). Phases already running keep the instants
/// computed when they started.
pub async fn set_rules(
    conn: &TenantTx,
    access: &Access,
    rules: EventRules,
) -> AppResult<EventRules> {
    access.require(Permission::EventConfigure)?;
    rules.validate()?;
    tenant_settings::set(conn, access.tenant_id, EVENT_RULES, &rules).await?;
    Ok(rules)
}

type Seed = (
    &'static str,
    &'static str,
    EventFamily,
    &'static [(&'static str, &'static str)],
);

/// The default category tree (codes: two digits per level).
const DEFAULT_CATEGORIES: &[Seed] = &[
    (
        "01",
        "矛盾纠纷",
        EventFamily::Dispute,
        &[
            ("0101", "婚恋家庭纠纷"),
            ("0102", "邻里纠纷"),
            ("0103", "物业纠纷"),
            ("0104", "劳动争议"),
            ("0105", "征地拆迁纠纷"),
        ],
    ),
    (
        "02",
        "治安隐患",
        EventFamily::General,
        &[
            ("0201", "可疑人员"),
            ("0202", "涉黄赌毒线索"),
            ("0203", "寄递物流安全"),
        ],
    ),
    (
        "03",
        "消防隐患",
        EventFamily::General,
        &[
            ("0301", "楼道堆物"),
            ("0302", "占用消防通道"),
            ("0303", "电动车违规充电"),
        ],
    ),
    (
        "04",
        "安全生产",
        EventFamily::General,
        &[
            ("0401", "企业安全隐患"),
            ("0402", "燃气安全"),
            ("0403", "建筑工地安全"),
        ],
    ),
    (
        "05",
        "环境卫生",
        EventFamily::General,
        &[
            ("0501", "垃圾堆放"),
            ("0502", "污水外溢"),
            ("0503", "噪声扰民"),
            ("0504", "大气污染"),
        ],
    ),
    (
        "06",
        "市容秩序",
        EventFamily::General,
        &[("0601", "占道经营"), ("0602", "乱张贴"), ("0603", "乱停车")],
    ),
    (
        "07",
        "违法建设",
        EventFamily::General,
        &[("0701", "违章搭建"), ("0702", "擅自改变房屋结构")],
    ),
    (
        "08",
        "物业服务",
        EventFamily::General,
        &[
            ("0801", "电梯故障"),
            ("0802", "二次供水"),
            ("0803", "小区公共设施"),
        ],
    ),
    (
        "09",
        "民生诉求",
        EventFamily::General,
        &[
            ("0901", "供水供电供气"),
            ("0902", "就业社保"),
            ("0903", "教育医疗"),
        ],
    ),
    ("10", "政策咨询", EventFamily::General, &[]),
    (
        "11",
        "特殊人群",
        EventFamily::General,
        &[
            ("1101", "社区矫正对象"),
            ("1102", "严重精神障碍患者"),
            ("1103", "困境儿童与留守人员"),
        ],
    ),
    (
        "12",
        "设施损坏",
        EventFamily::General,
        &[
            ("1201", "道路破损"),
            ("1202", "井盖缺失"),
            ("1203", "路灯损坏"),
            ("1204", "健身器材损坏"),
        ],
    ),
];

/// The GB/T 31000 dispute classes with a few subclasses each.
/// A class: code, name and its subclasses.
type DisputeClass = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const DEFAULT_DISPUTE_TYPES: &[DisputeClass] = &[
    (
        "01",
        "婚恋家庭",
        &[
            ("0101", "婚姻纠纷"),
            ("0102", "赡养抚养纠纷"),
            ("0103", "继承纠纷"),
        ],
    ),
    (
        "02",
        "邻里",
        &[("0201", "相邻关系纠纷"), ("0202", "宅前屋后纠纷")],
    ),
    ("03", "人格权", &[("0301", "名誉权纠纷")]),
    (
        "04",
        "物权",
        &[("0401", "所有权纠纷"), ("0402", "物业服务纠纷")],
    ),
    (
        "05",
        "侵权",
        &[("0501", "人身损害纠纷"), ("0502", "交通事故纠纷")],
    ),
    (
        "06",
        "合同",
        &[("0601", "买卖合同纠纷"), ("0602", "租赁合同纠纷")],
    ),
    (
        "07",
        "劳动人事",
        &[("0701", "拖欠工资纠纷"), ("0702", "劳动合同纠纷")],
    ),
    ("08", "金融借贷", &[("0801", "民间借贷纠纷")]),
    (
        "09",
        "土地及资源权属",
        &[("0901", "土地承包经营权纠纷"), ("0902", "宅基地使用权纠纷")],
    ),
    ("10", "其他民商事", &[]),
    (
        "11",
        "城乡建设发展",
        &[
            ("1101", "国有土地上房屋征收纠纷"),
            ("1102", "集体土地征收纠纷"),
        ],
    ),
    ("12", "涉民政", &[("1201", "社会救助纠纷")]),
    ("13", "其他行政执法", &[]),
    ("14", "涉法涉诉", &[]),
    ("15", "涉组织涉纪检", &[]),
    ("16", "涉民族宗教", &[]),
    ("99", "其他", &[]),
];

/// Seeds the default categories and dispute types for a tenant that has none.
pub async fn seed_defaults(conn: &TenantTx, tenant_id: Uuid) -> AppResult<()> {
    let now = Utc::now();
    if conn.find::<event_category::Entity>().count(conn).await? == 0 {
        for (order, (code, name, family, children)) in DEFAULT_CATEGORIES.iter().enumerate() {
            let parent = Uuid::now_v7();
            let mut rows = vec![category_row(
                tenant_id, parent, None, code, name, *family, order, now,
            )];
            for (i, (child_code, child_name)) in children.iter().enumerate() {
                rows.push(category_row(
                    tenant_id,
                    Uuid::now_v7(),
                    Some(parent),
                    child_code,
                    child_name,
                    *family,
                    i,
                    now,
                ));
            }
            conn.insert_many(rows).exec_without_returning(conn).await?;
        }
    }
    if conn.find::<dispute_type::Entity>().count(conn).await? == 0 {
        for (code, name, children) in DEFAULT_DISPUTE_TYPES {
            let parent = Uuid::now_v7();
            let mut rows = vec![dispute_type::ActiveModel {
                tenant_id: Set(tenant_id),
                id: Set(parent),
                parent_id: Set(None),
                code: Set((*code).into()),
                name: Set((*name).into()),
                created_at: Set(now),
            }];
            rows.extend(children.iter().map(|(c, n)| dispute_type::ActiveModel {
                tenant_id: Set(tenant_id),
                id: Set(Uuid::now_v7()),
                parent_id: Set(Some(parent)),
                code: Set((*c).into()),
                name: Set((*n).into()),
                created_at: Set(now),
            }));
            conn.insert_many(rows).exec_without_returning(conn).await?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn category_row(
    tenant_id: Uuid,
    id: Uuid,
    parent_id: Option<Uuid>,
    code: &str,
    name: &str,
    family: EventFamily,
    order: usize,
    now: chrono::DateTime<Utc>,
) -> event_category::ActiveModel {
    event_category::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        parent_id: Set(parent_id),
        code: Set(code.into()),
        name: Set(name.into()),
        family: Set(family),
        default_department_id: Set(None),
        time_basis: Set(TimeBasis::Calendar),
        time_limits: Set(None),
        active: Set(true),
        sort_order: Set(i32::try_from(order).unwrap_or(0)),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Seeds every county that has no catalogue yet (at start-up, for counties created before).
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

/// Every category of the tenant, parents first (any role that reads or reports events).
pub async fn categories(
    conn: &TenantTx,
    access: &Access,
    include_inactive: bool,
) -> AppResult<Vec<event_category::Model>> {
    if !access.has(Permission::EventRead) && !access.has(Permission::EventReport) {
        return Err(AppError::Forbidden("your role does not allow this"));
    }
    let mut query = conn.find::<event_category::Entity>();
    if !include_inactive {
        query = query.filter(event_category::Column::Active.eq(true));
    }
    let mut rows = query
        .order_by_asc(event_category::Column::Code)
        .all(conn)
        .await?;
    rows.sort_by_key(|c| (c.parent_id.is_some(), c.code.clone()));
    Ok(rows)
}

pub async fn category(conn: &TenantTx, id: Uuid) -> AppResult<event_category::Model> {
    conn.find::<event_category::Entity>()
        .filter(event_category::Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("event category"))
}

/// A category's effective limits: its own, else its parent's, else the default.
pub async fn effective_limits(
    conn: &TenantTx,
    category: &event_category::Model,
) -> AppResult<TimeLimits> {
    let own = |c: &event_category::Model| {
        c.time_limits
            .clone()
            .and_then(|v| serde_json::from_value::<TimeLimits>(v).ok())
    };
    if let Some(limits) = own(category) {
        return Ok(limits);
    }
    if let Some(parent_id) = category.parent_id {
        let parent = self::category(conn, parent_id).await?;
        if let Some(limits) = own(&parent) {
            return Ok(limits);
        }
    }
    Ok(TimeLimits::default())
}

/// A category's default department: its own, else its parent's.
pub async fn default_department(
    conn: &TenantTx,
    category: &event_category::Model,
) -> AppResult<Option<Uuid>> {
    if category.default_department_id.is_some() {
        return Ok(category.default_department_id);
    }
    match category.parent_id {
        Some(parent) => Ok(self::category(conn, parent).await?.default_department_id),
        None => Ok(None),
    }
}

/// Fields of a category; absent fields keep their value (or the default when creating).
#[derive(Debug, Default)]
pub struct CategoryInput {
    pub parent_id: Option<Uuid>,
    pub code: Option<String>,
    pub name: Option<String>,
    pub family: Option<EventFamily>,
    pub default_department_id: Option<Option<Uuid>>,
    pub time_basis: Option<TimeBasis>,
    pub time_limits: Option<Option<TimeLimits>>,
    pub active: Option<bool>,
}

async fn check_department(conn: &TenantTx, id: Option<Uuid>) -> AppResult<()> {
    if let Some(id) = id {
        conn.find::<department::Entity>()
            .filter(department::Column::Id.eq(id))
            .one(conn)
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    "defaultDepartmentId",
                    UserErrorCode::InvalidTarget,
                    "没有这个部门",
                )
            })?;
    }
    Ok(())
}

fn check_name_code(code: Option<&str>, name: Option<&str>) -> AppResult<()> {
    if let Some(code) = code
        && (code.is_empty() || code.len() > 32 || !code.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return Err(AppError::invalid(
            "code",
            UserErrorCode::InvalidCode,
            "代码为 1–32 位字母或数字",
        ));
    }
    if let Some(name) = name
        && (name.trim().is_empty() || name.chars().count() > 100)
    {
        return Err(AppError::invalid(
            "name",
            UserErrorCode::InvalidName,
            "名称为 1–100 个字符",
        ));
    }
    Ok(())
}

pub async fn create_category(
    conn: &TenantTx,
    access: &Access,
    input: CategoryInput,
) -> AppResult<event_category::Model> {
    access.require(Permission::EventConfigure)?;
    let code = input
        .code
        .ok_or_else(|| AppError::invalid("code", UserErrorCode::Required, "请填写代码"))?;
    let name = input
        .name
        .ok_or_else(|| AppError::invalid("name", UserErrorCode::Required, "请填写名称"))?;
    check_name_code(Some(&code), Some(&name))?;
    let parent = match input.parent_id {
        Some(id) => Some(category(conn, id).await?),
        None => None,
    };
    if let Some(limits) = input.time_limits.flatten() {
        limits.validate().map_err(|e| AppError::Invalid(vec![e]))?;
    }
    let department = input.default_department_id.flatten();
    check_department(conn, department).await?;
    let now = Utc::now();
    let model = event_category::ActiveModel {
        tenant_id: Set(access.tenant_id),
        id: Set(Uuid::now_v7()),
        parent_id: Set(parent.as_ref().map(|p| p.id)),
        code: Set(code),
        name: Set(name.trim().to_string()),
        // A subcategory belongs to its parent's family.
        family: Set(parent
            .as_ref()
            .map(|p| p.family)
            .or(input.family)
            .unwrap_or(EventFamily::General)),
        default_department_id: Set(department),
        time_basis: Set(input
            .time_basis
            .or(parent.as_ref().map(|p| p.time_basis))
            .unwrap_or(TimeBasis::Calendar)),
        time_limits: Set(input
            .time_limits
            .flatten()
            .map(|l| serde_json::to_value(l).unwrap_or_default())),
        active: Set(input.active.unwrap_or(true)),
        sort_order: Set(0),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    conn.insert_one(model)
        .exec_without_returning(conn)
        .await
        .map_err(|e| {
            crate::service::common::input::unique_violation_as(
                e,
                "code",
                UserErrorCode::CodeTaken,
                "代码已被使用",
            )
        })?;
    let rows = conn
        .find::<event_category::Entity>()
        .order_by_desc(event_category::Column::CreatedAt)
        .one(conn)
        .await?;
    rows.ok_or_else(|| AppError::internal(anyhow::anyhow!("category vanished after insert")))
}

pub async fn update_category(
    conn: &TenantTx,
    access: &Access,
    id: Uuid,
    expected_version: Option<i32>,
    input: CategoryInput,
) -> AppResult<event_category::Model> {
    access.require(Permission::EventConfigure)?;
    let current = category(conn, id).await?;
    crate::service::common::versioned::check_expected(
        expected_version,
        current.version,
        "category",
    )?;
    check_name_code(input.code.as_deref(), input.name.as_deref())?;
    if let Some(Some(limits)) = &input.time_limits {
        limits.validate().map_err(|e| AppError::Invalid(vec![e]))?;
    }
    if let Some(department) = input.default_department_id {
        check_department(conn, department).await?;
    }
    let mut model: event_category::ActiveModel = current.clone().into();
    if let Some(code) = input.code {
        model.code = Set(code);
    }
    if let Some(name) = input.name {
        model.name = Set(name.trim().to_string());
    }
    if let Some(family) = input.family.filter(|_| current.parent_id.is_none()) {
        model.family = Set(family);
    }
    if let Some(department) = input.default_department_id {
        model.default_department_id = Set(department);
    }
    if let Some(basis) = input.time_basis {
        model.time_basis = Set(basis);
    }
    if let Some(limits) = input.time_limits {
        model.time_limits = Set(limits.map(|l| serde_json::to_value(l).unwrap_or_default()));
    }
    if let Some(active) = input.active {
        model.active = Set(active);
    }
    model.version = Set(current.version + 1);
    model.updated_at = Set(Utc::now());
    let saved = conn.update(model).await.map_err(|e| {
        crate::service::common::input::unique_violation_as(
            e,
            "code",
            UserErrorCode::CodeTaken,
            "代码已被使用",
        )
    })?;
    Ok(saved)
}

pub async fn dispute_types(
    conn: &TenantTx,
    access: &Access,
) -> AppResult<Vec<dispute_type::Model>> {
    if !access.has(Permission::EventRead) && !access.has(Permission::EventReport) {
        return Err(AppError::Forbidden("your role does not allow this"));
    }
    Ok(conn
        .find::<dispute_type::Entity>()
        .order_by_asc(dispute_type::Column::Code)
        .all(conn)
        .await?)
}
