//! One log line and a few metrics per staff or system request, with nothing about who asked.
//!
//! Only the method, the route *pattern* (never the path, which may hold a code) and the status
//! are recorded. No address, no user agent, no query string. Requests of parents and anonymous
//! askers are not logged or counted at all (see [`app::domain::access::anonymous`]): a line
//! with its moment, or a counter polled now and then, would date an answer; a failure is still
//! logged, as it must be seen.

use std::time::Instant;

use axum::{
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};

/// Logs and counts a request once it is answered.
pub async fn observe(request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|matched| matched.as_str().to_owned())
        .unwrap_or_else(|| unmatched_label(request.uri().path()).to_owned());
    let unseen = app::domain::access::anonymous(request.uri().path());
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    if unseen {
        if response.status().is_server_error() {
            tracing::error!(status, "an anonymous request failed");
        }
        return response;
    }
    let seconds = started.elapsed().as_secs_f64();

    metrics::counter!(
        "http_requests_total",
        "method" => method.clone(),
        "route" => route.clone(),
        "status" => status.to_string()
    )
    .increment(1);
    metrics::histogram!(
        "http_request_duration_seconds",
        "method" => method.clone(),
        "route" => route.clone()
    )
    .record(seconds);

    if response.status().is_server_error() {
        tracing::error!(method, route, status, "request failed");
    } else {
        tracing::info!(method, route, status, "request");
    }
    response
}

/// A fixed label for requests no route matched, so odd paths cannot flood the metrics.
fn unmatched_label(path: &str) -> &'static str {
    if path.starts_with("/pkg/") {
        "/pkg/{file}"
    } else if path.starts_with("/api/") {
        "/api/{unknown}"
    } else {
        "{unmatched}"
    }
}
