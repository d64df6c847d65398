//! `POST /ledelse/maalsaetning` and `/ledelse/maalsaetning/fjern`: the lead sets or removes a
//! target for one of a goal's figures, recorded in the audit log; then the goal's page again,
//! where the target's table, chart line and status now stand.

use axum::{http::StatusCode, response::IntoResponse as _};

use crate::{
    domain::{
        audit::Action,
        form::Fields as _,
        target::{Target, TargetFigure},
        Notice,
    },
    i18n::{audit, refusals},
    store::target_store,
    web::kit::{internal, Reply, StaffPost},
};

/// The goal page a post came from, with its filters: the form names its goal.
fn page_of(post: &StaffPost) -> String {
    let goal = match post.data.get("goal") {
        "2" => 2,
        "3" => 3,
        _ => 1,
    };
    format!("/ledelse/maal/{goal}")
}

pub async fn set(post: StaffPost) -> Reply {
    let page = page_of(&post);
    let target = match Target::parse(&post.data) {
        Ok(target) => target,
        Err(errors) => return Err(post.refuse(&page, "target", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    target_store::set_target(&mut tx, &target)
        .await
        .map_err(internal)?;
    let page = format!("/ledelse/maal/{}#targets", target.figure.goal());
    post.commit(
        tx,
        (Action::SettingChanged, &audit::target_set(&target)),
        Notice::TargetSaved,
        &page,
    )
    .await
}

pub async fn remove(post: StaffPost) -> Reply {
    let Ok(figure) = TargetFigure::parse(post.data.get("figure")) else {
        return Err((StatusCode::BAD_REQUEST, refusals::NOT_A_TARGET).into_response());
    };
    let mut tx = post.begin().await?;
    target_store::remove_target(&mut tx, figure)
        .await
        .map_err(internal)?;
    let page = format!("/ledelse/maal/{}#targets", figure.goal());
    post.commit(
        tx,
        (Action::SettingChanged, &audit::target_removed(figure)),
        Notice::TargetRemoved,
        &page,
    )
    .await
}
