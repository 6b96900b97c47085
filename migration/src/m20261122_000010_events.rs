//! Events, the closed loop (domain.md §7 and §8): the tenant's category tree with time limits,
//! events with their current phase deadline and warning thresholds, the history of every
//! transition, links to the archives, photo attachments, extension requests, supervision
//! orders, disputes with parties and mediation sessions, in-app notifications, and a per-tenant
//! counter that numbers events.
//!
//! An event carries the ancestor region ids of its grid like an archive row, so a scope filter
//! is one index lookup; and the instants at which its current phase turns yellow, orange and
//! red, so "most urgent first" is an index-friendly ORDER BY instead of a computation per row.

use crate::tables::{
    region_column_indexes, tenant_fk, tenant_index, tenant_table, with_region_columns,
};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; dropped in reverse.
pub const TABLES: &[&str] = &[
    "tenant_counters",
    "event_categories",
    "dispute_types",
    "events",
    "event_links",
    "event_history",
    "event_attachments",
    "event_extensions",
    "supervision_orders",
    "event_disputes",
    "dispute_parties",
    "mediation_sessions",
    "notifications",
];

async fn create(
    manager: &SchemaManager<'_>,
    table: TableCreateStatement,
    indexes: Vec<IndexCreateStatement>,
) -> Result<(), DbErr> {
    manager.create_table(table).await?;
    for index in indexes {
        manager.create_index(index).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One row per tenant and counter name; `UPDATE … RETURNING` serialises concurrent takers.
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("tenant_counters"))
                    .col(uuid("tenant_id"))
                    .col(string_len("name", 64))
                    .col(big_integer("value"))
                    .primary_key(
                        Index::create()
                            .name("pk_tenant_counters")
                            .col("tenant_id")
                            .col("name"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_tenant_counters_tenant")
                            .from_col(Alias::new("tenant_id"))
                            .to_tbl(Alias::new("tenants"))
                            .to_col(Alias::new("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        create(
            manager,
            tenant_table("event_categories")
                .col(uuid_null("parent_id"))
                .col(string_len("code", 32))
                .col(string_len("name", 100))
                .col(string_len("family", 16))
                .col(uuid_null("default_department_id"))
                .col(string_len("time_basis", 16))
                // Minutes per phase and urgency; null inherits the parent's or the default.
                .col(json_binary_null("time_limits"))
                .col(boolean("active").default(true))
                .col(integer("sort_order").default(0))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk(
                    "event_categories",
                    "parent_id",
                    "event_categories",
                ))
                .foreign_key(&mut tenant_fk(
                    "event_categories",
                    "default_department_id",
                    "departments",
                ))
                .to_owned(),
            vec![
                tenant_index("event_categories", &["code"], true),
                tenant_index("event_categories", &["parent_id"], false),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("dispute_types")
                .col(uuid_null("parent_id"))
                .col(string_len("code", 16))
                .col(string_len("name", 100))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "dispute_types",
                    "parent_id",
                    "dispute_types",
                ))
                .to_owned(),
            vec![tenant_index("dispute_types", &["code"], true)],
        )
        .await?;

        let mut events = tenant_table("events");
        events
            .col(string_len("number", 32))
            .col(uuid("category_id"))
            .col(string_len("family", 16))
            .col(text("description"))
            .col(string_len("urgency", 16))
            .col(string_len("source", 16))
            .col(string_len("status", 16))
            // The level responsible now: grid, community, street or county.
            .col(string_len("level", 16));
        with_region_columns(&mut events, "events");
        events
            .col(double_null("lng"))
            .col(double_null("lat"))
            .col(string_len_null("address", 200))
            .col(string_len_null("reporter_name", 50))
            .col(text_null("reporter_phone_cipher"))
            .col(string_len_null("reporter_phone_masked", 32))
            .col(uuid_null("reported_by"))
            .col(string_len_null("external_ref", 100))
            .col(timestamp_with_time_zone("reported_at"))
            .col(uuid_null("department_id"))
            .col(string_len_null("dispatch_level", 16))
            .col(string_len_null("phase", 16))
            .col(integer("phase_seq").default(0))
            .col(timestamp_with_time_zone_null("phase_started_at"))
            .col(timestamp_with_time_zone_null("phase_yellow_at"))
            .col(timestamp_with_time_zone_null("phase_orange_at"))
            .col(timestamp_with_time_zone_null("phase_deadline"))
            .col(boolean("extension_pending").default(false))
            // The phase (by `phase_seq`) already supervised / escalated by the scheduler.
            .col(integer_null("supervised_seq"))
            .col(integer_null("escalated_seq"))
            .col(text_null("result"))
            .col(timestamp_with_time_zone_null("closed_at"))
            .col(string_len_null("closed_level", 16))
            .col(string_len_null("satisfaction", 32))
            .col(uuid_null("merged_into_id"))
            .col(integer("version").default(1))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut tenant_fk("events", "category_id", "event_categories"))
            .foreign_key(&mut tenant_fk("events", "department_id", "departments"))
            .foreign_key(&mut tenant_fk("events", "merged_into_id", "events"));
        let mut indexes = region_column_indexes("events");
        indexes.extend([
            tenant_index("events", &["number"], true),
            tenant_index("events", &["status", "phase_deadline"], false),
            tenant_index("events", &["phase_deadline"], false),
            tenant_index("events", &["department_id", "status"], false),
            tenant_index("events", &["category_id", "grid_id", "reported_at"], false),
            tenant_index("events", &["reported_at"], false),
        ]);
        create(manager, events.to_owned(), indexes).await?;

        create(
            manager,
            tenant_table("event_links")
                .col(uuid("event_id"))
                .col(string_len("target_kind", 16))
                .col(uuid("target_id"))
                .foreign_key(&mut tenant_fk("event_links", "event_id", "events"))
                .to_owned(),
            vec![tenant_index("event_links", &["event_id"], false)],
        )
        .await?;

        create(
            manager,
            tenant_table("event_history")
                .col(uuid("event_id"))
                .col(string_len("action", 32))
                .col(string_len_null("from_status", 16))
                .col(string_len("to_status", 16))
                // Null for the scheduler.
                .col(uuid_null("actor_id"))
                .col(string_len("actor_name", 100))
                .col(timestamp_with_time_zone("at"))
                .col(text_null("comment"))
                .col(string_len("level", 16))
                .col(uuid_null("department_id"))
                // The phase deadline in force when the transition happened: "on time" is
                // `at <= deadline`, computed from history, never from counters.
                .col(timestamp_with_time_zone_null("deadline"))
                .col(json_binary_null("details"))
                .foreign_key(&mut tenant_fk("event_history", "event_id", "events"))
                .to_owned(),
            vec![
                tenant_index("event_history", &["event_id", "at"], false),
                tenant_index("event_history", &["action", "at"], false),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("event_attachments")
                .col(uuid("event_id"))
                .col(uuid_null("history_id"))
                .col(string_len("file_name", 200))
                .col(string_len("content_type", 64))
                .col(big_integer("size_bytes"))
                .col(string_len("storage_key", 200))
                .col(uuid_null("uploaded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk("event_attachments", "event_id", "events"))
                .to_owned(),
            vec![tenant_index("event_attachments", &["event_id"], false)],
        )
        .await?;

        create(
            manager,
            tenant_table("event_extensions")
                .col(uuid("event_id"))
                .col(integer("phase_seq"))
                .col(integer("extra_minutes"))
                .col(text("reason"))
                .col(string_len("status", 16))
                .col(uuid_null("requested_by"))
                .col(timestamp_with_time_zone("requested_at"))
                .col(uuid_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(text_null("decision_comment"))
                .col(timestamp_with_time_zone_null("old_deadline"))
                .col(timestamp_with_time_zone_null("new_deadline"))
                .foreign_key(&mut tenant_fk("event_extensions", "event_id", "events"))
                .to_owned(),
            vec![tenant_index("event_extensions", &["event_id"], false)],
        )
        .await?;

        create(
            manager,
            tenant_table("supervision_orders")
                .col(uuid("event_id"))
                .col(string_len("kind", 16))
                .col(string_len("card", 16))
                .col(text("message"))
                .col(uuid_null("raised_by"))
                .col(timestamp_with_time_zone("raised_at"))
                .col(timestamp_with_time_zone("reply_deadline"))
                .col(text_null("reply"))
                .col(uuid_null("replied_by"))
                .col(timestamp_with_time_zone_null("replied_at"))
                // Automatic orders: one per event phase, whatever the number of schedulers.
                .col(string_len_null("auto_key", 100))
                .col(integer("version").default(1))
                .foreign_key(&mut tenant_fk("supervision_orders", "event_id", "events"))
                .to_owned(),
            vec![
                tenant_index("supervision_orders", &["event_id"], false),
                tenant_index("supervision_orders", &["raised_at"], false),
                tenant_index("supervision_orders", &["auto_key"], true),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("event_disputes")
                .col(uuid_null("dispute_type_id"))
                .col(string_len("scale", 16))
                .col(big_integer_null("amount_fen"))
                .col(string_len("risk", 16))
                .col(text_null("agreement"))
                .col(string_len_null("outcome", 16))
                .col(date_null("outcome_on"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk("event_disputes", "id", "events"))
                .foreign_key(&mut tenant_fk(
                    "event_disputes",
                    "dispute_type_id",
                    "dispute_types",
                ))
                .to_owned(),
            vec![],
        )
        .await?;

        create(
            manager,
            tenant_table("dispute_parties")
                .col(uuid("event_id"))
                .col(string_len("name", 100))
                .col(string_len("kind", 16))
                .col(uuid_null("resident_id"))
                .col(text_null("phone_cipher"))
                .col(string_len_null("phone_masked", 32))
                .foreign_key(&mut tenant_fk("dispute_parties", "event_id", "events"))
                .foreign_key(&mut tenant_fk(
                    "dispute_parties",
                    "resident_id",
                    "residents",
                ))
                .to_owned(),
            vec![tenant_index("dispute_parties", &["event_id"], false)],
        )
        .await?;

        create(
            manager,
            tenant_table("mediation_sessions")
                .col(uuid("event_id"))
                .col(string_len("mediator", 100))
                .col(date("held_on"))
                .col(string_len("method", 16))
                .col(text_null("notes"))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk("mediation_sessions", "event_id", "events"))
                .to_owned(),
            vec![tenant_index(
                "mediation_sessions",
                &["event_id", "held_on"],
                false,
            )],
        )
        .await?;

        create(
            manager,
            tenant_table("notifications")
                .col(uuid("user_id"))
                .col(string_len("kind", 32))
                .col(uuid_null("event_id"))
                .col(text("message"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("read_at"))
                .foreign_key(&mut tenant_fk("notifications", "user_id", "users"))
                .to_owned(),
            vec![tenant_index(
                "notifications",
                &["user_id", "created_at"],
                false,
            )],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(Alias::new(*table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
