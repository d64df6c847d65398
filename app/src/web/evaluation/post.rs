//! `POST /evaluering` and `POST /evaluering/fagperson`: a parent's or a professional's
//! answers. Burns the code and stores the answers together, or shows the form again with what
//! is missing; the language switch posts here too.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{request::Parts, StatusCode},
};

use crate::{
    domain::{
        form::Fields, professional_evaluation::ProfessionalAnswers, Answers, CodeStatus,
        EvaluationCode, FieldError, Lang, Problem, Respondent,
    },
    store::{
        evaluation_store::{self, Submission},
        handover::Handed,
        throttle::minutes,
        AppState,
    },
    web::{
        evaluation::{sent_here, CodeGuesses},
        kit::{hand_on, internal, read_form, show_again, FormData, Reply},
    },
};

/// Where stored answers lead.
pub const RECEIPT: &str = "/evaluering/kvittering";

/// The form's page for the typed code (and, when switching, in another language).
fn page(respondent: Respondent, typed: &str, lang: Option<Lang>) -> String {
    let mut query = vec![("kode", typed)];
    if let Some(lang) = lang {
        query.push(("lang", lang.code()));
    }
    format!(
        "{}?{}",
        respondent.form_path(),
        serde_urlencoded::to_string(query).unwrap_or_default()
    )
}

/// The form again, with what was given and `errors`.
async fn refuse(
    state: &AppState,
    parts: &Parts,
    (respondent, data): (Respondent, &FormData),
    errors: Vec<FieldError>,
    status: StatusCode,
) -> axum::response::Response {
    let submitted = data.refused(respondent.form(), &[], errors);
    let page = page(respondent, data.get("kode"), None);
    show_again(state, parts, &page, submitted, status).await
}

/// `POST /evaluering`: a parent's answers.
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    answer(state, peer, request, Respondent::Parent).await
}

/// `POST /evaluering/fagperson`: a professional's answers.
pub async fn submit_professional(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    answer(state, peer, request, Respondent::Professional).await
}

/// Handles either questionnaire. Nothing about the request is kept: the client's address
/// only counts unknown codes, as a keyed hash, in memory.
async fn answer(
    state: AppState,
    peer: SocketAddr,
    request: Request,
    respondent: Respondent,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    let form = (respondent, &data);
    if let Some(lang) = Lang::parse(data.get("switch_lang")) {
        let submitted = data.refused(respondent.form(), &[], Vec::new());
        let page = page(respondent, data.get("kode"), Some(lang));
        return Ok(show_again(&state, &parts, &page, submitted, StatusCode::OK).await);
    }
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let code_problem = |problem: Problem| vec![FieldError::new("code", problem)];
    let code = match EvaluationCode::parse(data.get("kode")) {
        Ok(code) => code,
        Err(problem) => {
            return Err(refuse(&state, &parts, form, code_problem(problem), unprocessable).await)
        }
    };
    let field = |name: &str| data.get(name).to_owned();
    let answers = match respondent {
        Respondent::Parent => Answers::parse(field).map(Submission::Parent),
        Respondent::Professional => ProfessionalAnswers::parse(field).map(Submission::Professional),
    };
    let answers = match answers {
        Ok(answers) => answers,
        Err(errors) => return Err(refuse(&state, &parts, form, errors, unprocessable).await),
    };
    // Counted after the answers are read (a form shown again for a missing answer is no
    // guess) and before the code is looked up.
    let guess = match CodeGuesses::attempt(&state, &parts.headers, peer) {
        Ok(guess) => guess,
        Err(wait) => {
            let problem = Problem::Throttled {
                minutes: minutes(wait),
            };
            let status = StatusCode::TOO_MANY_REQUESTS;
            return Err(refuse(&state, &parts, form, code_problem(problem), status).await);
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
            let handed = hand_on(&state, &data, Handed::Evaluated(respondent), RECEIPT);
            Ok(sent_here::mark(&state, &code, handed))
        }
        Err(status) => {
            guess.found(status);
            let problem = status.problem().unwrap_or(Problem::CodeUnknown);
            Err(refuse(&state, &parts, form, code_problem(problem), unprocessable).await)
        }
    }
}
