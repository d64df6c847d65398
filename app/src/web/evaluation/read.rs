//! The parents' evaluation.

#[cfg(feature = "ssr")]
use std::net::SocketAddr;

#[cfg(feature = "ssr")]
use axum::extract::ConnectInfo;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::{access::TEAM, EvaluationCode},
    store::{evaluation_store, handover::Handed},
    web::evaluation::{sent_here::sent_here, CodeGuesses},
    web::request::{app_state, require},
};
use crate::{
    domain::{evaluation_code::IssuedCodes, CodeStatus, Respondent},
    web::error::AppError,
};

/// Tells whether a typed code can open an evaluation: `Valid`, or a 422 field error saying
/// why not (malformed, unknown, expired). Counts unknown codes per client (in memory) and
/// pauses a client that guesses.
///
/// A used code opens the form as a valid one does, except in the browser that sent answers
/// with it (`sent_here`): were "used" told to anyone, whoever printed a card could ask now and
/// then and learn when its family answered. A parent who sends a used code hears it then,
/// with the assurance that their answers arrived if it was them (README, "What the code check
/// tells").
#[server(endpoint = "evaluation/check-code")]
pub async fn check_code(code: String) -> Result<CodeStatus, AppError> {
    checked(code, Respondent::Parent).await
}

/// [`check_code`] for the professionals' form: a parent's code is refused with a message that
/// says where it belongs, as a professional's code is on the parents' form.
#[server(endpoint = "evaluation/check-professional-code")]
pub async fn check_professional_code(code: String) -> Result<CodeStatus, AppError> {
    checked(code, Respondent::Professional).await
}

#[cfg(feature = "ssr")]
async fn checked(code: String, form: Respondent) -> Result<CodeStatus, AppError> {
    let code = EvaluationCode::parse(&code).map_err(|p| AppError::field("code", p))?;
    let state = app_state()?;
    let parts: http::request::Parts = use_context().ok_or(AppError::Internal)?;
    let ConnectInfo(peer) = leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map_err(|_| AppError::Internal)?;
    let guess =
        CodeGuesses::attempt(&state, &parts.headers, peer).map_err(|wait| AppError::Throttled {
            retry_after_secs: crate::store::throttle::seconds(wait),
        })?;
    let today = guess.now().date_naive();
    let status =
        evaluation_store::code_status(&state.db, &state.settings.secret, &code, form, today)
            .await?;
    guess.found(status);
    let status = match status {
        CodeStatus::Used if !sent_here(&state, &parts.headers, &code) => CodeStatus::Valid,
        other => other,
    };
    match status.problem() {
        None => Ok(status),
        Some(problem) => Err(AppError::field("code", problem)),
    }
}

/// The cards the issuing post handed on under `token`, and the page they lead back to, while
/// they may be shown (the FI team only).
#[server(endpoint = "team/issued-codes")]
pub async fn handed_codes(token: String) -> Result<Option<(IssuedCodes, String)>, AppError> {
    require(TEAM)?;
    let state = app_state()?;
    Ok(match state.handovers.result(&token, state.clock.now()) {
        Some(Handed::Codes { issued, back }) => Some((issued, back)),
        _ => None,
    })
}

/// Whose answers were stored, if `token` is the one a stored evaluation handed to its receipt
/// page, while it lives. It says nothing else: not which code, nor when.
#[server(endpoint = "evaluation/stored")]
pub async fn answers_stored(token: String) -> Result<Option<Respondent>, AppError> {
    let state = app_state()?;
    Ok(match state.handovers.result(&token, state.clock.now()) {
        Some(Handed::Evaluated(respondent)) => Some(respondent),
        _ => None,
    })
}
