//! The asker's posts: a new request, opening a request with its receipt, and replying. No
//! login and no cookie; the receipt travels in the form, never in an address. A successful
//! post redirects to a page that shows its result through a short-lived token
//! (`store::handover`), so reloading or switching language sends nothing again. Professionals
//! post to `/sparring…`, citizens to `/raad…` (their desk, `domain::advice::Desk`); a receipt
//! opens its request on its own desk's page, wherever it was typed.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{request::Parts, StatusCode},
};

use crate::{
    domain::{
        advice::Desk,
        form::Fields,
        professional_evaluation::{SparringRating, RATING_FORM, RATING_QUESTIONS},
        sparring::{
            AskerKind, NewRequest, ReceiptCode, SparringStatus, SparringText, FORM, RECEIPT_FORM,
        },
        FieldError, Lang, Problem,
    },
    store::{
        handover::Handed,
        sparring_rating_store::{self, Refusal},
        sparring_store,
        throttle::{client_key, minutes, Counted},
        AppState,
    },
    web::{
        kit::{
            hand_on, internal, no_store, read_form, render, sent_before, show_again, switched,
            FormData, Reply,
        },
        request::public_url,
        sparring::notify,
    },
};

/// The desk a post was made to: the citizens' (`/raad…`) or the professionals'.
fn desk_of(parts: &Parts) -> Desk {
    let citizens = AskerKind::Citizen.desk();
    let path = parts.uri.path();
    if path == citizens.form || path.starts_with(&format!("{}/", citizens.form)) {
        citizens
    } else {
        AskerKind::Professional.desk()
    }
}

/// `POST /sparring`: stores a professional's request and hands its receipt to the sent page.
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    submit_to(state, peer, request, FORM, NewRequest::parse).await
}

/// `POST /raad`: stores a citizen's question and hands its receipt to the sent page.
pub async fn submit_advice(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    submit_to(
        state,
        peer,
        request,
        crate::domain::advice::FORM,
        NewRequest::parse_advice,
    )
    .await
}

/// Reads a request from the form `form` with `parse` and stores it, throttled per client.
async fn submit_to(
    state: AppState,
    peer: SocketAddr,
    request: Request,
    form: &'static str,
    parse: fn(&FormData) -> Result<NewRequest, Vec<FieldError>>,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    let desk = desk_of(&parts);
    if let Some(again) = sent_before(&state, &data) {
        return Ok(again);
    }
    if let Some(lang) = Lang::parse(data.get("switch_lang")) {
        let page = format!("{}?lang={}", desk.form, lang.code());
        return Ok(show_again(
            &state,
            &parts,
            &page,
            data.refused(form, &["confirm"], Vec::new()),
            StatusCode::OK,
        )
        .await);
    }
    // The form again with what was typed (but the contact box), and why it was not sent.
    let refuse = |errors: Vec<FieldError>, status: StatusCode| {
        let refused = data.refused(form, &["confirm"], errors);
        let (state, parts) = (&state, &parts);
        async move { no_store(show_again(state, parts, desk.form, refused, status).await) }
    };
    let new = match parse(&data) {
        Ok(new) => new,
        Err(errors) => return Err(refuse(errors, StatusCode::UNPROCESSABLE_ENTITY).await),
    };
    // A flood of requests would bury the real ones and the team's mailbox: a client may send
    // only so many an hour (counted in memory, under a keyed hash of its address).
    let client = client_key(&state.settings, &parts.headers, peer);
    if let Err(wait) = state
        .guards
        .sparring_client
        .attempt(&client, state.clock.now())
    {
        let problem = Problem::Throttled {
            minutes: minutes(wait),
        };
        let errors = vec![FieldError::new("concern", problem)];
        return Err(refuse(errors, StatusCode::TOO_MANY_REQUESTS).await);
    }
    let today = state.clock.now().date_naive();
    let (_, receipt) = sparring_store::create(&state.db, &state.settings.secret, &new, today)
        .await
        .map_err(internal)?;
    if let Some(smtp) = state.settings.smtp.clone() {
        let link = format!("{}/team/sparring", public_url(&state));
        // Sent in the background: the asker does not wait for the mail server.
        tokio::spawn(async move {
            if let Err(error) = notify::new_sparring_request(&smtp, &link).await {
                tracing::warn!(error = %error, "could not notify the team of a sparring request");
            }
        });
    }
    let sent = Handed::Sent {
        receipt: receipt.grouped(),
    };
    Ok(hand_on(&state, &data, sent, desk.sent))
}

