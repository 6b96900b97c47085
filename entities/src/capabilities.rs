//! What each table is, declared once beside its model with [`declare_table!`]: tenant-owned,
//! versioned, placed in the region tree, listed by name, batch-loadable by id. The server's
//! generic code (the tenant-bound transaction, optimistic versions, reach filters, pages by
//! name, batch loaders) works on these traits; a test checks the declarations against the
//! migrated database (every table with a `tenant_id` column is declared tenant-owned and, on
//! PostgreSQL, under forced row-level security).

use crate::enums::RegionKind;
use sea_orm::EntityTrait;
use sea_orm::prelude::Uuid;

/// A table whose rows belong to one tenant: reached only through the tenant-bound transaction,
/// which filters and stamps this column.
pub trait TenantOwned: EntityTrait {
    fn tenant_column() -> Self::Column;
}

/// A table with optimistic concurrency: a change names the version it was based on.
pub trait Versioned: TenantOwned {
    fn id_column() -> Self::Column;
    fn version_column() -> Self::Column;
}

/// A table whose rows carry the indexed ancestor ids of their region (`street_id`,
/// `community_id`, `grid_id`, `micro_grid_id`), so reach is one indexed filter.
pub trait InRegionTree: EntityTrait {
    /// The ancestor-id column of `level`; `None` for the county (the whole tenant).
    fn level_column(level: RegionKind) -> Option<Self::Column>;
}

/// Where a row is placed: its region and that region's ancestors (the region itself at its
/// own level).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionIds {
    pub region_id: Uuid,
    pub street_id: Option<Uuid>,
    pub community_id: Option<Uuid>,
    pub grid_id: Option<Uuid>,
    pub micro_grid_id: Option<Uuid>,
}

/// A row placed in the region tree (an archive row), which knows its region and ancestors.
pub trait PlacedRow {
    fn region_ids(&self) -> RegionIds;
}

/// A placed table listed by name, then id.
pub trait ListedByName: Versioned + InRegionTree {
    fn name_column() -> Self::Column;
    fn name_and_id(row: &Self::Model) -> (&str, Uuid);
}

/// A row with a UUID key within its tenant (batch loaders key by it).
pub trait Keyed {
    fn key(&self) -> Uuid;
}

/// One table's declared capabilities, collected from every [`declare_table!`] for the test
/// that compares them with the migrated schema.
#[derive(Debug)]
pub struct TableFacts {
    pub table: fn() -> &'static str,
    pub capabilities: &'static [&'static str],
}

inventory::collect!(TableFacts);

/// Every declared table with its capabilities (the platform's `tenants` table declares none).
pub fn declared_tables() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    inventory::iter::<TableFacts>
        .into_iter()
        .map(|facts| ((facts.table)(), facts.capabilities))
}

/// Declares the table of the module it is called in (its `Entity`, `Column`, `Model`): each
/// capability named implements its trait from the conventional columns.
macro_rules! declare_table {
    ($($capability:ident),* $(,)?) => {
        $($crate::capabilities::capability!($capability);)*
        inventory::submit! {
            $crate::capabilities::TableFacts {
                table: || sea_orm::EntityName::table_name(&Entity),
                capabilities: &[$(stringify!($capability)),*],
            }
        }
    };
}

macro_rules! capability {
    (tenant_owned) => {
        impl $crate::capabilities::TenantOwned for Entity {
            fn tenant_column() -> Column {
                Column::TenantId
            }
        }
    };
    (versioned) => {
        impl $crate::capabilities::Versioned for Entity {
            fn id_column() -> Column {
                Column::Id
            }
            fn version_column() -> Column {
                Column::Version
            }
        }
    };
    (in_region_tree) => {
        impl $crate::capabilities::InRegionTree for Entity {
            fn level_column(level: $crate::enums::RegionKind) -> Option<Column> {
                use $crate::enums::RegionKind;
                match level {
                    RegionKind::County => None,
                    RegionKind::Street => Some(Column::StreetId),
                    RegionKind::Community => Some(Column::CommunityId),
                    RegionKind::Grid => Some(Column::GridId),
                    RegionKind::MicroGrid => Some(Column::MicroGridId),
                }
            }
        }
    };
    (placed) => {
        impl $crate::capabilities::PlacedRow for Model {
            fn region_ids(&self) -> $crate::capabilities::RegionIds {
                $crate::capabilities::RegionIds {
                    region_id: self.region_id,
                    street_id: self.street_id,
                    community_id: self.community_id,
                    grid_id: self.grid_id,
                    micro_grid_id: self.micro_grid_id,
                }
            }
        }
    };
    (listed_by_name) => {
        impl $crate::capabilities::ListedByName for Entity {
            fn name_column() -> Column {
                Column::Name
            }
            fn name_and_id(row: &Model) -> (&str, sea_orm::prelude::Uuid) {
                (&row.name, row.id)
            }
        }
    };
    (keyed) => {
        impl $crate::capabilities::Keyed for Model {
            fn key(&self) -> sea_orm::prelude::Uuid {
                self.id
            }
        }
    };
}

pub(crate) use {capability, declare_table};
