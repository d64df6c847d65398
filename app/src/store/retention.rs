//! The background upkeep: sealing the parents' answers of every month that has ended, and
//! deleting what must not be kept – the parents' comments a set number of months after
//! sealing, the texts of sparring requests a set time after closing, and of requests left
//! untouched for long (the answers and counts stay).

use super::{
    comment_store, evaluation_store::month_of, seal, settings_store, sparring_store, AppState,
};

/// One pass, as of the state's clock.
pub async fn run_once(state: &AppState) -> Result<sparring_store::Retention, sqlx::Error> {
    let today = state.clock.now().date_naive();
    seal::seal_ended_months(&state.db, today).await?;
    let months =
        settings_store::number(&state.db, settings_store::COMMENT_RETENTION_MONTHS).await?;
    let kept_from = today
        .checked_sub_months(chrono::Months::new(u32::try_from(months).unwrap_or(12)))
        .unwrap_or(today);
    // Sealed in the month `months` ago or before: the comment has had its time.
    let comments = comment_store::delete_sealed_through(&state.db, &month_of(kept_from)).await?;
    if comments > 0 {
        tracing::info!(deleted = comments, "parents' comments past their retention");
    }
    let retention =
        settings_store::number(&state.db, settings_store::SPARRING_RETENTION_DAYS).await?;
    let stale = settings_store::number(&state.db, settings_store::SPARRING_STALE_DAYS).await?;
    let done = sparring_store::apply_retention(&state.db, today, retention, stale).await?;
    if done.deleted > 0 || done.closed_stale > 0 {
        tracing::info!(
            deleted = done.deleted,
            closed_stale = done.closed_stale,
            "sparring retention"
        );
    }
    Ok(done)
}

/// Runs [`run_once`] now and then every `period`, for as long as the server runs.
pub async fn run_forever(state: AppState, period: std::time::Duration) {
    let mut ticker = tokio::time::interval(period);
    loop {
        ticker.tick().await;
        if let Err(error) = run_once(&state).await {
            tracing::error!(error = %error, "sealing or retention failed; trying again later");
        }
    }
}
