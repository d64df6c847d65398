//! `POST /konto/adgangskode`: a staff member changes their own password.

use crate::{
    domain::{
        access::START_PAGE, audit::Action, form::Fields, staff::new_password, FieldError, Notice,
        Problem, StaffEmail,
    },
    store::{passwords, sessions, staff_store, throttle},
    web::{
        kit::{internal, Reply, StaffPost},
        session::login::{account_key, busy},
    },
};

const PAGE: &str = "/konto/adgangskode";
const SECRET: &[&str] = &["current", "new", "repeat"];

/// True when `candidate` is the staff member's current password.
async fn is_current(post: &StaffPost, candidate: &str) -> Result<bool, axum::response::Response> {
    let Ok(email) = StaffEmail::parse(&post.staff.email) else {
        return Ok(false);
    };
    match staff_store::for_login(&post.state.db, &email)
        .await
        .map_err(internal)?
    {
        Some(account) => passwords::verify(candidate.to_owned(), account.password_hash)
            .await
            .map_err(internal),
        None => Ok(false),
    }
}

/// Checks the current password, the policy and the repetition, then stores the new hash. The
/// check of the current password is paced like a login (a stolen session must not become a
/// way to guess the password behind it), and the change ends every other session.
pub async fn change_password(post: StaffPost) -> Reply {
    let guards = &post.state.guards;
    let Ok(hashing) = guards.hashing.try_acquire() else {
        let errors = vec![FieldError::new("current", Problem::Busy)];
        return Err(busy(post.refuse(PAGE, "password", SECRET, errors).await));
    };
    let account = account_key(&post.staff.email);
    if let Err(wait) = guards.login.attempt(
        &[(account.as_str(), guards.account_pace)],
        post.state.clock.now(),
    ) {
        let seconds = u32::try_from(throttle::seconds(wait)).unwrap_or(u32::MAX);
        let errors = vec![FieldError::new("current", Problem::Wait { seconds })];
        let mut refused = post.refuse(PAGE, "password", SECRET, errors).await;
        *refused.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
        return Err(refused);
    }
    let mut errors = Vec::new();
    let current = is_current(&post, post.data.get("current")).await?;
    drop(hashing);
    if current {
        guards.login.forget(&account);
    } else {
        errors.push(FieldError::new("current", Problem::PasswordWrong));
    }
    let new = new_password(&post.data).map_err(|e| errors.extend(e));
    let (Ok(new), true) = (new, errors.is_empty()) else {
        return Err(post.refuse(PAGE, "password", SECRET, errors).await);
    };
    let hash = passwords::hash(new).await.map_err(internal)?;
    let mut tx = post.begin().await?;
    let epoch = staff_store::set_password(&mut *tx, post.staff.id, &hash, false)
        .await
        .map_err(internal)?
        .ok_or_else(|| internal(anyhow::anyhow!("the account vanished")))?;
    let changed = post
        .commit(
            tx,
            (Action::PasswordChanged, ""),
            Notice::PasswordChanged,
            START_PAGE,
        )
        .await?;
    // This session goes on under the new epoch; every other one is ended by it. (After the
    // commit: on SQLite the session store's own connection would wait for the change's lock.)
    sessions::log_in(&post.session, post.staff.id, epoch, post.state.clock.now())
        .await
        .map_err(internal)?;
    Ok(changed)
}
