//! `POST /login` and `POST /logout`.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{request::Parts, StatusCode},
    response::Response,
};
use tower_sessions::Session;

use crate::{
    domain::{
        access::{local_path, START_PAGE},
        audit::{Action, Actor},
        form::Fields,
        CurrentStaff, FieldError, Problem, StaffEmail,
    },
    store::{audit_store, passwords, sessions, staff_store, throttle, AppState},
    web::kit::{internal, read_form, see_other, show_again, switched, FormData},
};

/// The actor of a failed login whose e-mail is no account's.
const UNKNOWN_ACCOUNT: &str = "unknown account";

/// Where a login that was asked for by a staff page goes back to.
const NEXT: &str = "next";

async fn refuse(state: &AppState, parts: &Parts, data: &FormData, problem: Problem) -> Response {
    let status = match problem {
        Problem::Wait { .. } => StatusCode::TOO_MANY_REQUESTS,
        Problem::Busy => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let field = if matches!(problem, Problem::Required) && !data.get("email").trim().is_empty() {
        "password"
    } else {
        "email"
    };
    let refused = data.refused(
        "login",
        &["password"],
        vec![FieldError::new(field, problem)],
    );
    show_again(state, parts, "/login", refused, status).await
}

/// Checks e-mail and password. Unknown e-mail and wrong password get the same message after
/// the same work (a password is verified against a dummy hash when there is no account).
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, data) = match read_form(request).await {
        Ok(form) => form,
        Err(refusal) => return refusal,
    };
    if let Some(page) = switched(&state, &parts, &data).await {
        return page;
    }
    let now = state.clock.now();
    let typed_email = data.get("email").trim().to_lowercase();
    let password = data.get("password").to_owned();
    if typed_email.is_empty() || password.is_empty() {
        return refuse(&state, &parts, &data, Problem::Required).await;
    }
    let guards = &state.guards;
    // A password hash costs 19 MiB and tens of milliseconds: beyond a few at once, the login
    // is told to come back rather than queued (nothing is counted against anyone).
    let Ok(hashing) = guards.hashing.try_acquire() else {
        return busy(refuse(&state, &parts, &data, Problem::Busy).await);
    };
    let client = format!(
        "client {}",
        throttle::client_key(&state.settings, &parts.headers, peer)
    );
    let account_key = account_key(&typed_email);
    if let Err(wait) = guards.login.attempt(
        &[
            (account_key.as_str(), guards.account_pace),
            (client.as_str(), guards.client_pace),
        ],
        now,
    ) {
        let problem = Problem::Wait {
            seconds: u32::try_from(throttle::seconds(wait)).unwrap_or(u32::MAX),
        };
        return refuse(&state, &parts, &data, problem).await;
    }

    let known = match StaffEmail::parse(&typed_email) {
        Ok(email) => match staff_store::for_login(&state.db, &email).await {
            Ok(account) => account,
            Err(e) => return internal(e),
        },
        Err(_) => None,
    };
    // Who a failed attempt is logged under: the account when the e-mail is one, else no one
    // (what was typed may be a password typed into the wrong field).
    let known_id = known.as_ref().map(|a| a.id);
    let account = known.filter(|a| a.active);
    let verified = match &account {
        Some(account) => passwords::verify(password, account.password_hash.clone()).await,
        None => passwords::verify_dummy(password).await.map(|_| false),
    };
    drop(hashing);
    let verified = match verified {
        Ok(verified) => verified,
        Err(e) => return internal(e),
    };

    let Some(account) = account.filter(|_| verified) else {
        let actor = match known_id {
            Some(id) => Actor {
                staff_id: Some(id),
                email: truncate(&typed_email, 254),
            },
            None => Actor {
                staff_id: None,
                email: UNKNOWN_ACCOUNT,
            },
        };
        if let Err(e) =
            audit_store::record(state.db.pool(), now, actor, Action::LoginFailed, "").await
        {
            return internal(e);
        }
        return refuse(&state, &parts, &data, Problem::LoginFailed).await;
    };

    // The client gets back this attempt only: its earlier wrong ones still count, so logging
    // in to one's own account buys no more guesses at someone else's.
    guards.login.forget(&account_key);
    guards.login.give_back(&client, guards.client_pace);
    if let Err(e) = sessions::log_in(&session, account.id, account.session_epoch, now).await {
        return internal(e);
    }
    let actor = Actor {
        staff_id: Some(account.id),
        email: &typed_email,
    };
    if let Err(e) = audit_store::record(state.db.pool(), now, actor, Action::Login, "").await {
        return internal(e);
    }
    if account.must_change_password {
        return see_other("/konto/adgangskode");
    }
    see_other(local_path(data.get(NEXT)).unwrap_or(START_PAGE))
}

/// Ends the session everywhere it is stored and says so on the login page.
pub async fn log_out(
    State(state): State<AppState>,
    axum::Extension(staff): axum::Extension<CurrentStaff>,
    session: Session,
) -> Response {
    let now = state.clock.now();
    let actor = Actor {
        staff_id: Some(staff.id),
        email: &staff.email,
    };
    if let Err(e) = audit_store::record(state.db.pool(), now, actor, Action::Logout, "").await {
        return internal(e);
    }
    if let Err(e) = sessions::log_out(&session).await {
        return internal(e);
    }
    see_other("/login?ude=1")
}

/// The key an account's password attempts are counted under (login and password change).
pub fn account_key(email: &str) -> String {
    format!("account {email}")
}

/// A refusal because the server is busy hashing, with when to come back.
pub fn busy(mut response: Response) -> Response {
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from_static("1"),
    );
    response
}

fn truncate(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((index, _)) => &text[..index],
        None => text,
    }
}
