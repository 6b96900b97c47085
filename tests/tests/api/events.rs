//! Events, the closed loop: every edge, who may take it, concurrency, deadlines and colours
//! on a stopped clock, the scheduler across two server processes, placement by point,
//! photos, disputes, figures and tenancy — all through GraphQL over HTTP.

use crate::helpers::{COUNTY_A, Gql, TestApp, next_message, spawn_app, subscribe};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::{Value, json};

const QINGHE_GRID_1: &str = "371599001001001";
const QINGHE_GRID_2: &str = "371599001001002";

const EVENT_FIELDS: &str = "id number status level version colour phase phaseDeadline closedLevel satisfaction availableActions department { name } grid { id code }";

/// A stopped clock at a Monday 09:00 in China.
fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, 0, 0)
        .single()
        .expect("instant")
}

struct Loop {
    app: TestApp,
    admin: String,
    worker: String,
    community: String,
    street: String,
    department: String,
    grid: String,
}

async fn setup() -> Loop {
    let app = spawn_app().await;
    app.state.clock.set(monday_nine());
    let admin = app.token(COUNTY_A, "admin").await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    let department = app.token(COUNTY_A, "dept.cg").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    Loop {
        app,
        admin,
        worker,
        community,
        street,
        department,
        grid,
    }
}

impl Loop {
    async fn category(&self, code: &str) -> String {
        let found = self
            .app
            .gql(
                Some(&self.admin),
                "{ eventCategories { id code } }",
                json!({}),
            )
            .await;
        found.ok()["eventCategories"]
            .as_array()
            .expect("categories")
            .iter()
            .find(|c| c["code"] == code)
            .and_then(|c| c["id"].as_str())
            .expect("category")
            .to_string()
    }

    async fn department_id(&self, code: &str) -> String {
        let found = self
            .app
            .gql(
                Some(&self.admin),
                "{ departments(first: 100) { nodes { id code } } }",
                json!({}),
            )
            .await;
        found.ok()["departments"]["nodes"]
            .as_array()
            .expect("departments")
            .iter()
            .find(|d| d["code"] == code)
            .and_then(|d| d["id"].as_str())
            .expect("department")
            .to_string()
    }

    async fn report(&self, token: &str, input: Value) -> Gql {
        self.app
            .gql(
                Some(token),
                &format!("mutation($input: ReportEventInput!) {{ reportEvent(input: $input) {{ event {{ {EVENT_FIELDS} }} possibleDuplicates {{ id }} userErrors {{ field code }} }} }}"),
                json!({ "input": input }),
            )
            .await
    }

    /// Reports a routine street-order event in grid 1 as the grid worker.
    async fn reported(&self) -> Value {
        let category = self.category("0601").await;
        let r = self
            .report(
                &self.worker,
                json!({ "categoryId": category, "description": "占道经营", "gridId": self.grid }),
            )
            .await;
        assert_eq!(r.ok()["reportEvent"]["userErrors"], json!([]), "{r:?}");
        r.ok()["reportEvent"]["event"].clone()
    }

    async fn step(&self, token: &str, mutation: &str, input_type: &str, input: Value) -> Gql {
        self.app
            .gql(
                Some(token),
                &format!("mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ event {{ {EVENT_FIELDS} }} userErrors {{ field code }} }} }}"),
                json!({ "input": input }),
            )
            .await
    }

    /// A step that must succeed; returns the event after it.
    async fn ok(&self, token: &str, mutation: &str, input_type: &str, input: Value) -> Value {
        let r = self.step(token, mutation, input_type, input).await;
        assert_eq!(
            r.ok()[mutation]["userErrors"],
            json!([]),
            "{mutation}: {r:?}"
        );
        r.ok()[mutation]["event"].clone()
    }

    async fn event(&self, token: &str, id: &str) -> Gql {
        self.app
            .gql(
                Some(token),
                &format!("query($id: ID!) {{ event(id: $id) {{ {EVENT_FIELDS} history {{ action fromStatus toStatus actorName deadline onTime details }} extensions {{ status }} supervisionOrders {{ id kind }} }} }}"),
                json!({ "id": id }),
            )
            .await
    }
}

fn v(event: &Value) -> i64 {
    event["version"].as_i64().expect("version")
}

fn id(event: &Value) -> String {
    event["id"].as_str().expect("id").to_string()
}

