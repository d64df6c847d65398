//! `POST /ledelse/maal/3/ret`: publishes goal 3's page for a period and area again, as a new,
//! dated version, where figures behind it changed after it was published (a course or a
//! sparring request registered or closed late). The new version is audited against the whole
//! ledger – every earlier version stays in it – and recorded in the audit log; where nothing
//! changed, nothing is published.

use axum::{http::StatusCode, response::IntoResponse as _};

use crate::{
    domain::{
        audit::Action,
        dashboard::{Correction, DashboardQuery},
        form::Fields as _,
        period::Period,
        Area, Lang, Notice,
    },
    i18n::refusals,
    store::{ledger_store, settings_store},
    web::kit::{internal, Reply, StaffPost},
};

use super::build::{audited, target, PUBLISHING};

pub async fn correct(post: StaffPost) -> Reply {
    let db = &post.state.db;
    let today = post.state.clock.now().date_naive();
    // Only what names the page: its period and area, as the page's form sends them.
    let area = post.data.get("area");
    let (Some(period), Ok(area)) = (
        Period::parse(post.data.get("period")),
        (!area.is_empty()).then(|| Area::parse(area)).transpose(),
    ) else {
        return Err((StatusCode::BAD_REQUEST, refusals::NOT_A_PAGE).into_response());
    };
    let query = DashboardQuery {
        area,
        period: Some(period),
        ..DashboardQuery::default()
    };
    let filters = query.to_query_string();
    let page = format!("/ledelse/maal/3?{filters}");
    let target = target(db, today, &query).await.map_err(internal)?;
    // A period not closed yet has nothing published to correct.
    let Some((window, (period, span, key))) = target.and_then(|t| Some((t.window, t.chosen?)))
    else {
        return Ok(post.led_to(&page));
    };
    let _publishing = PUBLISHING.lock().await;
    let Some(current) = ledger_store::page(db, &key, Lang::Da)
        .await
        .map_err(internal)?
    else {
        // Never looked at: the first look publishes it from today's figures anyway.
        return Ok(post.led_to(&page));
    };
    let threshold = settings_store::threshold(db).await.map_err(internal)?;
    let (mut pages, figures) = audited(db, today, query.area, (period, span), window, threshold)
        .await
        .map_err(internal)?;
    let published_on = current.published_on.clone().unwrap_or_default();
    if pages[0].tables == current.tables && pages[0].summary == current.summary {
        return post
            .commit(
                post.begin().await?,
                (
                    Action::FiguresViewed,
                    &format!("goal3 {filters} checked, unchanged"),
                ),
                Notice::FiguresUnchanged(published_on),
                &page,
            )
            .await;
    }
    let correction = Correction {
        version: current.correction.as_ref().map_or(2, |c| c.version + 1),
        first_published_on: current
            .correction
            .map_or(published_on, |c| c.first_published_on),
    };
    for p in &mut pages {
        p.correction = Some(correction.clone());
    }
    let mut tx = post.begin().await?;
    let [danish, english] = &pages;
    let inserted = ledger_store::publish_correction(
        &mut tx,
        &key,
        correction.version,
        today,
        threshold,
        [danish, english],
        &figures,
    )
    .await
    .map_err(internal)?;
    if !inserted {
        return Ok(post.led_to(&page));
    }
    let subject = format!("goal3 {filters} version {}", correction.version);
    post.commit(
        tx,
        (Action::FiguresCorrected, &subject),
        Notice::FiguresCorrected(correction.version),
        &page,
    )
    .await
}
