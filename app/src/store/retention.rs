//! Deleting what must not be kept: the texts of sparring requests a set time after closing,
//! and of requests left untouched for long. Runs in the background; the counts stay.

use super::{settings_store, sparring_store, AppState};

/// One pass, as of the state's clock.
pub async fn run_once(state: &AppState) -> Result<sparring_store::Retention, sqlx::Error> {
    let retention =
        settings_store::number(&state.db, settings_store::SPARRING_RETENTION_DAYS).await?;
    let stale = settings_store::number(&state.db, settings_store::SPARRING_STALE_DAYS).await?;
    let today = state.clock.now().date_naive();
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
            tracing::error!(error = %error, "sparring retention failed; trying again later");
        }
    }
}
