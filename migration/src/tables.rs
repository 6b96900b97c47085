//! Helpers shared by migrations: the tenant-leading keys every tenant table uses.

use sea_orm_migration::prelude::*;

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
pub fn tenant_index(table: &str, columns: &[&str], unique: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(format!("ix_{table}_{}", columns.join("_")))
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
