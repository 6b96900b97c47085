//! Helpers shared by migrations: the tenant-leading keys every tenant table uses.

use sea_orm_migration::{prelude::*, schema::*};

/// `(tenant_id, id)`: the primary key of every tenant-owned table, so the schema can later be
/// distributed by tenant.
pub fn tenant_pk(table: &str) -> IndexCreateStatement {
    Index::create()
        .name(format!("pk_{table}"))
        .col("tenant_id")
        .col("id")
        .primary()
        .to_owned()
}

/// A foreign key from `(tenant_id, column)` to `(tenant_id, id)` of `target`.
pub fn tenant_fk(table: &str, column: &str, target: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from_tbl(Alias::new(table))
        .from_col(Alias::new("tenant_id"))
        .from_col(Alias::new(column))
        .to_tbl(Alias::new(target))
        .to_col(Alias::new("tenant_id"))
        .to_col(Alias::new("id"))
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

/// An index leading with `tenant_id`.
/// The name of the tenant index on `table (tenant_id, columns…)`.
pub fn index_name(table: &str, columns: &[&str]) -> String {
    format!("ix_{table}_{}", columns.join("_"))
}

pub fn tenant_index(table: &str, columns: &[&str], unique: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(index_name(table, columns))
        .table(Alias::new(table))
        .col(Alias::new("tenant_id"));
    for column in columns {
        index.col(Alias::new(*column));
    }
    if unique {
        index.unique();
    }
    index.to_owned()
}

/// A tenant-owned table: `tenant_id`, `id`, the `(tenant_id, id)` key and the tenant foreign key.
pub fn tenant_table(name: &str) -> TableCreateStatement {
    Table::create()
        .table(Alias::new(name))
        .col(uuid("tenant_id"))
        .col(uuid("id"))
        .primary_key(&mut tenant_pk(name))
        .foreign_key(
            ForeignKey::create()
                .name(format!("fk_{name}_tenant"))
                .from_col(Alias::new("tenant_id"))
                .to_tbl(Alias::new("tenants"))
                .to_col(Alias::new("id"))
                .on_delete(ForeignKeyAction::Restrict),
        )
        .to_owned()
}

/// Where a row sits in the region tree: the region it belongs to and that region's ancestor ids
/// per level (the region itself at its own level), each indexed, so a scope filter is one index
/// lookup (see `api/src/service/common/region_scope.rs`).
pub fn with_region_columns(table: &mut TableCreateStatement, name: &str) {
    table
        .col(uuid("region_id"))
        .col(uuid_null("street_id"))
        .col(uuid_null("community_id"))
        .col(uuid_null("grid_id"))
        .col(uuid_null("micro_grid_id"))
        .foreign_key(&mut tenant_fk(name, "region_id", "regions"));
}

/// The indexes [`with_region_columns`] needs.
pub fn region_column_indexes(name: &str) -> Vec<IndexCreateStatement> {
    ["region_id", "street_id", "community_id", "grid_id"]
        .iter()
        .map(|column| tenant_index(name, &[column], false))
        .collect()
}

/// PostgreSQL: grants the application role `privileges` on a tenant table and turns on
/// row-level security with the tenant policy (see migration 000003 for the why).
pub fn tenant_rls_sql(table: &str, privileges: &str) -> String {
    let role = crate::APP_ROLE;
    format!(
        "GRANT {privileges} ON {table} TO {role};
         ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
         ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
         CREATE POLICY tenant_isolation ON {table}
           USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
           WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);"
    )
}

/// PostgreSQL: undoes [`tenant_rls_sql`].
pub fn drop_tenant_rls_sql(table: &str) -> String {
    let role = crate::APP_ROLE;
    format!(
        "DROP POLICY IF EXISTS tenant_isolation ON {table};
         ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;
         ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;
         REVOKE ALL ON {table} FROM {role};"
    )
}
