//! `POST /ledelse/import/forebyggende`: the lead chooses which of the municipality's kinds of
//! step count towards goal 2's preventive share (by default `preventive` does and `placement`
//! does not), recorded in the audit log; then the import page, where the choice stands.

use std::collections::HashSet;

use axum::{http::StatusCode, response::IntoResponse as _};

use crate::{
    domain::{audit::Action, form::Fields as _, Notice},
    i18n::{audit, refusals},
    store::registry_store,
    web::kit::{internal, Reply, StaffPost},
};

/// Where the choice is made.
const PAGE: &str = "/ledelse/import#kinds";

pub async fn set_preventive(post: StaffPost) -> Reply {
    let known = registry_store::kind_keys(&post.state.db)
        .await
        .map_err(internal)?;
    let of = |field: &str| -> HashSet<String> {
        post.data
            .all(field)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    // The form names every kind it shows (a box left empty sends nothing) and offers only
    // known kinds: anything else was not sent by it.
    let (shown, chosen) = (of("kinds"), of("preventive"));
    if shown.is_empty() || !shown.is_subset(&known) || !chosen.is_subset(&shown) {
        return Err((StatusCode::BAD_REQUEST, refusals::NOT_A_KIND).into_response());
    }
    let mut tx = post.begin().await?;
    registry_store::set_preventive(&mut tx, &shown, &chosen)
        .await
        .map_err(internal)?;
    let mut names: Vec<&str> = chosen.iter().map(String::as_str).collect();
    names.sort_unstable();
    post.commit(
        tx,
        (Action::SettingChanged, &audit::preventive_kinds(&names)),
        Notice::PreventiveKindsSaved,
        PAGE,
    )
    .await
}
