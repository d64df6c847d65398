//! The request-body limit: 64 KB for everything but the CSV imports' file uploads. A body
//! announced as larger is refused with 413 before it is read; one that grows past the limit
//! while being read fails the read, which handlers answer with 413 or 400.

use app::web::upload::{MAX_IMPORT, UPLOADS};
use axum::{
    body::Body,
    extract::Request,
    http::{header::CONTENT_LENGTH, StatusCode},
    middleware::Next,
    response::{IntoResponse as _, Response},
};
use http_body_util::Limited;

/// Largest request body accepted on ordinary routes.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The limit for `path`.
fn limit(path: &str) -> usize {
    if UPLOADS.contains(&path) {
        MAX_IMPORT + 16 * 1024
    } else {
        BODY_LIMIT
    }
}

/// Applies the limit.
pub async fn body_limit(request: Request, next: Next) -> Response {
    let limit = limit(request.uri().path());
    let announced = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|length| length > limit) {
        return (StatusCode::PAYLOAD_TOO_LARGE, "the request is too large").into_response();
    }
    let (parts, body) = request.into_parts();
    next.run(Request::from_parts(
        parts,
        Body::new(Limited::new(body, limit)),
    ))
    .await
}
