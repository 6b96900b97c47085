//! [`payload!`]: a mutation's payload — `{ <thing>: T, userErrors: [UserError!]! }` — declared in
//! one place. A generic `Payload<T>` would rename every field to one name in the schema; the
//! macro keeps each payload's own type name, field name and descriptions.

/// Declares a mutation's payload type with its one value field (nullable: null when
/// `userErrors` says why not) and `userErrors`, plus its constructors:
///
/// ```ignore
/// payload! {
///     /// What the payload is.
///     pub struct RegionPayload {
///         /// The region as it is now; null when `userErrors` says why not.
///         region: Region,
///     }
/// }
/// RegionPayload::of(service::create(..).await, Region)
/// ```
///
/// - `of(result, map)`: a service's result, its value mapped; its user errors (`Invalid`) into
///   `userErrors`; any other error ("you can't") stays a top-level error;
/// - `new(value, user_errors)`: from parts, for a value that needs more work (another read)
///   before it is shown.
macro_rules! payload {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(#[$field_meta:meta])*
            $field:ident: $ty:ty $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(async_graphql::SimpleObject)]
        pub struct $name {
            $(#[$field_meta])*
            pub $field: Option<$ty>,
            pub user_errors: Vec<$crate::graphql::common::UserError>,
        }

        #[allow(dead_code)]
        impl $name {
            pub fn new(
                $field: Option<$ty>,
                user_errors: Vec<$crate::graphql::common::UserError>,
            ) -> Self {
                Self { $field, user_errors }
            }

            pub fn of<T>(
                result: $crate::error::AppResult<T>,
                map: impl FnOnce(T) -> $ty,
            ) -> async_graphql::Result<Self> {
                let (value, user_errors) = $crate::graphql::common::into_payload(result)?;
                Ok(Self::new(value.map(map), user_errors))
            }
        }
    };
}
pub(crate) use payload;
