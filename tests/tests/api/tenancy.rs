//! Tenant isolation: tenant B's callers given tenant A's ids get NOT_FOUND, and nothing of A
//! appears in B's lists. On PostgreSQL, row-level security hides A's rows even from raw SQL.

use crate::helpers::*;
use serde_json::{Value, json};

struct IdsOfA {
    region: String,
    street: String,
    department: String,
    user: String,
    assignment: String,
}

async fn ids_of_a(app: &TestApp) -> IdsOfA {
    let admin = app.token(COUNTY_A, "admin").await;
    let users = app
        .gql(Some(&admin), "{ users(first: 100) { nodes { id username roleAssignments { id } } } departments(first: 1) { nodes { id } } }", json!({}))
        .await;
    let leader = users.ok()["users"]["nodes"]
        .as_array()
        .and_then(|all| all.iter().find(|u| u["username"] == "leader").cloned())
        .unwrap_or_default();
    IdsOfA {
        region: app.region_id(&admin, "371599001001001").await,
        street: app.region_id(&admin, "371599001").await,
        department: users.ok()["departments"]["nodes"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        user: leader["id"].as_str().unwrap_or_default().to_string(),
        assignment: leader["roleAssignments"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    }
}

#[tokio::test]
async fn every_query_and_mutation_of_tenant_b_answers_not_found_for_tenant_a_ids() {
    let app = spawn_app().await;
    let a = ids_of_a(&app).await;
    let b = app.second_county().await;
    let cases: Vec<(&str, Value)> = vec![
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": a.region }),
        ),
        (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": a.user }),
        ),
        (
            "query($id: ID!) { region(id: $id) { id name } }",
            json!({ "id": a.region }),
        ),
        (
            "query($id: ID) { regions(under: $id) { nodes { id } } }",
            json!({ "id": a.street }),
        ),
        (
            "query($id: ID) { gridMap(under: $id) { gridCount } }",
            json!({ "id": a.street }),
        ),
        (
            "query($id: ID!) { department(id: $id) { id } }",
            json!({ "id": a.department }),
        ),
        (
            "query($id: ID!) { user(id: $id) { id } }",
            json!({ "id": a.user }),
        ),
        (
            "mutation($id: ID!) { createRegion(input: { parentId: $id, kind: COMMUNITY, code: \"371599001099\", name: \"x\" }) { region { id } } }",
            json!({ "id": a.street }),
        ),
        (
            "mutation($id: ID!) { updateRegion(input: { id: $id, name: \"改名\" }) { region { id } } }",
            json!({ "id": a.region }),
        ),
        (
            "mutation($id: ID!, $p: ID!) { moveRegion(input: { id: $id, newParentId: $p, newCode: \"371602001\" }) { region { id } } }",
            json!({ "id": a.region, "p": a.street }),
        ),
        (
            "mutation($id: ID!) { deleteRegion(input: { id: $id }) { deletedId } }",
            json!({ "id": a.region }),
        ),
        (
            "mutation($id: ID!) { updateDepartment(input: { id: $id, name: \"改名\" }) { department { id } } }",
            json!({ "id": a.department }),
        ),
        (
            "mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId } }",
            json!({ "id": a.department }),
        ),
        (
            "mutation($id: ID!) { setUserStatus(input: { id: $id, status: DISABLED }) { user { id } } }",
            json!({ "id": a.user }),
        ),
        (
            "mutation($id: ID!) { assignRole(input: { userId: $id, role: INTEGRATOR }) { roleAssignment { id } } }",
            json!({ "id": a.user }),
        ),
        (
            "mutation($id: ID!) { revokeRole(input: { id: $id }) { revokedId } }",
            json!({ "id": a.assignment }),
        ),
    ];
    for (query, variables) in cases {
        let response = app.gql(Some(&b), query, variables).await;
        assert_eq!(
            response.code(),
            Some("NOT_FOUND"),
            "{query}: {:?}",
            response
        );
    }
    // Tenant A is untouched.
    let admin = app.token(COUNTY_A, "admin").await;
    let region = app
        .gql(
            Some(&admin),
            "query($id: ID!) { region(id: $id) { name } }",
            json!({ "id": a.region }),
        )
        .await;
    assert_eq!(region.ok()["region"]["name"], "青河社区第一网格");
}

#[tokio::test]
async fn no_list_of_tenant_b_shows_anything_of_tenant_a() {
    let app = spawn_app().await;
    let b = app.second_county().await;
    let lists = app
        .gql(
            Some(&b),
            "{ regionRoots { name } regions(first: 100) { nodes { code name } } gridMap { gridCount featureCollection }
               departments(first: 100) { nodes { code } } users(first: 100) { nodes { username displayName } } }",
            json!({}),
        )
        .await;
    let text = lists.ok().to_string();
    for marker in [
        "青石县",
        "371599",
        "东城街道",
        "青河社区",
        "县城市管理局",
        "县综治中心管理员",
    ] {
        assert!(!text.contains(marker), "tenant B sees {marker}: {text}");
    }
    assert_eq!(lists.ok()["regionRoots"][0]["name"], "白沙县");
    assert_eq!(lists.ok()["gridMap"]["gridCount"], 0);
    assert_eq!(
        lists.ok()["users"]["nodes"].as_array().map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn the_platform_operator_cannot_read_any_tenants_regions_or_people() {
    let app = spawn_app().await;
    let a = ids_of_a(&app).await;
    let operator = app.token(PLATFORM, "operator").await;
    app.gql(Some(&operator), "{ regionRoots { id } }", json!({}))
        .await
        .fails_with("FORBIDDEN");
    app.gql(Some(&operator), "{ regions { nodes { id } } }", json!({}))
        .await
        .fails_with("FORBIDDEN");
    app.gql(Some(&operator), "{ users { nodes { id } } }", json!({}))
        .await
        .fails_with("FORBIDDEN");
    let by_id = app
        .gql(
            Some(&operator),
            "query($id: ID!) { region(id: $id) { id } }",
            json!({ "id": a.region }),
        )
        .await;
    assert!(
        matches!(by_id.code(), Some("FORBIDDEN" | "NOT_FOUND")),
        "{:?}",
        by_id
    );
    // A county admin cannot manage tenants.
    let admin = app.token(COUNTY_A, "admin").await;
    app.gql(Some(&admin), "{ tenants { nodes { id } } }", json!({}))
        .await
        .fails_with("FORBIDDEN");
}

#[tokio::test]
async fn row_level_security_hides_another_tenants_rows_from_raw_sql() {
    if !on_postgres() {
        return; // PostgreSQL run only: SQLite has no row-level security.
    }
    use sea_orm::{ConnectionTrait, Database, DatabaseBackend, Statement, TransactionTrait};
    let app = spawn_app().await;
    app.second_county().await;
    let owner = Database::connect(app.admin_url.clone())
        .await
        .expect("owner connection");
    let tenant_of = |code: &'static str| {
        let owner = owner.clone();
        async move {
            let row = owner
                .query_one_raw(Statement::from_string(
                    DatabaseBackend::Postgres,
                    format!("SELECT id::text AS id FROM tenants WHERE code = '{code}'"),
                ))
                .await
                .expect("query")
                .expect("tenant row");
            row.try_get::<String>("", "id").expect("id")
        }
    };
    let (a, b) = (tenant_of(COUNTY_A).await, tenant_of("371602").await);
    let app_url = app
        .admin_url
        .replacen("postgres@", &format!("{}@", migration::APP_ROLE), 1);
    let app_role = Database::connect(app_url)
        .await
        .expect("app role connection");
    let count = |sql: String| Statement::from_string(DatabaseBackend::Postgres, sql);
    let tx = app_role.begin().await.expect("begin");
    tx.execute_raw(count(format!(
        "SELECT set_config('app.tenant_id', '{a}', true)"
    )))
    .await
    .expect("set tenant");
    for table in migration::all_tenant_tables() {
        let row = tx
            .query_one_raw(count(format!(
                "SELECT count(*) AS n FROM {table} WHERE tenant_id = '{b}'"
            )))
            .await
            .expect("select")
            .expect("row");
        assert_eq!(
            row.try_get::<i64>("", "n").expect("n"),
            0,
            "{table} shows tenant B's rows to tenant A"
        );
    }
    let visible = tx
        .query_one_raw(count("SELECT count(*) AS n FROM regions".into()))
        .await
        .expect("select")
        .expect("row");
    assert_eq!(
        visible.try_get::<i64>("", "n").expect("n"),
        54,
        "only A's regions: 1 county, 3 streets, 10 communities, 40 grids"
    );
    let forged = tx
        .execute_raw(count(format!(
            "INSERT INTO departments (tenant_id, id, code, name, created_at, updated_at) VALUES ('{b}', gen_random_uuid(), 'X', 'x', now(), now())"
        )))
        .await;
    assert!(
        forged.is_err(),
        "writing tenant B's row with tenant A set must fail"
    );
    tx.rollback().await.expect("rollback");
    // Without a tenant set, nothing is visible.
    let bare = app_role
        .query_one_raw(count("SELECT count(*) AS n FROM users".into()))
        .await
        .expect("select")
        .expect("row");
    assert_eq!(bare.try_get::<i64>("", "n").expect("n"), 0);
    // And the app role is no superuser, owner or BYPASSRLS.
    let role = owner
        .query_one_raw(count(format!(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = '{}'",
            migration::APP_ROLE
        )))
        .await
        .expect("select")
        .expect("row");
    assert!(!role.try_get::<bool>("", "rolsuper").expect("rolsuper"));
    assert!(
        !role
            .try_get::<bool>("", "rolbypassrls")
            .expect("rolbypassrls")
    );
}
