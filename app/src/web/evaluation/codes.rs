//! `POST /team/koder`: issues evaluation codes and shows their cards once.

use axum::http::{header, HeaderValue, StatusCode};

use crate::{
    domain::{
        audit::Action,
        evaluation_code::{CodeOrder, IssuedCodes},
        Area,
    },
    i18n::audit,
    store::evaluation_store,
    web::kit::{internal, render, Reply, StaffPost},
};

/// Draws the codes, stores their hashes with an audit entry, and answers with the card sheet
/// (not a redirect: the codes exist only in this answer).
pub async fn issue(post: StaffPost) -> Reply {
    let CodeOrder { area, count } = match CodeOrder::parse(&post.data) {
        Ok(order) => order,
        Err(errors) => return Err(post.refuse("/team/koder", "codes", &[], errors).await),
    };
    let tx = post.begin().await?;
    issue_and_show(&post, tx, area, count, "/team/koder").await
}

/// Draws `count` codes for `area` inside `tx` (which may already hold the change that asked
/// for them), stores their hashes with an audit entry, commits, and answers with `page`
/// showing their cards. Never a redirect: the codes exist only in this answer, and no cache
/// may keep it.
pub async fn issue_and_show(
    post: &StaffPost,
    mut tx: sqlx::Transaction<'static, sqlx::Any>,
    area: Area,
    count: usize,
    page: &str,
) -> Reply {
    let state = &post.state;
    let today = state.clock.now().date_naive();
    let valid_days = state.settings.code_valid_days;
    let codes = evaluation_store::issue_codes(
        &mut tx,
        &state.settings.secret,
        area,
        today,
        valid_days,
        count,
    )
    .await
    .map_err(internal)?;
    post.record(
        &mut tx,
        Action::CodesIssued,
        &audit::codes_issued(area, count),
    )
    .await?;
    tx.commit().await.map_err(internal)?;
    let issued = IssuedCodes {
        codes: codes.iter().map(|c| c.grouped()).collect(),
        base_url: post.public_url(),
        valid_until: evaluation_store::last_valid_day(today, valid_days).to_string(),
    };
    let mut response = render(state, &post.parts, page, StatusCode::OK, move || {
        leptos::prelude::provide_context(issued.clone())
    })
    .await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
