//! The browser that sent answers with a code is told, when it opens that code again, that the
//! code is spent and its answers arrived; anyone else who opens it is shown the form, as for
//! an unused code (the use is told only when answers are sent with it). So the parent who goes
//! Back or opens the card's link again hears at once that it worked, while whoever printed the
//! card cannot learn, by opening its link now and then, when its family answered.
//!
//! The mark is a cookie on the parent's own device for a quarter of an hour, holding a keyed
//! hash of the code that was sent: the server keeps nothing of it.

use axum::{
    http::{header::SET_COOKIE, HeaderMap, HeaderValue},
    response::Response,
};

use crate::{domain::EvaluationCode, store::AppState};

const COOKIE: &str = "tidlig_sendt";
const PURPOSE: &str = "evaluation-code-sent-here";
const MAX_AGE_SECONDS: u32 = 15 * 60;

fn mark_of(state: &AppState, code: &EvaluationCode) -> String {
    let hash = state.settings.secret.keyed_hash(PURPOSE, code.as_str());
    hash[..32].to_owned()
}

/// Marks `response` (answers stored with `code`) so that this browser hears the code is spent.
pub fn mark(state: &AppState, code: &EvaluationCode, mut response: Response) -> Response {
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age={MAX_AGE_SECONDS}; SameSite=Strict; HttpOnly",
        mark_of(state, code)
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// Whether the request comes from the browser that sent answers with `code`.
pub fn sent_here(state: &AppState, headers: &HeaderMap, code: &EvaluationCode) -> bool {
    let mark = mark_of(state, code);
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
        .any(|value| value == mark)
}
