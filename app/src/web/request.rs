//! What a page or a server function rendered on the server reads from its request: the
//! application's state, the staff member, the reader's language and the page's nonce.

use http::{
    header::{COOKIE, SET_COOKIE},
    request::Parts,
    HeaderValue,
};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

use crate::{
    domain::{lang::offered_at, CurrentStaff, Lang, Notice, PageRequest, Role, Site},
    store::AppState,
    web::error::AppError,
};

/// Puts into the context what every page shows of its request: the nonce, the reader's
/// language, the installation's facts, and the staff member and notice the access layer found.
/// Called for every page before it renders (and for server functions, which ignore it).
pub fn provide_page_context(state: &AppState) {
    use_page_nonce();
    let lang = request_lang();
    provide_context(lang);
    provide_context(Site {
        municipality: state.settings.municipality.clone(),
        stylesheet: state.settings.stylesheet.clone(),
        published: Some(state.published()),
    });
    if let Some(parts) = use_context::<Parts>() {
        let switches = offered(parts.uri.path())
            .iter()
            .filter(|other| **other != lang)
            .map(|other| (*other, address_in(&parts.uri, *other)))
            .collect();
        provide_context(PageRequest {
            switches,
            post_id: crate::store::handover::token(),
        });
        if let Some(staff) = parts.extensions.get::<CurrentStaff>() {
            provide_context(staff.clone());
        }
        if let Some(notice) = parts.extensions.get::<Notice>() {
            provide_context(notice.clone());
        }
    }
}

/// `uri`'s path and query with `lang` set to `lang` and every other parameter kept.
pub fn address_in(uri: &http::Uri, lang: Lang) -> String {
    let mut query: Vec<(String, String)> = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .unwrap_or_default();
    query.retain(|(key, _)| key != "lang");
    query.push(("lang".to_owned(), lang.code().to_owned()));
    let query = serde_urlencoded::to_string(query).unwrap_or_default();
    format!("{}?{query}", uri.path())
}

/// The reader's language: `?lang=` if given (and then remembered in a cookie), else the
/// cookie, else Danish.
pub fn request_lang() -> Lang {
    let Some(parts) = use_context::<Parts>() else {
        return Lang::default();
    };
    // The reader's own choice is remembered, also where this page falls back from it.
    let (asked, from_query) = asked_lang(&parts);
    if from_query {
        remember(asked);
    }
    asked.within(&offered(parts.uri.path()))
}

/// The languages the page at `path` is offered in: those the administrator offers parents on
/// the parents' journey, Danish and English elsewhere.
pub fn offered(path: &str) -> Vec<Lang> {
    let parents = use_context::<AppState>().map_or_else(
        || Lang::ALL.to_vec(),
        |state| state.published().parents_languages,
    );
    offered_at(path, &parents).to_vec()
}

/// The language a request is answered in – the one it asks for, if its page is offered in it
/// – and whether it asked in its address (`?lang=`) rather than with the cookie.
pub fn lang_of(parts: &Parts) -> (Lang, bool) {
    let (asked, from_query) = asked_lang(parts);
    (asked.within(&offered(parts.uri.path())), from_query)
}

fn asked_lang(parts: &Parts) -> (Lang, bool) {
    let from_query = parts
        .uri
        .query()
        .into_iter()
        .flat_map(|query| query.split('&'))
        .find_map(|pair| pair.strip_prefix("lang=").and_then(Lang::parse));
    if let Some(lang) = from_query {
        return (lang, true);
    }
    let from_cookie = parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|cookie| {
            cookie
                .trim()
                .strip_prefix(Lang::COOKIE)
                .and_then(|rest| rest.strip_prefix('='))
                .and_then(Lang::parse)
        })
        .unwrap_or_default();
    (from_cookie, false)
}

/// Keeps the reader's choice for a year. A preference, not an identifier: one of eight values,
/// shared by everyone who reads that language, and never stored with an answer.
fn remember(lang: Lang) {
    if let Some(options) = use_context::<ResponseOptions>() {
        let cookie = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            Lang::COOKIE,
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            options.append_header(SET_COOKIE, value);
        }
    }
}

/// The nonce the server's security layer chose for this response's inline scripts; the same
/// layer writes it into the page's Content-Security-Policy header.
#[derive(Debug, Clone)]
pub struct PageNonce(pub String);

/// Hands the security layer's nonce to Leptos, so the hydration bootstrap and the resource
/// scripts carry the nonce the header allows (Leptos would otherwise draw its own).
pub fn use_page_nonce() {
    let nonce =
        use_context::<Parts>().and_then(|parts| parts.extensions.get::<PageNonce>().cloned());
    if let Some(PageNonce(nonce)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
}

/// The state, from inside a server function or a page rendered on the server.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

/// The logged-in staff member, as the access layer found them.
pub fn current_staff() -> Option<CurrentStaff> {
    use_context::<Parts>().and_then(|parts| parts.extensions.get::<CurrentStaff>().cloned())
}

/// The logged-in staff member if their role is one of `roles`: 401 without a login, 403 for a
/// role outside `roles`. The access layer checks this first; server functions check again so
/// that a route outside the staff prefixes cannot leak.
pub fn require(roles: &[Role]) -> Result<CurrentStaff, AppError> {
    let staff = current_staff().ok_or(AppError::Unauthenticated)?;
    if roles.contains(&staff.role) {
        Ok(staff)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The portal's public address, from the configuration only (see `Settings::public_url`).
pub fn public_url(state: &AppState) -> &str {
    state.settings.public_url.trim_end_matches('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_switch_keeps_everything_in_the_address_but_the_language() {
        let uri: http::Uri = "/evaluering?kode=K7QM-4XPR-TW&lang=da"
            .parse()
            .expect("uri");
        assert_eq!(
            address_in(&uri, Lang::En),
            "/evaluering?kode=K7QM-4XPR-TW&lang=en"
        );
        let uri: http::Uri = "/sparring/kvittering".parse().expect("uri");
        assert_eq!(address_in(&uri, Lang::En), "/sparring/kvittering?lang=en");
        let uri: http::Uri = "/ledelse/maal/3?fra=2026-01&til=2026-06"
            .parse()
            .expect("uri");
        assert_eq!(
            address_in(&uri, Lang::Da),
            "/ledelse/maal/3?fra=2026-01&til=2026-06&lang=da"
        );
    }
}
