//! `GET /healthz`: 200 only while the database answers, for load balancers and monitoring.

use axum::{extract::State, http::StatusCode};

use app::store::AppState;

/// Asks the database a trivial question.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    }
}
