//! Gives server functions' refusals their own HTTP status.
//!
//! Leptos answers every error of a server function with 500, including ones that are the
//! caller's fault (a missing argument, an invalid field, a wrong role). The answer's body is our
//! [`AppError`] as JSON, which knows its status; this layer reads it back and sets the status
//! (422, 400, 401, 403, 429 …). Only [`AppError::Internal`] keeps 500.

use app::web::error::AppError;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::Response,
};

/// Largest error body read back; ours are a few hundred bytes.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Rewrites the status of `/api/` answers that carry an [`AppError`].
pub async fn server_fn_status(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}
