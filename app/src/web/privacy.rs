//! What the privacy notices show: the municipality's details and the settings in force.

use leptos::prelude::*;

use crate::{domain::settings::PrivacyFacts, web::error::AppError};

/// The facts every privacy notice is written from (public: the notices are for everyone).
#[server(endpoint = "privacy")]
pub async fn read_privacy_facts() -> Result<PrivacyFacts, AppError> {
    use crate::{store::settings_store, web::request::app_state};
    let state = app_state()?;
    Ok(PrivacyFacts {
        published: state.published(),
        settings: settings_store::settings(&state.db).await?,
        code_days: state.settings.code_valid_days,
    })
}
