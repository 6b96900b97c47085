//! Keyset pagination: `first` (1–100, default 20) items after an opaque cursor.

use crate::error::{AppError, AppResult};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;

/// A parsed page request: the sort key to start after, and how many.
#[derive(Debug, Clone)]
pub struct PageRequest {
    pub after: Option<String>,
    pub first: u64,
}

impl PageRequest {
    pub fn parse(first: Option<i32>, after: Option<String>) -> AppResult<Self> {
        let first = match first {
            None => DEFAULT_PAGE,
            Some(n) if (1..=MAX_PAGE as i32).contains(&n) => n as u64,
            Some(_) => {
                return Err(AppError::BadUserInput(format!(
                    "`first` must be between 1 and {MAX_PAGE}"
                )));
            }
        };
        let after = after.map(|cursor| decode_cursor(&cursor)).transpose()?;
        Ok(Self { after, first })
    }

    /// One more than a page, to learn whether another page follows.
    pub fn fetch_limit(&self) -> u64 {
        self.first + 1
    }
}

/// A page of items with each one's cursor.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<(String, T)>,
    pub has_next: bool,
    pub has_previous: bool,
}

impl<T> Page<T> {
    /// Builds a page from up to `first + 1` rows sorted by `key`.
    pub fn from_rows(mut rows: Vec<T>, request: &PageRequest, key: impl Fn(&T) -> String) -> Self {
        let has_next = rows.len() as u64 > request.first;
        rows.truncate(request.first as usize);
        Self {
            items: rows
                .into_iter()
                .map(|row| (encode_cursor(&key(&row)), row))
                .collect(),
            has_next,
            has_previous: request.after.is_some(),
        }
    }
}

pub fn encode_cursor(key: &str) -> String {
    URL_SAFE_NO_PAD.encode(key)
}

fn decode_cursor(cursor: &str) -> AppResult<String> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| AppError::BadUserInput("the cursor is not valid".into()))
}

/// The sort key of lists ordered by name, then id (stable when names repeat).
pub fn name_id_key(name: &str, id: uuid::Uuid) -> String {
    format!("{name}\u{1f}{id}")
}

/// Rows after the `(name, id)` of a cursor made by [`name_id_key`], for columns `name`, `id`.
pub fn after_name_id<C: sea_orm::ColumnTrait>(
    after: &str,
    name: C,
    id: C,
) -> AppResult<sea_orm::Condition> {
    use sea_orm::Condition;
    let (after_name, after_id) = after
        .rsplit_once('\u{1f}')
        .and_then(|(n, i)| Some((n.to_string(), uuid::Uuid::parse_str(i).ok()?)))
        .ok_or_else(|| AppError::BadUserInput("the cursor is not valid".into()))?;
    Ok(Condition::any().add(name.gt(after_name.clone())).add(
        Condition::all()
            .add(name.eq(after_name))
            .add(id.gt(after_id)),
    ))
}