/// The receipt form of the desk posted to shown again with `problem` at the receipt: it shows
/// nothing of any request.
async fn refuse_receipt(
    state: &AppState,
    parts: &Parts,
    data: &FormData,
    problem: Problem,
    status: StatusCode,
) -> axum::response::Response {
    let refused = data.refused(
        RECEIPT_FORM,
        &["receipt"],
        vec![FieldError::new("receipt", problem)],
    );
    let page = desk_of(parts).receipt;
    no_store(show_again(state, parts, page, refused, status).await)
}

/// Counts a guess at a receipt before it is looked up (so that concurrent guesses cannot
/// outrun the count); a receipt that turns out to be known is given back.
async fn count_guess(
    state: &AppState,
    parts: &Parts,
    peer: SocketAddr,
    data: &FormData,
) -> Result<Counted, axum::response::Response> {
    let client = client_key(&state.settings, &parts.headers, peer);
    match state
        .guards
        .receipt_client
        .attempt(&client, state.clock.now())
    {
        Ok(counted) => Ok(counted),
        Err(wait) => {
            let problem = Problem::Throttled {
                minutes: minutes(wait),
            };
            Err(refuse_receipt(state, parts, data, problem, StatusCode::TOO_MANY_REQUESTS).await)
        }
    }
}

