//! Opaque global ids for the `Node` interface: base64url of `Type:uuid`. A client treats them
//! as strings; the server knows which table an id belongs to.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeType {
    Tenant,
    Region,
    Department,
    User,
    RoleAssignment,
    PartyOrganisation,
    Building,
    House,
    Household,
    Resident,
    KeyGroup,
    KeyGroupMembership,
    Organisation,
    Facility,
    Staff,
    StaffAssignment,
    ImportJob,
    PartyMember,
    PartyOfficer,
    PartyCommitment,
    PartyPointEntry,
    PartyMeeting,
    Event,
    EventCategory,
    EventHistoryEntry,
    EventAttachment,
    EventExtension,
    SupervisionOrder,
    DisputeType,
    MediationSession,
    Notification,
}

impl NodeType {
    fn as_str(self) -> &'static str {
        match self {
            Self::Tenant => "Tenant",
            Self::Region => "Region",
            Self::Department => "Department",
            Self::User => "User",
            Self::RoleAssignment => "RoleAssignment",
            Self::PartyOrganisation => "PartyOrganisation",
            Self::Building => "Building",
            Self::House => "House",
            Self::Household => "Household",
            Self::Resident => "Resident",
            Self::KeyGroup => "KeyGroup",
            Self::KeyGroupMembership => "KeyGroupMembership",
            Self::Organisation => "Organisation",
            Self::Facility => "Facility",
            Self::Staff => "Staff",
            Self::StaffAssignment => "StaffAssignment",
            Self::ImportJob => "ImportJob",
            Self::PartyMember => "PartyMember",
            Self::PartyOfficer => "PartyOfficer",
            Self::PartyCommitment => "PartyCommitment",
            Self::PartyPointEntry => "PartyPointEntry",
            Self::PartyMeeting => "PartyMeeting",
            Self::Event => "Event",
            Self::EventCategory => "EventCategory",
            Self::EventHistoryEntry => "EventHistoryEntry",
            Self::EventAttachment => "EventAttachment",
            Self::EventExtension => "EventExtension",
            Self::SupervisionOrder => "SupervisionOrder",
            Self::DisputeType => "DisputeType",
            Self::MediationSession => "MediationSession",
            Self::Notification => "Notification",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        [
            Self::Tenant,
            Self::Region,
            Self::Department,
            Self::User,
            Self::RoleAssignment,
            Self::PartyOrganisation,
            Self::Building,
            Self::House,
            Self::Household,
            Self::Resident,
            Self::KeyGroup,
            Self::KeyGroupMembership,
            Self::Organisation,
            Self::Facility,
            Self::Staff,
            Self::StaffAssignment,
            Self::ImportJob,
            Self::PartyMember,
            Self::PartyOfficer,
            Self::PartyCommitment,
            Self::PartyPointEntry,
            Self::PartyMeeting,
            Self::Event,
            Self::EventCategory,
            Self::EventHistoryEntry,
            Self::EventAttachment,
            Self::EventExtension,
            Self::SupervisionOrder,
            Self::DisputeType,
            Self::MediationSession,
            Self::Notification,
        ]
        .into_iter()
        .find(|t| t.as_str() == name)
    }
}

/// Why a raw id was refused. Like `AppError`, deliberately not `Display`: it reaches a client
/// only through `AppError` (`error.rs`), which gives it its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// Not a global id at all (`BAD_USER_INPUT`); the message echoes the id in part.
    Malformed(String),
    /// A well-formed id of another type: it names no `what` (`NOT_FOUND`).
    OtherType(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalId {
    pub node_type: NodeType,
    pub id: Uuid,
}

impl GlobalId {
    pub fn new(node_type: NodeType, id: Uuid) -> Self {
        Self { node_type, id }
    }

    pub fn encode(node_type: NodeType, id: Uuid) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}:{}", node_type.as_str(), id))
    }

    /// Any global id.
    pub fn decode(raw: &str) -> Result<Self, IdError> {
        // The id is echoed only in part: a megabyte of garbage is not sent back.
        let shown: String = raw.chars().take(40).collect();
        let ellipsis = if raw.chars().nth(40).is_some() {
            "…"
        } else {
            ""
        };
        let malformed = || IdError::Malformed(format!("'{shown}{ellipsis}' is not a valid id"));
        let bytes = URL_SAFE_NO_PAD
            .decode(raw.trim())
            .map_err(|_| malformed())?;
        let text = String::from_utf8(bytes).map_err(|_| malformed())?;
        let (name, uuid) = text.split_once(':').ok_or_else(malformed)?;
        let node_type = NodeType::parse(name).ok_or_else(malformed)?;
        let id = Uuid::parse_str(uuid).map_err(|_| malformed())?;
        Ok(Self { node_type, id })
    }

    /// An id that must name a `node_type`; an id of another type names nothing of that type.
    pub fn decode_as(raw: &str, node_type: NodeType, what: &'static str) -> Result<Uuid, IdError> {
        let id = Self::decode(raw)?;
        if id.node_type != node_type {
            return Err(IdError::OtherType(what));
        }
        Ok(id.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let id = Uuid::now_v7();
        let encoded = GlobalId::encode(NodeType::Region, id);
        assert_eq!(
            GlobalId::decode_as(&encoded, NodeType::Region, "region").ok(),
            Some(id)
        );
    }

    #[test]
    fn another_type_names_nothing_and_garbage_is_malformed() {
        let encoded = GlobalId::encode(NodeType::User, Uuid::now_v7());
        assert!(matches!(
            GlobalId::decode_as(&encoded, NodeType::Region, "region"),
            Err(IdError::OtherType("region"))
        ));
        assert!(matches!(
            GlobalId::decode("%%%"),
            Err(IdError::Malformed(_))
        ));
        assert!(matches!(
            GlobalId::decode("UmVnaW9uOm5vcGU"),
            Err(IdError::Malformed(_))
        ));
    }
}