#[tokio::test]
async fn an_event_goes_round_the_whole_loop_through_a_department() {
    let t = setup().await;
    let e = t.reported().await;
    assert_eq!(e["status"], "REPORTED");
    assert_eq!(e["level"], "GRID");
    assert_eq!(e["colour"], "GREEN");
    assert!(
        e["number"]
            .as_str()
            .expect("number")
            .starts_with("SJ20261123-")
    );

    let e = t
        .ok(
            &t.worker,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["status"], "ACCEPTED");
    // A grid worker cannot dispatch.
    assert!(
        !e["availableActions"]
            .as_array()
            .expect("actions")
            .contains(&json!("DISPATCH"))
    );
    let cg = t.department_id("CG").await;
    t.step(
        &t.worker,
        "dispatchEvent",
        "DispatchEventInput",
        json!({ "id": id(&e), "version": v(&e), "departmentId": cg }),
    )
    .await
    .fails_with("FORBIDDEN");
    // Up to the community, then the street, which dispatches.
    let e = t
        .ok(
            &t.worker,
            "escalateEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["level"], "COMMUNITY");
    t.step(
        &t.worker,
        "escalateEvent",
        "EventStepInput",
        json!({ "id": id(&e), "version": v(&e) }),
    )
    .await
    .fails_with("FORBIDDEN");
    let e = t
        .ok(
            &t.community,
            "escalateEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["level"], "STREET");
    let e = t
        .ok(
            &t.street,
            "dispatchEvent",
            "DispatchEventInput",
            json!({ "id": id(&e), "version": v(&e), "departmentId": cg }),
        )
        .await;
    assert_eq!(e["status"], "DISPATCHED");
    assert_eq!(e["phase"], "SIGN_FOR");
    assert_eq!(e["department"]["name"], "县城市管理局");

    // The department signs for it, asks for more time, the street approves.
    let e = t
        .ok(
            &t.department,
            "signForEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["status"], "HANDLING");
    let deadline = e["phaseDeadline"].as_str().expect("deadline").to_string();
    let e = t
        .ok(
            &t.department,
            "requestEventExtension",
            "RequestEventExtensionInput",
            json!({ "id": id(&e), "version": v(&e), "extraHours": 24, "reason": "需协调产权单位" }),
        )
        .await;
    t.step(
        &t.department,
        "decideEventExtension",
        "DecideEventExtensionInput",
        json!({ "id": id(&e), "version": v(&e), "approve": true }),
    )
    .await
    .fails_with("FORBIDDEN");
    let e = t
        .ok(
            &t.street,
            "decideEventExtension",
            "DecideEventExtensionInput",
            json!({ "id": id(&e), "version": v(&e), "approve": true }),
        )
        .await;
    let extended = e["phaseDeadline"].as_str().expect("deadline").to_string();
    assert_eq!(
        DateTime::parse_from_rfc3339(&extended).expect("t")
            - DateTime::parse_from_rfc3339(&deadline).expect("t"),
        Duration::hours(24)
    );
    let e = t
        .ok(
            &t.department,
            "completeEvent",
            "CompleteEventInput",
            json!({ "id": id(&e), "version": v(&e), "result": "已清理" }),
        )
        .await;
    assert_eq!(e["status"], "DONE");
    assert_eq!(e["phase"], "VERIFY");
    // The grid worker verifies on site: rework once, then close.
    let e = t
        .ok(
            &t.worker,
            "reworkEvent",
            "EventReasonInput",
            json!({ "id": id(&e), "version": v(&e), "reason": "仍有摊位" }),
        )
        .await;
    assert_eq!(e["status"], "HANDLING");
    let e = t
        .ok(
            &t.department,
            "completeEvent",
            "CompleteEventInput",
            json!({ "id": id(&e), "version": v(&e), "result": "已全部清理" }),
        )
        .await;
    let e = t
        .ok(
            &t.worker,
            "closeEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["status"], "CLOSED");
    assert_eq!(e["closedLevel"], "STREET");
    assert_eq!(e["colour"], Value::Null);
    let e = t
        .ok(
            &t.community,
            "revisitEvent",
            "RevisitEventInput",
            json!({ "id": id(&e), "version": v(&e), "satisfaction": "SATISFIED" }),
        )
        .await;
    assert_eq!(e["status"], "REVISITED");
    let e = t
        .ok(
            &t.community,
            "archiveEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    assert_eq!(e["status"], "ARCHIVED");

    let full = t.event(&t.admin, &id(&e)).await;
    let history = full.ok()["event"]["history"]
        .as_array()
        .expect("history")
        .clone();
    let actions: Vec<&str> = history
        .iter()
        .map(|h| h["action"].as_str().expect("a"))
        .collect();
    assert_eq!(
        actions,
        [
            "REPORT",
            "ACCEPT",
            "ESCALATE",
            "ESCALATE",
            "DISPATCH",
            "SIGN_FOR",
            "REQUEST_EXTENSION",
            "APPROVE_EXTENSION",
            "COMPLETE",
            "REWORK",
            "COMPLETE",
            "CLOSE",
            "REVISIT",
            "ARCHIVE"
        ]
    );
    let approval = &history[7];
    assert_eq!(
        approval["details"]["oldDeadline"]
            .as_str()
            .map(|d| DateTime::parse_from_rfc3339(d).expect("d")),
        Some(DateTime::parse_from_rfc3339(&deadline).expect("d"))
    );
    assert_eq!(history[5]["actorName"], "县城市管理局");
    assert_eq!(history[5]["onTime"], true);
    assert_eq!(full.ok()["event"]["extensions"][0]["status"], "APPROVED");

    // Figures come from that history.
    let figures = t
        .app
        .gql(
            Some(&t.admin),
            "{ eventFigures(from: \"2026-11-01\", to: \"2026-11-30\") { reported onTimeSignForRate reworkRate returnRate satisfactionRate onTimeClosureRate averageHandlingHours byClosedLevel { key count } } }",
            json!({}),
        )
        .await;
    let f = &figures.ok()["eventFigures"];
    assert_eq!(f["reported"], 1);
    assert_eq!(f["onTimeSignForRate"], 1.0);
    assert_eq!(f["reworkRate"], 0.5);
    assert_eq!(f["returnRate"], 0.0);
    assert_eq!(f["satisfactionRate"], 1.0);
    assert_eq!(f["onTimeClosureRate"], 1.0);
    assert_eq!(f["byClosedLevel"], json!([{ "key": "STREET", "count": 1 }]));
}

#[tokio::test]
async fn a_department_returns_what_is_not_its_remit_and_cannot_touch_another_departments_event() {
    let t = setup().await;
    let e = t.reported().await;
    let e = t
        .ok(
            &t.admin,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    let scjg = t.department_id("SCJG").await;
    let e = t
        .ok(
            &t.admin,
            "dispatchEvent",
            "DispatchEventInput",
            json!({ "id": id(&e), "version": v(&e), "departmentId": scjg }),
        )
        .await;
    // dept.cg is the city-management bureau: another department's event does not exist for it.
    t.step(
        &t.department,
        "signForEvent",
        "EventStepInput",
        json!({ "id": id(&e), "version": v(&e) }),
    )
    .await
    .fails_with("NOT_FOUND");
    t.event(&t.department, &id(&e))
        .await
        .fails_with("NOT_FOUND");
    // Nor can the county admin act as a department.
    t.step(
        &t.admin,
        "signForEvent",
        "EventStepInput",
        json!({ "id": id(&e), "version": v(&e) }),
    )
    .await
    .fails_with("FORBIDDEN");
    let cg = t.department_id("CG").await;
    // Re-dispatch to CG, which returns it: back to the dispatcher, accepted at its level.
    let fresh = t.event(&t.admin, &id(&t.reported().await)).await;
    let f = fresh.ok()["event"].clone();
    let f = t
        .ok(
            &t.admin,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&f), "version": v(&f) }),
        )
        .await;
    let f = t
        .ok(
            &t.admin,
            "dispatchEvent",
            "DispatchEventInput",
            json!({ "id": id(&f), "version": v(&f), "departmentId": cg }),
        )
        .await;
    let r = t
        .step(
            &t.department,
            "returnEvent",
            "EventReasonInput",
            json!({ "id": id(&f), "version": v(&f), "reason": "  " }),
        )
        .await;
    assert_eq!(r.user_error("returnEvent"), "REQUIRED");
    let f = t
        .ok(
            &t.department,
            "returnEvent",
            "EventReasonInput",
            json!({ "id": id(&f), "version": v(&f), "reason": "不属于本部门职责" }),
        )
        .await;
    assert_eq!(f["status"], "ACCEPTED");
    assert_eq!(f["department"], Value::Null);
    // Once returned, the department no longer sees it.
    t.event(&t.department, &id(&f))
        .await
        .fails_with("NOT_FOUND");
}

#[tokio::test]
async fn edges_the_machine_does_not_have_are_refused_with_invalid_transition() {
    let t = setup().await;
    let e = t.reported().await;
    let cg = t.department_id("CG").await;
    let (i, ver) = (id(&e), v(&e));
    t.step(
        &t.admin,
        "dispatchEvent",
        "DispatchEventInput",
        json!({ "id": i, "version": ver, "departmentId": cg }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "closeEvent",
        "EventStepInput",
        json!({ "id": i, "version": ver }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "archiveEvent",
        "EventStepInput",
        json!({ "id": i, "version": ver }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "reworkEvent",
        "EventReasonInput",
        json!({ "id": i, "version": ver, "reason": "x" }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "revisitEvent",
        "RevisitEventInput",
        json!({ "id": i, "version": ver, "satisfaction": "SATISFIED" }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "handleEventLocally",
        "EventStepInput",
        json!({ "id": i, "version": ver }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    t.step(
        &t.admin,
        "completeEvent",
        "CompleteEventInput",
        json!({ "id": i, "version": ver, "result": "x" }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    // A stale version is a conflict, whatever the step.
    t.step(
        &t.admin,
        "acceptEvent",
        "EventStepInput",
        json!({ "id": i, "version": ver + 5 }),
    )
    .await
    .fails_with("CONFLICT");
    // Handled in the grid: the grid worker does it all, and the close is recorded at grid level.
    let e = t
        .ok(
            &t.worker,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        )
        .await;
    t.step(
        &t.worker,
        "signForEvent",
        "EventStepInput",
        json!({ "id": i, "version": v(&e) }),
    )
    .await
    .fails_with("FORBIDDEN");
    let e = t
        .ok(
            &t.worker,
            "handleEventLocally",
            "EventStepInput",
            json!({ "id": i, "version": v(&e) }),
        )
        .await;
    t.step(
        &t.worker,
        "acceptEvent",
        "EventStepInput",
        json!({ "id": i, "version": v(&e) }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
    let e = t
        .ok(
            &t.worker,
            "completeEvent",
            "CompleteEventInput",
            json!({ "id": i, "version": v(&e), "result": "已劝离" }),
        )
        .await;
    let e = t
        .ok(
            &t.worker,
            "closeEvent",
            "EventStepInput",
            json!({ "id": i, "version": v(&e) }),
        )
        .await;
    assert_eq!(e["closedLevel"], "GRID");
    // A dissatisfied revisit reopens it; a satisfied one may not.
    let r = t
        .step(
            &t.worker,
            "revisitEvent",
            "RevisitEventInput",
            json!({ "id": i, "version": v(&e), "satisfaction": "SATISFIED", "reopen": true }),
        )
        .await;
    assert_eq!(r.user_error("revisitEvent"), "INVALID_VALUE");
    let e = t
        .ok(
            &t.worker,
            "revisitEvent",
            "RevisitEventInput",
            json!({ "id": i, "version": v(&e), "satisfaction": "DISSATISFIED", "reopen": true }),
        )
        .await;
    assert_eq!(e["status"], "HANDLING");
    assert_eq!(e["closedLevel"], Value::Null);
    // Rejected events go nowhere; a leader reads but cannot act.
    let other = t.reported().await;
    let leader = t.app.token(COUNTY_A, "leader").await;
    t.step(
        &leader,
        "acceptEvent",
        "EventStepInput",
        json!({ "id": id(&other), "version": v(&other) }),
    )
    .await
    .fails_with("FORBIDDEN");
    let r = t
        .ok(
            &t.worker,
            "rejectEvent",
            "EventReasonInput",
            json!({ "id": id(&other), "version": v(&other), "reason": "重复上报" }),
        )
        .await;
    assert_eq!(r["status"], "REJECTED");
    assert_eq!(r["availableActions"], json!([]));
    t.step(
        &t.worker,
        "acceptEvent",
        "EventStepInput",
        json!({ "id": id(&other), "version": v(&r) }),
    )
    .await
    .fails_with("INVALID_TRANSITION");
}

#[tokio::test]
async fn of_two_simultaneous_sign_fors_exactly_one_wins() {
    let t = setup().await;
    let e = t.reported().await;
    let e = t
        .ok(
            &t.admin,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    let cg = t.department_id("CG").await;
    let e = t
        .ok(
            &t.admin,
            "dispatchEvent",
            "DispatchEventInput",
            json!({ "id": id(&e), "version": v(&e), "departmentId": cg }),
        )
        .await;
    let second = t.app.token(COUNTY_A, "dept.cg").await;
    let input = json!({ "id": id(&e), "version": v(&e) });
    let (a, b) = tokio::join!(
        t.step(
            &t.department,
            "signForEvent",
            "EventStepInput",
            input.clone()
        ),
        t.step(&second, "signForEvent", "EventStepInput", input.clone())
    );
    let codes = [a.code(), b.code()];
    assert_eq!(
        codes.iter().filter(|c| c.is_none()).count(),
        1,
        "{a:?} {b:?}"
    );
    assert!(codes.contains(&Some("CONFLICT")), "{a:?} {b:?}");
    let history = t.event(&t.admin, &id(&e)).await;
    let signs = history.ok()["event"]["history"]
        .as_array()
        .expect("h")
        .iter()
        .filter(|h| h["action"] == "SIGN_FOR")
        .count();
    assert_eq!(signs, 1);
}

#[tokio::test]
async fn colours_turn_at_49_50_80_and_100_percent_of_the_phase() {
    let t = setup().await;
    let category = t.category("0601").await;
    let limits = json!({ "routine": 100, "urgent": 100, "emergency": 100 });
    let set = t
        .app
        .gql(
            Some(&t.admin),
            "mutation($input: UpdateEventCategoryInput!) { updateEventCategory(input: $input) { category { timeLimits { accept { routine } } } userErrors { code } } }",
            json!({ "input": { "id": category, "fields": { "timeLimits": { "accept": limits, "signFor": limits, "handle": limits, "verify": limits } } } }),
        )
        .await;
    assert_eq!(
        set.ok()["updateEventCategory"]["category"]["timeLimits"]["accept"]["routine"],
        100
    );
    let e = t.reported().await;
    for (minutes, colour) in [
        (49, "GREEN"),
        (50, "YELLOW"),
        (79, "YELLOW"),
        (80, "ORANGE"),
        (99, "ORANGE"),
        (100, "RED"),
    ] {
        t.app
            .state
            .clock
            .set(monday_nine() + Duration::minutes(minutes));
        let now = t.event(&t.admin, &id(&e)).await;
        assert_eq!(now.ok()["event"]["colour"], colour, "at {minutes}%");
        let listed = t
            .app
            .gql(
                Some(&t.admin),
                "query($c: [WarningColour!]) { events(filter: { colour: $c }) { totalCount } }",
                json!({ "c": [colour] }),
            )
            .await;
        assert_eq!(
            listed.ok()["events"]["totalCount"],
            1,
            "filter {colour} at {minutes}%"
        );
    }
    // Most urgent first: a fresh event sorts after the red one.
    let fresh = t.reported().await;
    let list = t
        .app
        .gql(
            Some(&t.admin),
            "{ events(orderBy: URGENCY) { edges { node { id colour } } } }",
            json!({}),
        )
        .await;
    let nodes = list.ok()["events"]["edges"]
        .as_array()
        .expect("edges")
        .clone();
    assert_eq!(nodes[0]["node"]["id"], e["id"]);
    assert_eq!(nodes[0]["node"]["colour"], "RED");
    assert_eq!(nodes[1]["node"]["id"], fresh["id"]);
}

#[tokio::test]
async fn working_hour_limits_skip_the_weekend_and_a_holiday() {
    let t = setup().await;
    let settings = t
        .app
        .gql(
            Some(&t.admin),
            "mutation($input: UpdateEventSettingsInput!) { updateEventSettings(input: $input) { settings { calendar { holidays } } userErrors { code } } }",
            json!({ "input": { "calendar": { "workdays": [1,2,3,4,5], "periods": [{ "start": "08:30", "end": "12:00" }, { "start": "13:30", "end": "17:30" }], "holidays": ["2026-11-30"], "extraWorkdays": [] } } }),
        )
        .await;
    assert_eq!(
        settings.ok()["updateEventSettings"]["userErrors"],
        json!([])
    );
    let category = t.category("0601").await;
    t.app
        .gql(
            Some(&t.admin),
            "mutation($input: UpdateEventCategoryInput!) { updateEventCategory(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": category, "fields": { "timeBasis": "WORKING" } } }),
        )
        .await
        .ok();
    // Friday 2026-11-27 16:30 in China; the accept limit is 2 working hours.
    t.app.state.clock.set(
        Utc.with_ymd_and_hms(2026, 11, 27, 8, 30, 0)
            .single()
            .expect("t"),
    );
    let e = t.reported().await;
    // One hour on Friday, Monday is a holiday, one hour on Tuesday: 09:30 (01:30 UTC).
    assert_eq!(e["phaseDeadline"], "2026-12-01T01:30:00+00:00");
    let bad = t
        .app
        .gql(
            Some(&t.admin),
            "mutation($input: UpdateEventSettingsInput!) { updateEventSettings(input: $input) { userErrors { code } } }",
            json!({ "input": { "yellowPercent": 90, "orangePercent": 80 } }),
        )
        .await;
    assert_eq!(bad.user_error("updateEventSettings"), "INVALID_VALUE");
}

#[tokio::test]
async fn the_scheduler_raises_one_supervision_order_per_red_event_across_two_servers() {
    let t = setup().await;
    let replica = t.app.replica().await;
    replica.state.clock.set(monday_nine());
    let e = t.reported().await;
    let late = monday_nine() + Duration::hours(3);
    t.app.state.clock.set(late);
    replica.state.clock.set(late);
    let second = std::time::Duration::from_secs(1);
    // Both processes sweep at once, and then again.
    tokio::join!(
        gridgov_api::scheduler::tick(&t.app.state, second),
        gridgov_api::scheduler::tick(&replica.state, second)
    );
    gridgov_api::service::events::supervision::sweep_all(&replica.state, late)
        .await
        .expect("sweep");
    gridgov_api::service::events::supervision::sweep_all(&t.app.state, late)
        .await
        .expect("sweep");
    let orders = t.event(&t.admin, &id(&e)).await;
    assert_eq!(
        orders.ok()["event"]["supervisionOrders"]
            .as_array()
            .expect("orders")
            .len(),
        1,
        "{orders:?}"
    );
    assert_eq!(
        orders.ok()["event"]["supervisionOrders"][0]["kind"],
        "AUTOMATIC"
    );
    assert_eq!(orders.ok()["event"]["level"], "GRID");
    // After the grace (24 h red), it is escalated one level — once.
    let later = late + Duration::hours(25);
    let (a, b) = tokio::join!(
        gridgov_api::service::events::supervision::sweep_all(&t.app.state, later),
        gridgov_api::service::events::supervision::sweep_all(&replica.state, later)
    );
    a.expect("sweep");
    b.expect("sweep");
    gridgov_api::service::events::supervision::sweep_all(&t.app.state, later)
        .await
        .expect("sweep");
    t.app.state.clock.set(later);
    let after = t.event(&t.admin, &id(&e)).await;
    let event = &after.ok()["event"];
    assert_eq!(event["level"], "COMMUNITY");
    let history = event["history"].as_array().expect("h");
    assert_eq!(
        history
            .iter()
            .filter(|h| h["action"] == "AUTO_ESCALATE")
            .count(),
        1
    );
    assert_eq!(
        history
            .iter()
            .filter(|h| h["action"] == "SUPERVISE")
            .count(),
        1
    );
    // The handler replies to the order.
    let order = event["supervisionOrders"][0]["id"]
        .as_str()
        .expect("order")
        .to_string();
    let reply = t
        .app
        .gql(
            Some(&t.community),
            "mutation($input: ReplySupervisionOrderInput!) { replySupervisionOrder(input: $input) { order { reply } userErrors { code } } }",
            json!({ "input": { "id": order, "reply": "已安排处置" } }),
        )
        .await;
    assert_eq!(
        reply.ok()["replySupervisionOrder"]["order"]["reply"],
        "已安排处置"
    );
    // Leaders raise orders by hand; grid workers may not.
    let leader = t.app.token(COUNTY_A, "leader").await;
    let raise = "mutation($input: RaiseSupervisionOrderInput!) { raiseSupervisionOrder(input: $input) { order { card kind } userErrors { code } } }";
    let raised = t
        .app
        .gql(
            Some(&leader),
            raise,
            json!({ "input": { "eventId": id(&e), "card": "RED", "message": "限期办结" } }),
        )
        .await;
    assert_eq!(
        raised.ok()["raiseSupervisionOrder"]["order"],
        json!({ "card": "RED", "kind": "MANUAL" })
    );
    t.app
        .gql(
            Some(&t.worker),
            raise,
            json!({ "input": { "eventId": id(&e), "message": "x" } }),
        )
        .await
        .fails_with("FORBIDDEN");
    let open = t
        .app
        .gql(
            Some(&leader),
            "{ supervisionOrders(open: true) { edges { node { card } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        open.ok()["supervisionOrders"]["edges"]
            .as_array()
            .expect("e")
            .len(),
        1
    );
    // Each order names who raised it; the scheduler's orders name no one.
    let all = t
        .app
        .gql(
            Some(&leader),
            "{ supervisionOrders { edges { node { kind raisedBy } } } }",
            json!({}),
        )
        .await;
    let mut raisers: Vec<(Value, Value)> = all.ok()["supervisionOrders"]["edges"]
        .as_array()
        .expect("e")
        .iter()
        .map(|e| (e["node"]["kind"].clone(), e["node"]["raisedBy"].clone()))
        .collect();
    raisers.sort_by_key(|(kind, _)| kind.to_string());
    assert_eq!(
        raisers,
        vec![
            (json!("AUTOMATIC"), Value::Null),
            (json!("MANUAL"), json!("县领导"))
        ]
    );
}

#[tokio::test]
async fn a_point_is_placed_in_the_grid_that_contains_it() {
    let t = setup().await;
    let map = t
        .app
        .gql(
            Some(&t.admin),
            "query($id: ID!) { node(id: $id) { ... on Region { code boundary } } }",
            json!({ "id": t.grid }),
        )
        .await;
    let (lng, lat) = {
        // The middle of the grid's (convex, four-cornered) boundary.
        let ring = map.ok()["node"]["boundary"]["coordinates"][0]
            .as_array()
            .expect("ring")
            .clone();
        let corners = &ring[..ring.len() - 1];
        let mean = |k: usize| {
            corners
                .iter()
                .map(|p| p[k].as_f64().expect("coordinate"))
                .sum::<f64>()
                / corners.len() as f64
        };
        (mean(0), mean(1))
    };
    let found = t
        .app
        .gql(
            Some(&t.worker),
            "query($lng: Float!, $lat: Float!) { gridAt(lng: $lng, lat: $lat) { code } }",
            json!({ "lng": lng, "lat": lat }),
        )
        .await;
    assert_eq!(found.ok()["gridAt"]["code"], QINGHE_GRID_1);
    let category = t.category("0601").await;
    let r = t.report(&t.worker, json!({ "categoryId": category, "description": "井盖缺失", "point": { "lng": lng, "lat": lat } })).await;
    assert_eq!(
        r.ok()["reportEvent"]["event"]["grid"]["code"],
        QINGHE_GRID_1,
        "{r:?}"
    );
    let outside = t.report(&t.worker, json!({ "categoryId": category, "description": "x", "point": { "lng": 100.0, "lat": 20.0 } })).await;
    assert_eq!(outside.user_error("reportEvent"), "POINT_OUTSIDE_GRIDS");
    // A grid worker reports in its own grid only: another grid is outside its reach.
    let other = t.app.region_id(&t.admin, QINGHE_GRID_2).await;
    t.report(
        &t.worker,
        json!({ "categoryId": category, "description": "x", "gridId": other }),
    )
    .await
    .fails_with("NOT_FOUND");
    // A second report of the same kind in the same grid offers the first as a duplicate.
    let second = t
        .report(
            &t.worker,
            json!({ "categoryId": category, "description": "井盖缺失（重复）", "gridId": t.grid }),
        )
        .await;
    let dup = second.ok()["reportEvent"]["possibleDuplicates"]
        .as_array()
        .expect("d")
        .clone();
    assert_eq!(dup.len(), 1);
    let s = second.ok()["reportEvent"]["event"].clone();
    let merged = t
        .ok(
            &t.worker,
            "mergeEvent",
            "MergeEventInput",
            json!({ "id": id(&s), "version": v(&s), "intoId": dup[0]["id"] }),
        )
        .await;
    assert_eq!(merged["status"], "MERGED");
}

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

async fn report_with_photo(t: &Loop, bytes: &[u8], name: &str) -> Value {
    let category = t.category("0601").await;
    let operations = json!({
        "query": "mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id attachments { url contentType } } userErrors { field code } } }",
        "variables": { "input": { "categoryId": category, "description": "带照片", "gridId": t.grid, "photos": [null] } }
    });
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text(
            "map",
            json!({ "0": ["variables.input.photos.0"] }).to_string(),
        )
        .part(
            "0",
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()),
        );
    t.app
        .client
        .post(format!("{}/graphql", t.app.address))
        .bearer_auth(&t.worker)
        .multipart(form)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json")
}

#[tokio::test]
async fn photos_upload_by_multipart_and_are_served_only_to_those_who_see_the_event() {
    let t = setup().await;
    let body = report_with_photo(&t, PNG, "现场.png").await;
    let photo = &body["data"]["reportEvent"]["event"]["attachments"][0];
    assert_eq!(photo["contentType"], "image/png", "{body}");
    let url = format!("{}{}", t.app.address, photo["url"].as_str().expect("url"));
    let got = t
        .app
        .client
        .get(&url)
        .bearer_auth(&t.admin)
        .send()
        .await
        .expect("get");
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.expect("bytes").as_ref(), PNG);
    let denied = t
        .app
        .client
        .get(&url)
        .bearer_auth(&t.department)
        .send()
        .await
        .expect("get");
    assert_eq!(denied.status(), 404);
    let anonymous = t.app.client.get(&url).send().await.expect("get");
    assert_eq!(anonymous.status(), 401);
    let text = report_with_photo(&t, b"<svg onload=alert(1)>", "x.png").await;
    assert_eq!(
        text["data"]["reportEvent"]["userErrors"][0]["code"], "UNSUPPORTED_FILE",
        "{text}"
    );
    assert_eq!(text["data"]["reportEvent"]["event"], Value::Null);
}

#[tokio::test]
async fn disputes_carry_parties_risk_and_mediation_and_count_towards_the_resolution_rate() {
    let t = setup().await;
    let category = t.category("0105").await;
    let types = t
        .app
        .gql(Some(&t.admin), "{ disputeTypes { id code } }", json!({}))
        .await;
    let expropriation = types.ok()["disputeTypes"]
        .as_array()
        .expect("types")
        .iter()
        .find(|t| t["code"] == "1101")
        .expect("1101")["id"]
        .clone();
    assert_eq!(
        types.ok()["disputeTypes"]
            .as_array()
            .expect("t")
            .iter()
            .filter(|t| t["code"].as_str().is_some_and(|c| c.len() == 2))
            .count(),
        17
    );
    let r = t
        .report(
            &t.worker,
            json!({ "categoryId": category, "description": "拆迁补偿纠纷", "gridId": t.grid, "dispute": { "typeId": expropriation, "scale": "GROUP", "amountInvolved": "380000.50", "parties": [{ "name": "王某某", "phone": "13812345678" }, { "name": "某建设公司", "kind": "ORGANISATION" }] } }),
        )
        .await;
    let e = r.ok()["reportEvent"]["event"].clone();
    let dispute_query = "query($id: ID!) { event(id: $id) { family dispute { risk scale amountInvolved parties { name phone } sessions { mediator method } outcome version } } }";
    let d = t
        .app
        .gql(Some(&t.admin), dispute_query, json!({ "id": id(&e) }))
        .await;
    let dispute = &d.ok()["event"]["dispute"];
    assert_eq!(d.ok()["event"]["family"], "DISPUTE");
    assert_eq!(dispute["risk"], "RED");
    assert_eq!(dispute["amountInvolved"], "380000.50");
    assert_eq!(dispute["parties"][0]["phone"], "138****5678");
    // Red goes to the street.
    let notices = t
        .app
        .gql(
            Some(&t.street),
            "{ myNotifications { kind event { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(notices.ok()["myNotifications"][0]["kind"], "red_dispute");
    let session = t
        .app
        .gql(
            Some(&t.community),
            "mutation($input: AddMediationSessionInput!) { addMediationSession(input: $input) { userErrors { code } } }",
            json!({ "input": { "eventId": id(&e), "mediator": "李调解员", "heldOn": "2026-11-23", "method": "PEOPLE", "notes": "双方同意再议" } }),
        )
        .await;
    assert_eq!(session.ok()["addMediationSession"]["userErrors"], json!([]));
    let update = "mutation($input: UpdateDisputeInput!) { updateDispute(input: $input) { userErrors { code } } }";
    t.app
        .gql(
            Some(&t.department),
            update,
            json!({ "input": { "eventId": id(&e), "fields": { "outcome": "RESOLVED" } } }),
        )
        .await
        .fails_with("NOT_FOUND");
    let resolved = t.app.gql(Some(&t.community), update, json!({ "input": { "eventId": id(&e), "version": 1, "fields": { "outcome": "RESOLVED", "agreement": "按评估价补偿", "scale": "INDIVIDUAL" } } })).await;
    assert_eq!(resolved.ok()["updateDispute"]["userErrors"], json!([]));
    let d = t
        .app
        .gql(Some(&t.admin), dispute_query, json!({ "id": id(&e) }))
        .await;
    assert_eq!(d.ok()["event"]["dispute"]["outcome"], "RESOLVED");
    assert_eq!(d.ok()["event"]["dispute"]["risk"], "ORANGE");
    assert_eq!(
        d.ok()["event"]["dispute"]["sessions"][0]["method"],
        "PEOPLE"
    );
    let stale = t.app.gql(Some(&t.community), update, json!({ "input": { "eventId": id(&e), "version": 1, "fields": { "outcome": "FAILED" } } })).await;
    stale.fails_with("CONFLICT");
    let figures = t.app.gql(Some(&t.admin), "query($r: ID) { disputeFigures(regionId: $r, from: \"2026-11-01\", to: \"2026-11-30\") { total resolved resolutionRate } }", json!({ "r": t.grid })).await;
    assert_eq!(
        figures.ok()["disputeFigures"],
        json!({ "total": 1, "resolved": 1, "resolutionRate": 1.0 })
    );
}

#[tokio::test]
async fn subscribers_receive_only_the_changes_they_may_see() {
    let t = setup().await;
    let county_b = t.app.second_county().await;
    let changed = "subscription { eventChanged { eventId number action status } }";
    let mut admin = subscribe(&t.app, &t.admin, changed).await;
    let mut department = subscribe(&t.app, &t.department, changed).await;
    let mut feed = subscribe(
        &t.app,
        &t.department,
        "subscription { departmentDispatches { eventId action } }",
    )
    .await;
    let mut other_county = subscribe(&t.app, &county_b, changed).await;

    let e = t.reported().await;
    let got = next_message(&mut admin).await;
    assert_eq!(got["data"]["eventChanged"]["eventId"], e["id"]);
    assert_eq!(got["data"]["eventChanged"]["action"], "REPORT");
    // Dispatched to another department: dept.cg hears nothing of it.
    let e = t
        .ok(
            &t.admin,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&e), "version": v(&e) }),
        )
        .await;
    let scjg = t.department_id("SCJG").await;
    t.ok(
        &t.admin,
        "dispatchEvent",
        "DispatchEventInput",
        json!({ "id": id(&e), "version": v(&e), "departmentId": scjg }),
    )
    .await;
    // Then one to dept.cg: the first thing its subscriptions deliver.
    let mine = t.reported().await;
    let mine = t
        .ok(
            &t.admin,
            "acceptEvent",
            "EventStepInput",
            json!({ "id": id(&mine), "version": v(&mine) }),
        )
        .await;
    let cg = t.department_id("CG").await;
    t.ok(
        &t.admin,
        "dispatchEvent",
        "DispatchEventInput",
        json!({ "id": id(&mine), "version": v(&mine), "departmentId": cg }),
    )
    .await;
    let first = next_message(&mut department).await;
    assert_eq!(first["data"]["eventChanged"]["eventId"], mine["id"]);
    assert_eq!(first["data"]["eventChanged"]["action"], "DISPATCH");
    let dispatched = next_message(&mut feed).await;
    assert_eq!(
        dispatched["data"]["departmentDispatches"]["eventId"],
        mine["id"]
    );
    // County B's subscriber sees its own county's event first, nothing of county A's.
    let category = {
        let found = t
            .app
            .gql(
                Some(&county_b),
                "{ eventCategories { id code } }",
                json!({}),
            )
            .await;
        found.ok()["eventCategories"]
            .as_array()
            .expect("c")
            .iter()
            .find(|c| c["code"] == "0601")
            .expect("0601")["id"]
            .clone()
    };
    let grid_b = {
        let map = t
            .app
            .gql(
                Some(&county_b),
                "{ regions(first: 100) { nodes { id kind } } }",
                json!({}),
            )
            .await;
        map.ok()["regions"]["nodes"]
            .as_array()
            .expect("r")
            .iter()
            .find(|r| r["kind"] == "GRID")
            .map(|r| r["id"].clone())
    };
    if let Some(grid_b) = grid_b {
        let own = t
            .report(
                &county_b,
                json!({ "categoryId": category, "description": "B", "gridId": grid_b }),
            )
            .await;
        let got = next_message(&mut other_county).await;
        assert_eq!(
            got["data"]["eventChanged"]["eventId"],
            own.ok()["reportEvent"]["event"]["id"]
        );
    } else {
        assert!(
            !crate::helpers::receives_within(&mut other_county, 500).await,
            "county B received a change of county A"
        );
    }
    // Without a token, the connection is refused.
    let mut socket = crate::helpers::connect_socket(&t.app.address).await;
    use futures_util::{SinkExt, StreamExt};
    socket
        .send(tokio_tungstenite::tungstenite::Message::Text(
            json!({ "type": "connection_init", "payload": {} })
                .to_string()
                .into(),
        ))
        .await
        .expect("init");
    let answer = tokio::time::timeout(std::time::Duration::from_secs(5), socket.next())
        .await
        .expect("answer");
    assert!(
        !matches!(answer, Some(Ok(tokio_tungstenite::tungstenite::Message::Text(ref t))) if t.contains("connection_ack")),
        "{answer:?}"
    );
}

#[tokio::test]
async fn another_countys_event_ids_are_not_found() {
    let t = setup().await;
    let county_b = t.app.second_county().await;
    let e = t.reported().await;
    let leader = t.app.token(COUNTY_A, "leader").await;
    let order = t
        .app
        .gql(Some(&leader), "mutation($input: RaiseSupervisionOrderInput!) { raiseSupervisionOrder(input: $input) { order { id } } }", json!({ "input": { "eventId": id(&e), "message": "督办" } }))
        .await;
    let order_id = order.ok()["raiseSupervisionOrder"]["order"]["id"].clone();
    let (i, ver) = (id(&e), v(&e));
    for (mutation, input_type, input) in [
        (
            "acceptEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "rejectEvent",
            "EventReasonInput",
            json!({ "id": i, "version": ver, "reason": "x" }),
        ),
        (
            "handleEventLocally",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "escalateEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "signForEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "returnEvent",
            "EventReasonInput",
            json!({ "id": i, "version": ver, "reason": "x" }),
        ),
        (
            "closeEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "archiveEvent",
            "EventStepInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "reworkEvent",
            "EventReasonInput",
            json!({ "id": i, "version": ver, "reason": "x" }),
        ),
        (
            "completeEvent",
            "CompleteEventInput",
            json!({ "id": i, "version": ver, "result": "x" }),
        ),
        (
            "revisitEvent",
            "RevisitEventInput",
            json!({ "id": i, "version": ver, "satisfaction": "SATISFIED" }),
        ),
        (
            "decideEventExtension",
            "DecideEventExtensionInput",
            json!({ "id": i, "version": ver, "approve": true }),
        ),
        (
            "requestEventExtension",
            "RequestEventExtensionInput",
            json!({ "id": i, "version": ver, "extraHours": 1, "reason": "x" }),
        ),
        (
            "mergeEvent",
            "MergeEventInput",
            json!({ "id": i, "version": ver, "intoId": i }),
        ),
        (
            "dispatchEvent",
            "DispatchEventInput",
            json!({ "id": i, "version": ver }),
        ),
        (
            "updateDispute",
            "UpdateDisputeInput",
            json!({ "eventId": i, "fields": {} }),
        ),
        (
            "addMediationSession",
            "AddMediationSessionInput",
            json!({ "eventId": i, "mediator": "x", "heldOn": "2026-11-01", "method": "PEOPLE" }),
        ),
    ] {
        t.step(&county_b, mutation, input_type, input)
            .await
            .fails_with("NOT_FOUND");
    }
    t.app
        .gql(
            Some(&county_b),
            "query($id: ID!) { event(id: $id) { id } }",
            json!({ "id": i }),
        )
        .await
        .fails_with("NOT_FOUND");
    t.app
        .gql(
            Some(&county_b),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": i }),
        )
        .await
        .fails_with("NOT_FOUND");
    t.app
        .gql(
            Some(&county_b),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": order_id }),
        )
        .await
        .fails_with("NOT_FOUND");
    t.app
        .gql(Some(&county_b), "mutation($input: RaiseSupervisionOrderInput!) { raiseSupervisionOrder(input: $input) { order { id } } }", json!({ "input": { "eventId": i, "message": "x" } }))
        .await
        .fails_with("NOT_FOUND");
    t.app
        .gql(Some(&county_b), "mutation($input: ReplySupervisionOrderInput!) { replySupervisionOrder(input: $input) { order { id } } }", json!({ "input": { "id": order_id, "reply": "x" } }))
        .await
        .fails_with("NOT_FOUND");
    let listed = t
        .app
        .gql(
            Some(&county_b),
            "{ events { totalCount } supervisionOrders { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed.ok()["events"]["totalCount"], 0);
    assert_eq!(listed.ok()["supervisionOrders"]["edges"], json!([]));
}

#[tokio::test]
async fn a_grids_figures_count_its_open_events_for_whoever_reads_events() {
    let t = setup().await;
    let figures = "query($id: ID!) { regionFigures(regionId: $id) { openEvents residents } }";
    let open = async |token: &str| {
        let found = t
            .app
            .gql(Some(token), figures, json!({ "id": t.grid }))
            .await;
        found.ok()["regionFigures"]["openEvents"].clone()
    };
    assert_eq!(open(&t.admin).await, json!(0));
    let event = t.reported().await;
    assert_eq!(open(&t.admin).await, json!(1));
    assert_eq!(open(&t.worker).await, json!(1));
    t.ok(
        &t.worker,
        "rejectEvent",
        "EventReasonInput",
        json!({ "id": event["id"], "version": event["version"], "reason": "重复上报" }),
    )
    .await;
    assert_eq!(open(&t.admin).await, json!(0));
}
