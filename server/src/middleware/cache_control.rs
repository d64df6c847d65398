//! How long browsers may keep what we send.

use axum::{
    extract::Request,
    http::{header::CACHE_CONTROL, HeaderValue},
    middleware::Next,
    response::Response,
};

/// Hashed front-end files (`/pkg/…`) change name when their content changes: cache them for a
/// year. Server-function answers, staff pages and the anonymous forms (which carry codes,
/// receipts and texts) are never stored. Other pages: revalidate each time.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if response.headers().contains_key(CACHE_CONTROL) {
        return response;
    }
    let policy = if path.starts_with("/pkg/") && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else if path.starts_with("/api/")
        || path == "/metrics"
        || path == "/healthz"
        || path.starts_with("/sparring")
        || path.starts_with("/evaluering")
        || app::domain::access::required(&path) != app::domain::access::Access::Public
    {
        "no-store"
    } else if response.status().is_success() && path.contains('.') {
        "public, max-age=3600"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}