/// Looks a receipt up (throttled per client). Without `answer`, hands the request on to the
/// asker's page; with one (a refused reply, or the reply form in another language), shows the
/// request here with it. An unknown receipt gets a refusal that shows nothing of any request.
async fn asker_page(
    state: &AppState,
    parts: &Parts,
    peer: SocketAddr,
    data: &FormData,
    answer: Option<Answer>,
) -> Reply {
    let receipt = match ReceiptCode::parse(data.get("receipt")) {
        Ok(receipt) => receipt,
        Err(problem) => {
            return Err(refuse_receipt(
                state,
                parts,
                data,
                problem,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
        }
    };
    let counted = count_guess(state, parts, peer, data).await?;
    let Some(view) = sparring_store::asker_view(&state.db, &state.settings.secret, &receipt, false)
        .await
        .map_err(internal)?
    else {
        let problem = Problem::ReceiptUnknown;
        return Err(refuse_receipt(
            state,
            parts,
            data,
            problem,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    };
    state.guards.receipt_client.give_back(&counted);
    let desk = view.request.asker.kind().desk();
    let Some(answer) = answer else {
        let opened = Handed::Opened {
            receipt: view.receipt,
            replied: false,
        };
        return Ok(hand_on(state, data, opened, desk.receipt));
    };
    let submitted = data.refused(answer.form, &["receipt", "confirm"], answer.errors);
    let page = format!("{}?lang={}", desk.receipt, answer.lang.code());
    let response = render(state, parts, &page, answer.status, move || {
        leptos::prelude::provide_context(view.clone());
        leptos::prelude::provide_context(submitted.clone());
    })
    .await;
    if answer.status == StatusCode::OK {
        Ok(no_store(response))
    } else {
        Err(no_store(response))
    }
}

/// The reply or rating form (`form`) shown again with the asker's request: in `lang`, with
/// `errors`.
struct Answer {
    form: &'static str,
    lang: Lang,
    status: StatusCode,
    errors: Vec<FieldError>,
}

/// `POST /sparring/kvittering` and `/raad/kvittering`: opens a request with its receipt.
pub async fn open(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    if let Some(page) = switched(&state, &parts, &data).await {
        return Ok(page);
    }
    asker_page(&state, &parts, peer, &data, None).await
}

/// How the asker's posts on an opened request (its `form`) begin: the form read, a post sent
/// twice answered as the first time, and the language switch, which shows the request again
/// in the chosen language with what was typed kept. `Err` is the reply when that is all.
async fn opened_post(
    state: &AppState,
    peer: SocketAddr,
    request: Request,
    form: &'static str,
) -> Result<(Parts, FormData, Lang), Reply> {
    let (parts, data) = read_form(request).await.map_err(Err)?;
    if let Some(again) = sent_before(state, &data) {
        return Err(Ok(again));
    }
    let lang = crate::web::request::lang_of(&parts).0;
    if let Some(chosen) = Lang::parse(data.get("switch_lang")) {
        let answer = Answer {
            form,
            lang: chosen,
            status: StatusCode::OK,
            errors: Vec::new(),
        };
        return Err(asker_page(state, &parts, peer, &data, Some(answer)).await);
    }
    Ok((parts, data, lang))
}

/// `POST /sparring/svar` and `/raad/svar`: the asker writes to the team (or switches the page's language with
/// what is typed kept).
pub async fn reply(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data, lang) = match opened_post(&state, peer, request, "reply").await {
        Ok(started) => started,
        Err(reply) => return reply,
    };
    let Ok(receipt) = ReceiptCode::parse(data.get("receipt")) else {
        return asker_page(&state, &parts, peer, &data, None).await;
    };
    let counted = count_guess(&state, &parts, peer, &data).await?;
    let Some((id, status)) =
        sparring_store::id_by_receipt(&state.db, &state.settings.secret, &receipt)
            .await
            .map_err(internal)?
    else {
        // Unknown receipts get the same refusal (and count) as on the receipt page.
        let problem = Problem::ReceiptUnknown;
        return Err(refuse_receipt(
            &state,
            &parts,
            &data,
            problem,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    };
    state.guards.receipt_client.give_back(&counted);
    let message = SparringText::parse_confirmed(data.get("message"), 1, data.get("confirm") == "1");
    let message = match (status, message) {
        (SparringStatus::Closed, _) => Err(Problem::NotAChoice),
        (_, message) => message,
    };
    let message = match message {
        Ok(message) => message,
        Err(problem) => {
            let answer = Answer {
                form: "reply",
                lang,
                status: StatusCode::UNPROCESSABLE_ENTITY,
                errors: vec![FieldError::new("message", problem)],
            };
            return asker_page(&state, &parts, peer, &data, Some(answer)).await;
        }
    };
    let mut tx = state.db.begin_write().await.map_err(internal)?;
    sparring_store::add_message(
        &mut tx,
        id,
        None,
        &message,
        &[],
        state.clock.now().date_naive(),
    )
    .await
    .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    let opened = Handed::Opened {
        receipt: receipt.as_str().to_owned(),
        replied: true,
    };
    Ok(hand_on(&state, &data, opened, desk_of(&parts).receipt))
}

/// `POST /sparring/vurdering` and `/raad/vurdering`: the asker rates the closed request, once per receipt. The
/// rating is stored apart from the request (`store::sparring_rating_store`).
pub async fn rate(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data, lang) = match opened_post(&state, peer, request, RATING_FORM).await {
        Ok(started) => started,
        Err(reply) => return reply,
    };
    let again = |lang: Lang, status: StatusCode, errors: Vec<FieldError>| Answer {
        form: RATING_FORM,
        lang,
        status,
        errors,
    };
    let Ok(receipt) = ReceiptCode::parse(data.get("receipt")) else {
        return asker_page(&state, &parts, peer, &data, None).await;
    };
    let rating = match SparringRating::parse(|name| data.get(name).to_owned()) {
        Ok(rating) => rating,
        Err(errors) => {
            let answer = again(lang, StatusCode::UNPROCESSABLE_ENTITY, errors);
            return asker_page(&state, &parts, peer, &data, Some(answer)).await;
        }
    };
    let counted = count_guess(&state, &parts, peer, &data).await?;
    let today = state.clock.now().date_naive();
    let outcome =
        sparring_rating_store::rate(&state.db, &state.settings.secret, &receipt, &rating, today)
            .await
            .map_err(internal)?;
    if outcome == Err(Refusal::Unknown) {
        let problem = Problem::ReceiptUnknown;
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Err(refuse_receipt(&state, &parts, &data, problem, status).await);
    }
    state.guards.receipt_client.give_back(&counted);
    if outcome == Err(Refusal::Open) {
        let errors = vec![FieldError::new(RATING_QUESTIONS[0], Problem::NotAChoice)];
        let answer = again(lang, StatusCode::UNPROCESSABLE_ENTITY, errors);
        return asker_page(&state, &parts, peer, &data, Some(answer)).await;
    }
    // Stored, or rated a moment ago in another tab: either way the page says it is rated.
    let opened = Handed::Opened {
        receipt: receipt.as_str().to_owned(),
        replied: false,
    };
    Ok(hand_on(&state, &data, opened, desk_of(&parts).receipt))
}
