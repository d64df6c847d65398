//! Who may reach what: looks at the staff session and `app::access` before any handler runs.
//!
//! Without a login, staff pages answer 401 with the login form in place and server functions
//! 401 as JSON; a role outside the area gets 403. A staff member with a one-time password is
//! sent to change it first. The logged-in staff member is handed to pages and handlers as a
//! request extension, and a notice left by the previous request is taken out of the session.

use app::{
    domain::{
        access::{self, Access},
        Interruption,
    },
    store::{sessions, AppState},
    web::{error::AppError, kit},
};
use axum::{
    extract::{Request, State},
    http::{Method, StatusCode},
    middleware::Next,
    response::{IntoResponse as _, Response},
    Json,
};
use tower_sessions::Session;

/// Pages a staff member with a one-time password may still reach.
const WHILE_CHANGING_PASSWORD: &[&str] = &["/konto/adgangskode", "/logout"];

fn refuse(error: AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
    (status, Json(error)).into_response()
}

/// The access check.
pub async fn access(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let is_api = path.starts_with("/api/");
    let now = state.clock.now();
    let (staff, ended) = match sessions::authenticate(&state.db, &session, now).await {
        Ok(Ok(staff)) => (staff, None),
        Ok(Err(ended)) => (None, Some(ended)),
        Err(e) => return kit::internal(e),
    };
    if let Access::Staff(roles) = access::required(&path) {
        let Some(me) = &staff else {
            if is_api {
                return refuse(AppError::Unauthenticated);
            }
            let next = request
                .uri()
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .filter(|_| request.method() == Method::GET)
                .unwrap_or_else(|| access::START_PAGE.to_owned());
            let (parts, _) = request.into_parts();
            return kit::interrupt(&state, &parts, Interruption::LoginRequired { ended, next })
                .await;
        };
        if !roles.contains(&me.role) {
            if is_api {
                return refuse(AppError::Forbidden);
            }
            let (parts, _) = request.into_parts();
            return kit::interrupt(&state, &parts, Interruption::Forbidden).await;
        }
        if me.must_change_password && !WHILE_CHANGING_PASSWORD.contains(&path.as_str()) {
            if is_api {
                return refuse(AppError::Forbidden);
            }
            return kit::see_other("/konto/adgangskode");
        }
    }
    if let Some(me) = staff {
        if request.method() == Method::GET && !is_api {
            match sessions::take_flash(&session).await {
                Ok(Some(notice)) => {
                    request.extensions_mut().insert(notice);
                }
                Ok(None) => {}
                Err(e) => return kit::internal(e),
            }
        }
        request.extensions_mut().insert(me);
    }
    next.run(request).await
}
