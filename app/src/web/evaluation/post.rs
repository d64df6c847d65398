//! `POST /evaluering`: a parent's answers. Burns the code and stores the answers together, or
//! shows the form again with what is missing; the language switch posts here too.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{request::Parts, StatusCode},
};

use crate::{
    domain::{
        evaluation::FORM, form::Fields, Answers, CodeStatus, EvaluationCode, FieldError, Lang,
        Problem,
    },
    store::{evaluation_store, handover::Handed, throttle::minutes, AppState},
    web::{
        evaluation::{sent_here, CodeGuesses},
        kit::{hand_on, internal, read_form, show_again, FormData, Reply},
    },
};

/// Where a stored evaluation leads.
pub const RECEIPT: &str = "/evaluering/kvittering";

/// The form's page for the typed code (and, when switching, in another language).
fn page(typed: &str, lang: Option<Lang>) -> String {
    let mut query = vec![("kode", typed)];
    if let Some(lang) = lang {
        query.push(("lang", lang.code()));
    }
    format!(
        "/evaluering?{}",
        serde_urlencoded::to_string(query).unwrap_or_default()
    )
}

async fn refuse(
    state: &AppState,
    parts: &Parts,
    data: &FormData,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> axum::response::Response {
    let submitted = data.refused(FORM, &[], errors);
    show_again(
        state,
        parts,
        &page(data.get("kode"), None),
        submitted,
        status,
    )
    .await
}

/// Handles the questionnaire. Nothing about the request is kept: the client's address only
/// counts unknown codes, as a keyed hash, in memory.
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    if let Some(lang) = Lang::parse(data.get("switch_lang")) {
        let submitted = data.refused(FORM, &[], Vec::new());
        let page = page(data.get("kode"), Some(lang));
        return Ok(show_again(&state, &parts, &page, submitted, StatusCode::OK).await);
    }
    let code_problem = |problem: Problem| vec![FieldError::new("code", problem)];
    let code = match EvaluationCode::parse(data.get("kode")) {
        Ok(code) => code,
        Err(problem) => {
            return Err(refuse(
                &state,
                &parts,
                &data,
                code_problem(problem),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
        }
    };
    let answers = match Answers::parse(|name| data.get(name).to_owned()) {
        Ok(answers) => answers,
        Err(errors) => {
            return Err(refuse(
                &state,
                &parts,
                &data,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
        }
    };
    // Counted after the answers are read (a form shown again for a missing answer is no
    // guess) and before the code is looked up.
    let guess = match CodeGuesses::attempt(&state, &parts.headers, peer) {
        Ok(guess) => guess,
        Err(wait) => {
            let problem = Problem::Throttled {
                minutes: minutes(wait),
            };
            return Err(refuse(
                &state,
                &parts,
                &data,
                code_problem(problem),
                StatusCode::TOO_MANY_REQUESTS,
            )
            .await);
        }
    };
    let today = guess.now().date_naive();
    let outcome =
        evaluation_store::submit(&state.db, &state.settings.secret, &code, &answers, today)
            .await
            .map_err(internal)?;
    match outcome {
        Ok(()) => {
            guess.found(CodeStatus::Valid);
            Ok(sent_here::mark(
                &state,
                &code,
                hand_on(&state, &data, Handed::Evaluated, RECEIPT),
            ))
        }
        Err(status) => {
            guess.found(status);
            let problem = status.problem().unwrap_or(Problem::CodeUnknown);
            Err(refuse(
                &state,
                &parts,
                &data,
                code_problem(problem),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
        }
    }
}
