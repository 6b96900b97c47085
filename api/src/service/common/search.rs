//! Text search in lists: part of a name, or the start of a code. LIKE's wildcards in the
//! user's text are escaped, so `%` matches a percent sign.

use sea_orm::Condition;
use sea_orm::sea_query::{Expr, ExprTrait, IntoColumnRef, LikeExpr};

fn escape(term: &str) -> String {
    term.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The trimmed term, or `None` when there is nothing to search for.
pub fn term(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|t| !t.is_empty())
}

/// `name` contains `term`, or `code` starts with it (codes are stored upper case).
pub fn name_or_code(name: impl IntoColumnRef, code: impl IntoColumnRef, term: &str) -> Condition {
    let escaped = escape(term);
    Condition::any()
        .add(Expr::col(name).like(LikeExpr::new(format!("%{escaped}%")).escape('\\')))
        .add(
            Expr::col(code)
                .like(LikeExpr::new(format!("{}%", escaped.to_ascii_uppercase())).escape('\\')),
        )
}

/// `column` starts with `term` (lower case).
pub fn starts_with_lower(column: impl IntoColumnRef, term: &str) -> Condition {
    let escaped = escape(term).to_lowercase();
    Condition::all().add(Expr::col(column).like(LikeExpr::new(format!("{escaped}%")).escape('\\')))
}

/// `column` contains `term`.
pub fn contains(column: impl IntoColumnRef, term: &str) -> Condition {
    Condition::all()
        .add(Expr::col(column).like(LikeExpr::new(format!("%{}%", escape(term))).escape('\\')))
}
