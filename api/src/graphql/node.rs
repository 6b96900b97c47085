//! The `Node` interface and `node(id:)`: any object by its global id.

use super::context::request;
use super::departments::Department;
use super::events::types::{Event, SupervisionOrder};
use super::key_groups::KeyGroup;
use super::organisations::{Facility, Organisation};
use super::party::types::{PartyMember, PartyOrganisation};
use super::places::{Building, House, Household};
use super::regions::Region;
use super::residents::Resident;
use super::teams::Staff;
use super::tenants::Tenant;
use super::users::User;
use crate::domain::{GlobalId, NodeType};
use crate::error::AppError;
use crate::service;
use async_graphql::{Context, ID, Interface, Object};

/// An object with a global id.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "The object's opaque global id."))]
pub enum Node {
    Region(Region),
    Department(Department),
    User(User),
    Tenant(Tenant),
    Resident(Resident),
    Building(Building),
    House(House),
    Household(Household),
    KeyGroup(KeyGroup),
    Organisation(Organisation),
    Facility(Facility),
    Staff(Staff),
    PartyOrganisation(PartyOrganisation),
    PartyMember(PartyMember),
    Event(Event),
    SupervisionOrder(SupervisionOrder),
}

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Any object by its global id, with the same permission the object's own query needs.
    /// `NOT_FOUND` when it does not exist or is outside the caller's reach.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Node> {
        let global = GlobalId::decode(&id)?;
        let rc = request(ctx);
        let access = rc.access().await?;
        let conn = rc.conn().await?;
        Ok(match global.node_type {
            NodeType::Region => Node::Region(Region(
                service::regions::get(conn, access, global.id).await?,
            )),
            NodeType::Department => Node::Department(Department(
                service::departments::get(conn, access, global.id).await?,
            )),
            NodeType::User => Node::User(User(service::users::get(conn, access, global.id).await?)),
            NodeType::Tenant => Node::Tenant(Tenant(
                service::tenants::get(conn, access, global.id).await?,
            )),
            NodeType::Resident => Node::Resident(Resident(
                service::archives::residents::get(conn, access, global.id).await?,
            )),
            NodeType::Building => Node::Building(Building(
                service::archives::places::building(conn, access, global.id).await?,
            )),
            NodeType::House => Node::House(House(
                service::archives::places::house(conn, access, global.id).await?,
            )),
            NodeType::Household => Node::Household(Household(
                service::archives::places::household(conn, access, global.id).await?,
            )),
            NodeType::KeyGroup => Node::KeyGroup(KeyGroup(
                service::archives::key_groups::get(conn, access, global.id).await?,
            )),
            NodeType::Organisation => Node::Organisation(Organisation(
                service::archives::organisations::organisation(conn, access, global.id).await?,
            )),
            NodeType::Facility => Node::Facility(Facility(
                service::archives::organisations::facility(conn, access, global.id).await?,
            )),
            NodeType::Staff => Node::Staff(Staff(
                service::archives::teams::get(conn, access, global.id).await?,
            )),
            NodeType::PartyOrganisation => Node::PartyOrganisation(PartyOrganisation::new(
                service::party::organisations::get(conn, access, global.id).await?,
            )),
            NodeType::PartyMember => Node::PartyMember(PartyMember(
                service::party::members::get(conn, access, global.id).await?,
            )),
            NodeType::Event => Node::Event(Event(
                service::events::visible(conn, access, global.id).await?,
            )),
            NodeType::SupervisionOrder => {
                let order = service::events::supervision::order(conn, global.id).await?;
                service::events::visible(conn, access, order.event_id)
                    .await
                    .map_err(|_| AppError::NotFound("node"))?;
                Node::SupervisionOrder(SupervisionOrder(order))
            }
            NodeType::RoleAssignment
            | NodeType::EventCategory
            | NodeType::EventHistoryEntry
            | NodeType::EventAttachment
            | NodeType::EventExtension
            | NodeType::DisputeType
            | NodeType::MediationSession
            | NodeType::Notification
            | NodeType::PartyOfficer
            | NodeType::PartyCommitment
            | NodeType::PartyPointEntry
            | NodeType::PartyMeeting
            | NodeType::KeyGroupMembership
            | NodeType::StaffAssignment
            | NodeType::ImportJob => {
                return Err(AppError::NotFound("node").into());
            }
        })
    }
}
