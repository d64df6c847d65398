//! `POST /konto/adgangskode`: a staff member changes their own password.

use crate::{
    domain::{
        access::START_PAGE, audit::Action, form::Fields, staff::new_password, FieldError, Notice,
        Problem, StaffEmail,
    },
    store::{passwords, staff_store},
    web::kit::{internal, Reply, StaffPost},
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

/// Checks the current password, the policy and the repetition, then stores the new hash.
pub async fn change_password(post: StaffPost) -> Reply {
    let mut errors = Vec::new();
    if !is_current(&post, post.data.get("current")).await? {
        errors.push(FieldError::new("current", Problem::PasswordWrong));
    }
    let new = new_password(&post.data).map_err(|e| errors.extend(e));
    let (Ok(new), true) = (new, errors.is_empty()) else {
        return Err(post.refuse(PAGE, "password", SECRET, errors).await);
    };
    let hash = passwords::hash(new).await.map_err(internal)?;
    let mut tx = post.begin().await?;
    staff_store::set_password(&mut *tx, post.staff.id, &hash, false)
        .await
        .map_err(internal)?;
    post.commit(
        tx,
        (Action::PasswordChanged, ""),
        Notice::PasswordChanged,
        START_PAGE,
    )
    .await
}
