//! The party archives (domain.md §5): the organisation tree gains terms, joint-branch units,
//! ancestor region ids and a version; party members and their transfers, officers with terms,
//! commitments and their progress, the points ledger, meetings with attendance, and the yearly
//! democratic evaluation.
//!
//! A member who lives in the county links to the resident (one person, one record); name, gender
//! and birth date are copied from it so figures group without a join. A member who does not
//! (a floating member living elsewhere, an in-service member reporting from a work unit) keeps
//! the identifiers here, sealed like a resident's.

use crate::tables::{region_column_indexes, tenant_fk, tenant_index, tenant_table};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; dropped in reverse.
pub const TABLES: &[&str] = &[
    "party_members",
    "party_member_transfers",
    "party_officers",
    "party_commitments",
    "party_commitment_notes",
    "party_point_entries",
    "party_meetings",
    "party_meeting_attendance",
    "party_evaluations",
];

/// Columns added to the foundation's `party_organisations`.
const ORGANISATION_COLUMNS: &[&str] = &[
    "street_id",
    "community_id",
    "grid_id",
    "micro_grid_id",
    "term_start",
    "term_end",
    "covered_units",
    "version",
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

fn add_column(column: ColumnDef) -> TableAlterStatement {
    Table::alter()
        .table(Alias::new("party_organisations"))
        .add_column(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        for column in [
            uuid_null("street_id"),
            uuid_null("community_id"),
            uuid_null("grid_id"),
            uuid_null("micro_grid_id"),
            date_null("term_start"),
            date_null("term_end"),
            integer_null("covered_units"),
            integer("version").default(1).to_owned(),
        ] {
            manager.alter_table(add_column(column)).await?;
        }
        for index in region_column_indexes("party_organisations") {
            manager.create_index(index).await?;
        }
        manager
            .create_index(tenant_index("party_organisations", &["parent_id"], false))
            .await?;
        // Regions of organisations created before this migration.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE party_organisations SET
                   street_id = (SELECT r.street_id FROM regions r
                     WHERE r.tenant_id = party_organisations.tenant_id AND r.id = party_organisations.region_id),
                   community_id = (SELECT r.community_id FROM regions r
                     WHERE r.tenant_id = party_organisations.tenant_id AND r.id = party_organisations.region_id),
                   grid_id = (SELECT r.grid_id FROM regions r
                     WHERE r.tenant_id = party_organisations.tenant_id AND r.id = party_organisations.region_id),
                   micro_grid_id = (SELECT r.micro_grid_id FROM regions r
                     WHERE r.tenant_id = party_organisations.tenant_id AND r.id = party_organisations.region_id)
                 WHERE region_id IS NOT NULL",
            )
            .await?;

        let mut members = tenant_table("party_members");
        members
            .col(uuid("organisation_id"))
            .col(uuid_null("resident_id"))
            .col(string_len("name", 50))
            .col(string_len("gender", 16))
            .col(date_null("birth_date"))
            .col(text_null("id_card_cipher"))
            .col(string_len_null("id_card_hash", 64))
            .col(string_len_null("id_card_masked", 32))
            .col(text_null("phone_cipher"))
            .col(string_len_null("phone_hash", 64))
            .col(string_len_null("phone_masked", 32))
            .col(string_len("status", 16))
            .col(date("joined_on"))
            .col(date_null("confirmed_on"))
            .col(string_len("member_type", 16))
            .col(string_len_null("floating_from", 100))
            .col(string_len_null("floating_to", 100))
            .col(string_len_null("work_unit", 100))
            .col(uuid_null("reported_community_id"))
            .col(boolean("centre_household").default(false))
            .col(date_null("left_on"))
            .col(string_len_null("left_to", 100))
            // The region of the organisation the member belongs to (its ancestors per level).
            .col(uuid_null("region_id"))
            .col(uuid_null("street_id"))
            .col(uuid_null("community_id"))
            .col(uuid_null("grid_id"))
            .col(uuid_null("micro_grid_id"))
            .col(integer("version").default(1))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut tenant_fk(
                "party_members",
                "organisation_id",
                "party_organisations",
            ))
            .foreign_key(&mut tenant_fk("party_members", "resident_id", "residents"))
            .foreign_key(&mut tenant_fk(
                "party_members",
                "reported_community_id",
                "regions",
            ));
        let mut indexes = region_column_indexes("party_members");
        indexes.extend([
            tenant_index("party_members", &["organisation_id", "name", "id"], false),
            tenant_index("party_members", &["name", "id"], false),
            tenant_index("party_members", &["resident_id"], true),
            tenant_index("party_members", &["id_card_hash"], true),
        ]);
        create(manager, members.to_owned(), indexes).await?;

        create(
            manager,
            tenant_table("party_member_transfers")
                .col(uuid("member_id"))
                .col(string_len("kind", 16))
                .col(uuid_null("from_organisation_id"))
                .col(uuid_null("to_organisation_id"))
                .col(string_len_null("from_place", 100))
                .col(string_len_null("to_place", 100))
                .col(date("moved_on"))
                .col(string_len_null("reason", 500))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "party_member_transfers",
                    "member_id",
                    "party_members",
                ))
                .to_owned(),
            vec![tenant_index(
                "party_member_transfers",
                &["member_id", "moved_on"],
                false,
            )],
        )
        .await?;

        create(
            manager,
            tenant_table("party_officers")
                .col(uuid("organisation_id"))
                .col(uuid("member_id"))
                .col(string_len("role", 32))
                .col(date("term_start"))
                .col(date_null("term_end"))
                .col(date_null("ended_on"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "party_officers",
                    "organisation_id",
                    "party_organisations",
                ))
                .foreign_key(&mut tenant_fk(
                    "party_officers",
                    "member_id",
                    "party_members",
                ))
                .to_owned(),
            vec![tenant_index("party_officers", &["organisation_id"], false)],
        )
        .await?;

        create(
            manager,
            tenant_table("party_commitments")
                .col(uuid("member_id"))
                .col(uuid("organisation_id"))
                .col(date("period_start"))
                .col(date("period_end"))
                .col(string_len("pledge", 1000))
                .col(string_len_null("grade", 32))
                .col(string_len_null("evaluation", 1000))
                .col(uuid_null("evaluated_by"))
                .col(date_null("evaluated_on"))
                .col(integer("version").default(1))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk(
                    "party_commitments",
                    "member_id",
                    "party_members",
                ))
                .to_owned(),
            vec![tenant_index(
                "party_commitments",
                &["member_id", "period_start"],
                false,
            )],
        )
        .await?;

        create(
            manager,
            tenant_table("party_commitment_notes")
                .col(uuid("commitment_id"))
                .col(date("noted_on"))
                .col(string_len("note", 1000))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "party_commitment_notes",
                    "commitment_id",
                    "party_commitments",
                ))
                .to_owned(),
            vec![tenant_index(
                "party_commitment_notes",
                &["commitment_id"],
                false,
            )],
        )
        .await?;

        create(
            manager,
            tenant_table("party_point_entries")
                .col(uuid("member_id"))
                .col(uuid("organisation_id"))
                .col(date("awarded_on"))
                .col(integer("points"))
                .col(double("service_hours").default(0.0))
                .col(string_len("activity", 200))
                .col(string_len_null("reason", 500))
                .col(uuid_null("awarded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "party_point_entries",
                    "member_id",
                    "party_members",
                ))
                .foreign_key(&mut tenant_fk(
                    "party_point_entries",
                    "organisation_id",
                    "party_organisations",
                ))
                .to_owned(),
            vec![
                tenant_index("party_point_entries", &["member_id", "awarded_on"], false),
                tenant_index(
                    "party_point_entries",
                    &["organisation_id", "awarded_on"],
                    false,
                ),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("party_meetings")
                .col(uuid("organisation_id"))
                .col(string_len("kind", 32))
                .col(date("held_on"))
                .col(string_len("topic", 200))
                .col(string_len_null("notes", 2000))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut tenant_fk(
                    "party_meetings",
                    "organisation_id",
                    "party_organisations",
                ))
                .to_owned(),
            vec![
                tenant_index("party_meetings", &["organisation_id", "held_on"], false),
                tenant_index("party_meetings", &["held_on"], false),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("party_meeting_attendance")
                .col(uuid("meeting_id"))
                .col(uuid("member_id"))
                .col(string_len("attendance", 16))
                .foreign_key(&mut tenant_fk(
                    "party_meeting_attendance",
                    "meeting_id",
                    "party_meetings",
                ))
                .foreign_key(&mut tenant_fk(
                    "party_meeting_attendance",
                    "member_id",
                    "party_members",
                ))
                .to_owned(),
            vec![
                tenant_index(
                    "party_meeting_attendance",
                    &["meeting_id", "member_id"],
                    true,
                ),
                tenant_index("party_meeting_attendance", &["member_id"], false),
            ],
        )
        .await?;

        create(
            manager,
            tenant_table("party_evaluations")
                .col(uuid("member_id"))
                .col(uuid("organisation_id"))
                .col(integer("year"))
                .col(string_len("grade", 32))
                .col(string_len_null("decision", 1000))
                .col(date("decided_on"))
                .col(uuid_null("recorded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut tenant_fk(
                    "party_evaluations",
                    "member_id",
                    "party_members",
                ))
                .to_owned(),
            vec![
                tenant_index("party_evaluations", &["member_id", "year"], true),
                tenant_index("party_evaluations", &["organisation_id", "year"], false),
            ],
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
        for index in [
            "region_id",
            "street_id",
            "community_id",
            "grid_id",
            "parent_id",
        ] {
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("ix_party_organisations_{index}"))
                        .table(Alias::new("party_organisations"))
                        .to_owned(),
                )
                .await?;
        }
        for column in ORGANISATION_COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("party_organisations"))
                        .drop_column(Alias::new(*column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
