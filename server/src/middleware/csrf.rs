//! Refuses state-changing requests that come from another site.
//!
//! Browsers label every request with `Sec-Fetch-Site`; under our `Referrer-Policy:
//! no-referrer` they send `Origin: null` on our own form posts, so `Sec-Fetch-Site` is the
//! reliable signal, with `Origin` for clients that send one. Staff areas and the login (where a
//! cookie gives authority) require positive proof of our own origin; the anonymous public forms
//! refuse only what is positively cross-site, so old phones without these headers can still
//! send an evaluation.

use app::{domain::access::Access, web::error::AppError};
use axum::{
    extract::Request,
    http::{header, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse as _, Response},
    Json,
};

/// What the headers say about where a request comes from.
#[derive(Debug, PartialEq, Eq)]
enum Source {
    /// Our own pages.
    Ours,
    /// Another site.
    Foreign,
    /// No usable header (an old browser, or a client that does not say).
    Unknown,
}

fn source(headers: &HeaderMap) -> Source {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|o| *o != "null");
    if let Some(origin) = origin {
        let authority = origin.split_once("://").map_or(origin, |(_, rest)| rest);
        return if Some(authority) == host {
            Source::Ours
        } else {
            Source::Foreign
        };
    }
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin") => Source::Ours,
        Some("cross-site" | "same-site") => Source::Foreign,
        _ => Source::Unknown,
    }
}

/// The CSRF check, before any handler runs.
pub async fn csrf(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let needs_proof =
        path == "/login" || matches!(app::domain::access::required(path), Access::Staff(_));
    let allowed = match source(request.headers()) {
        Source::Ours => true,
        Source::Foreign => false,
        Source::Unknown => !needs_proof,
    };
    if allowed {
        next.run(request).await
    } else {
        (StatusCode::FORBIDDEN, Json(AppError::CrossSite)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().expect("header"));
        }
        map
    }

    #[test]
    fn our_origin_or_same_origin_fetch_is_ours() {
        assert_eq!(
            source(&headers(&[
                ("host", "tidlig.dk"),
                ("origin", "https://tidlig.dk")
            ])),
            Source::Ours
        );
        assert_eq!(
            source(&headers(&[
                ("host", "tidlig.dk"),
                ("origin", "null"),
                ("sec-fetch-site", "same-origin")
            ])),
            Source::Ours
        );
    }

    #[test]
    fn another_origin_or_cross_site_fetch_is_foreign() {
        assert_eq!(
            source(&headers(&[
                ("host", "tidlig.dk"),
                ("origin", "https://evil.example")
            ])),
            Source::Foreign
        );
        assert_eq!(
            source(&headers(&[
                ("host", "tidlig.dk"),
                ("sec-fetch-site", "cross-site")
            ])),
            Source::Foreign
        );
        assert_eq!(
            source(&headers(&[
                ("host", "tidlig.dk"),
                ("origin", "https://tidlig.dk.evil.example")
            ])),
            Source::Foreign
        );
    }

    #[test]
    fn no_headers_is_unknown() {
        assert_eq!(source(&headers(&[("host", "tidlig.dk")])), Source::Unknown);
        assert_eq!(
            source(&headers(&[("host", "tidlig.dk"), ("origin", "null")])),
            Source::Unknown
        );
    }
}
