//! The staff session.

use leptos::prelude::*;

use crate::web::error::AppError;
#[cfg(feature = "ssr")]
use crate::{
    domain::access::ANY_STAFF,
    store::sessions,
    web::request::{app_state, require},
};

/// Keeps the session alive (the "stay logged in" button). The access layer has already
/// checked the session; this marks it active now.
#[server(endpoint = "session/keep-alive")]
pub async fn keep_alive() -> Result<(), AppError> {
    require(ANY_STAFF)?;
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Unauthenticated)?;
    sessions::touch(&session, state.clock.now()).await?;
    Ok(())
}
