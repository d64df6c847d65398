//! `GET /healthz`: 200 only while the database answers, for load balancers and monitoring.

use app::store::AppState;
use axum::{extract::State, http::StatusCode};

/// Asks the database a trivial question.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    }
}
