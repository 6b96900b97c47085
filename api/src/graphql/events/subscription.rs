//! Live updates over WebSocket (graphql-transport-ws; the access token in `connection_init`).
//! Each subscription filters the process's bus feed by the subscriber's tenant and reach, so
//! a client never receives a change of an event it may not read.

use super::types::EventChange;
use crate::access::{Access, Permission, Scope};
use crate::error::AppError;
use crate::service::events::live::{self, TOPIC};
use crate::state::AppState;
use async_graphql::{Context, Subscription};
use entities::enums::EventAction;
use futures_util::Stream;
use tokio::sync::broadcast::error::RecvError;

/// Who is subscribed: put on the connection's data at `connection_init`.
pub struct Subscriber {
    pub access: Access,
    pub state: AppState,
}

fn feed<K>(subscriber: &Subscriber, keep: K) -> impl Stream<Item = EventChange> + use<K>
where
    K: Fn(&live::EventChange, &Access) -> bool + Send + 'static,
{
    let receiver = subscriber.state.cache.messages();
    let access = subscriber.access.clone();
    futures_util::stream::unfold(
        (receiver, access, keep),
        |(mut receiver, access, keep)| async move {
            loop {
                match receiver.recv().await {
                    Ok(message) if message.topic == TOPIC => {
                        let Ok(change) = serde_json::from_str::<live::EventChange>(&message.body)
                        else {
                            continue;
                        };
                        if change.visible_to(&access) && keep(&change, &access) {
                            return Some((EventChange(change), (receiver, access, keep)));
                        }
                    }
                    Ok(_) | Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                }
            }
        },
    )
}

fn subscriber<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Subscriber> {
    ctx.data_opt::<Subscriber>().ok_or_else(|| {
        AppError::Unauthenticated("send your access token in connection_init").into()
    })
}

#[derive(Default)]
pub struct EventSubscription;

#[Subscription]
impl EventSubscription {
    /// Every change of an event the caller may read (`event:read`).
    async fn event_changed(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = EventChange>> {
        let subscriber = subscriber(ctx)?;
        subscriber.access.require(Permission::EventRead)?;
        Ok(feed(subscriber, |_, _| true))
    }

    /// New dispatches to the caller's department (`event:department`).
    async fn department_dispatches(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = EventChange>> {
        let subscriber = subscriber(ctx)?;
        subscriber.access.require(Permission::EventDepartment)?;
        Ok(feed(subscriber, |change, access| {
            change.action == EventAction::Dispatch
                && access.grants.iter().any(|g| {
                    change
                        .department_id
                        .is_some_and(|d| g.scope == Scope::Department(d))
                })
        }))
    }
}
