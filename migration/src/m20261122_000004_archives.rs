//! The archives (domain.md §2–4, §6): buildings, houses, households, residents and their
//! timeline, key groups and memberships, organisations, public facilities, grid-team staff and
//! their grid assignments, import jobs, and per-tenant settings.
//!
//! Personal identifiers (ID-card numbers, phones) are stored as AES-256-GCM envelopes that name
//! their key (`*_cipher`), a keyed hash for exact lookup (`*_hash`), and the masked form shown
//! by default (`*_masked`). No column holds a full identifier in plain text.

use crate::tables::{
    region_column_indexes, tenant_fk, tenant_index, tenant_table, with_region_columns,
};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; dropped in reverse.
pub const TABLES: &[&str] = &[
    "tenant_settings",
    "buildings",
    "houses",
    "households",
    "residents",
    "resident_moves",
    "key_groups",
    "resident_key_groups",
    "organisations",
    "facilities",
    "staff",
    "staff_assignments",
    "import_jobs",
];

fn placed_table(name: &str) -> TableCreateStatement {
    let mut table = tenant_table(name);
    with_region_columns(&mut table, name);
    table
}

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

fn placed_indexes(name: &str, mut more: Vec<IndexCreateStatement>) -> Vec<IndexCreateStatement> {
    let mut indexes = region_column_indexes(name);
    indexes.append(&mut more);
    indexes
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create(
            manager,
            Table::create()
                .table(Alias::new("tenant_settings"))
                .col(uuid("tenant_id"))
                .col(string_len("key", 64))
                .col(json_binary("value"))
                .col(timestamp_with_time_zone("updated_at"))
                .primary_key(
                    Index::create()
                        .name("pk_tenant_settings")
                        .col("tenant_id")
                        .col("key"),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_tenant_settings_tenant")
                        .from_col(Alias::new("tenant_id"))
                        .to_tbl(Alias::new("tenants"))
                        .to_col(Alias::new("id"))
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
            vec![],
        )
        .await?;

        create(
            manager,
            placed_table("buildings")
                .col(string_len("name", 100))
                .col(string_len_null("address", 200))
                .col(integer_null("floors"))
                .col(integer_null("unit_count"))
                .col(double_null("center_lng"))
                .col(double_null("center_lat"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
            placed_indexes(
                "buildings",
                vec![tenant_index("buildings", &["region_id", "name"], true)],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("houses")
                .col(uuid("building_id"))
                .col(string_len("unit", 16))
                .col(integer_null("floor"))
                .col(string_len("room", 32))
                .col(string_len("house_use", 32))
                .col(double_null("area"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk("houses", "building_id", "buildings"))
                .to_owned(),
            placed_indexes(
                "houses",
                vec![
                    tenant_index("houses", &["building_id", "unit", "room"], true),
                    tenant_index("houses", &["house_use"], false),
                ],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("households")
                .col(string_len("number", 32))
                .col(uuid_null("house_id"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk("households", "house_id", "houses"))
                .to_owned(),
            placed_indexes(
                "households",
                vec![
                    tenant_index("households", &["number"], true),
                    tenant_index("households", &["house_id"], false),
                ],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("residents")
                .col(string_len("name", 50))
                .col(string_len("gender", 16))
                .col(date_null("birth_date"))
                .col(text_null("id_card_cipher"))
                .col(string_len_null("id_card_hash", 64))
                .col(string_len_null("id_card_masked", 32))
                .col(text_null("phone_cipher"))
                .col(string_len_null("phone_hash", 64))
                .col(string_len_null("phone_masked", 32))
                .col(string_len_null("ethnicity", 32))
                .col(string_len("residence_type", 16))
                .col(string_len_null("political_status", 32))
                .col(uuid_null("house_id"))
                .col(uuid_null("household_id"))
                .col(string_len_null("relationship", 32))
                .col(string_len("status", 16))
                .col(json_binary("tags"))
                .col(string_len_null("note", 500))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk("residents", "house_id", "houses"))
                .foreign_key(&mut tenant_fk("residents", "household_id", "households"))
                .to_owned(),
            placed_indexes(
                "residents",
                vec![
                    tenant_index("residents", &["id_card_hash"], true),
                    tenant_index("residents", &["phone_hash"], false),
                    tenant_index("residents", &["name", "id"], false),
                    tenant_index("residents", &["household_id"], false),
                    tenant_index("residents", &["house_id"], false),
                    tenant_index("residents", &["community_id", "name", "id"], false),
                ],
            ),
        )
        .await?;

        create(
            manager,
            tenant_table("resident_moves")
                .col(uuid("resident_id"))
                .col(string_len("kind", 16))
                .col(date("occurred_on"))
                .col(uuid_null("from_region_id"))
                .col(uuid_null("from_house_id"))
                .col(uuid_null("to_region_id"))
                .col(uuid_null("to_house_id"))
                .col(string_len_null("place", 200))
                .col(string_len_null("note", 500))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk("resident_moves", "resident_id", "residents"))
                .to_owned(),
            vec![tenant_index(
                "resident_moves",
                &["resident_id", "occurred_on"],
                false,
            )],
        )
        .await?;

        create(
            manager,
            tenant_table("key_groups")
                .col(string_len("code", 32))
                .col(string_len("name", 50))
                .col(string_len("care_level", 16))
                .col(integer("visit_interval_days"))
                .col(boolean("sensitive"))
                .col(boolean("has_risk_level"))
                .col(boolean("builtin"))
                .col(string_len_null("description", 500))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
            vec![tenant_index("key_groups", &["code"], true)],
        )
        .await?;

        create(
            manager,
            tenant_table("resident_key_groups")
                .col(uuid("resident_id"))
                .col(uuid("key_group_id"))
                .col(date("started_on"))
                .col(date_null("ended_on"))
                .col(integer_null("risk_level"))
                .col(string_len_null("note", 500))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "resident_key_groups",
                    "resident_id",
                    "residents",
                ))
                .foreign_key(&mut tenant_fk(
                    "resident_key_groups",
                    "key_group_id",
                    "key_groups",
                ))
                .to_owned(),
            vec![
                tenant_index("resident_key_groups", &["resident_id"], false),
                tenant_index("resident_key_groups", &["key_group_id", "ended_on"], false),
            ],
        )
        .await?;

        create(
            manager,
            placed_table("organisations")
                .col(string_len("kind", 32))
                .col(string_len("name", 100))
                .col(string_len_null("credit_code", 18))
                .col(string_len_null("address", 200))
                .col(string_len_null("contact_name", 50))
                .col(string_len_null("office_phone", 32))
                .col(string_len_null("risk_category", 32))
                .col(string_len_null("pledged_resources", 500))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
            placed_indexes(
                "organisations",
                vec![tenant_index("organisations", &["kind", "name"], false)],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("facilities")
                .col(string_len("kind", 32))
                .col(string_len("name", 100))
                .col(string_len_null("code", 32))
                .col(double("lng"))
                .col(double("lat"))
                .col(uuid_null("owner_department_id"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk(
                    "facilities",
                    "owner_department_id",
                    "departments",
                ))
                .to_owned(),
            placed_indexes(
                "facilities",
                vec![tenant_index("facilities", &["kind"], false)],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("staff")
                .col(string_len("name", 50))
                .col(string_len("gender", 16))
                .col(integer_null("birth_year"))
                .col(string_len_null("education", 32))
                .col(boolean("party_member"))
                .col(string_len_null("qualification", 32))
                .col(string_len_null("source", 32))
                .col(string_len_null("employment_type", 32))
                .col(date_null("started_on"))
                .col(text_null("phone_cipher"))
                .col(string_len_null("phone_hash", 64))
                .col(string_len_null("phone_masked", 32))
                .col(integer_null("star_level"))
                .col(uuid_null("user_id"))
                .col(string_len("status", 16))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk("staff", "user_id", "users"))
                .to_owned(),
            placed_indexes(
                "staff",
                vec![
                    tenant_index("staff", &["phone_hash"], false),
                    tenant_index("staff", &["user_id"], false),
                    tenant_index("staff", &["name", "id"], false),
                ],
            ),
        )
        .await?;

        create(
            manager,
            placed_table("staff_assignments")
                .col(uuid("staff_id"))
                .col(string_len("team_role", 32))
                .col(date("started_on"))
                .col(date_null("ended_on"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk("staff_assignments", "staff_id", "staff"))
                .to_owned(),
            placed_indexes(
                "staff_assignments",
                vec![tenant_index("staff_assignments", &["staff_id"], false)],
            ),
        )
        .await?;

        create(
            manager,
            tenant_table("import_jobs")
                .col(string_len("kind", 16))
                .col(string_len("status", 16))
                .col(boolean("dry_run"))
                .col(string_len("file_name", 200))
                .col(integer("total_rows"))
                .col(integer("processed_rows"))
                .col(integer("created_count"))
                .col(integer("updated_count"))
                .col(integer("error_count"))
                .col(json_binary("errors"))
                .col(string_len_null("failure", 500))
                .col(uuid("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("finished_at"))
                .to_owned(),
            vec![tenant_index("import_jobs", &["created_at"], false)],
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
