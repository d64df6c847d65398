//! The asker's posts: a new request, opening a request with its receipt, and replying. No
//! login and no cookie; the receipt travels in the form, never in an address.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::Response,
};

use crate::{
    domain::{
        form::Fields,
        sparring::{
            AskerView, NewRequest, ReceiptCode, SentReceipt, SparringStatus, SparringText, FORM,
            RECEIPT_FORM,
        },
        FieldError, Problem,
    },
    store::{
        settings_store, sparring_store,
        throttle::{client_key, minutes},
        AppState,
    },
    web::{
        kit::{internal, read_form, render, show_again, FormData, Reply},
        request::public_url,
        sparring::notify,
    },
};

/// Pages with a request's text or a receipt on them must not stay in any cache.
fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `POST /sparring`: stores the request and shows its receipt once.
pub async fn submit(State(state): State<AppState>, request: Request) -> Reply {
    let (parts, data) = read_form(request).await?;
    if let Some(lang) = crate::domain::Lang::parse(data.get("switch_lang")) {
        let page = format!("/sparring?lang={}", lang.code());
        return Ok(show_again(
            &state,
            &parts,
            &page,
            data.refused(FORM, &["confirm"], Vec::new()),
            StatusCode::OK,
        )
        .await);
    }
    let new = match NewRequest::parse(&data) {
        Ok(new) => new,
        Err(errors) => {
            let refused = data.refused(FORM, &["confirm"], errors);
            return Err(no_store(
                show_again(
                    &state,
                    &parts,
                    "/sparring",
                    refused,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await,
            ));
        }
    };
    let today = state.clock.now().date_naive();
    let (_, receipt) = sparring_store::create(&state.db, &state.settings.secret, &new, today)
        .await
        .map_err(internal)?;
    if let Some(smtp) = state.settings.smtp.clone() {
        let link = format!("{}/team/sparring", public_url(&state, &parts));
        // Sent in the background: the asker does not wait for the mail server.
        tokio::spawn(async move {
            if let Err(error) = notify::new_sparring_request(&smtp, &link).await {
                tracing::warn!(error = %error, "could not notify the team of a sparring request");
            }
        });
    }
    let shown = SentReceipt(receipt.grouped());
    Ok(no_store(
        render(&state, &parts, "/sparring", StatusCode::OK, move || {
            leptos::prelude::provide_context(shown.clone())
        })
        .await,
    ))
}

/// Looks a receipt up (throttled per client) and answers with the asker's page, or a refusal
/// that shows nothing of any request.
async fn asker_page(
    state: &AppState,
    parts: &Parts,
    peer: SocketAddr,
    data: &FormData,
    form: &'static str,
    replied: bool,
    extra: Vec<FieldError>,
) -> Reply {
    let refuse = |problem: Problem, status: StatusCode| async move {
        let refused = data.refused(
            RECEIPT_FORM,
            &["receipt"],
            vec![FieldError::new("receipt", problem)],
        );
        no_store(show_again(state, parts, "/sparring/kvittering", refused, status).await)
    };
    let receipt = match ReceiptCode::parse(data.get("receipt")) {
        Ok(receipt) => receipt,
        Err(problem) => return Err(refuse(problem, StatusCode::UNPROCESSABLE_ENTITY).await),
    };
    let now = state.clock.now();
    let client = client_key(&state.settings, &parts.headers, peer);
    if let Err(wait) = state.guards.receipt_client.check(&client, now) {
        return Err(refuse(
            Problem::Throttled {
                minutes: minutes(wait),
            },
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await);
    }
    let Some(request) = sparring_store::by_receipt(&state.db, &state.settings.secret, &receipt)
        .await
        .map_err(internal)?
    else {
        let _ = state.guards.receipt_client.fail(&client, now);
        return Err(refuse(Problem::ReceiptUnknown, StatusCode::UNPROCESSABLE_ENTITY).await);
    };
    let retention = settings_store::number(&state.db, settings_store::SPARRING_RETENTION_DAYS)
        .await
        .map_err(internal)?;
    let deletion_day = request
        .closed_on
        .as_deref()
        .and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .map(|closed| sparring_store::deletion_day(closed, retention).to_string());
    let view = AskerView {
        request,
        receipt: receipt.as_str().to_owned(),
        deletion_day,
        replied,
    };
    let status = if extra.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let submitted = data.refused(form, &["receipt", "confirm"], extra);
    let response = render(state, parts, "/sparring/kvittering", status, move || {
        leptos::prelude::provide_context(view.clone());
        leptos::prelude::provide_context(submitted.clone());
    })
    .await;
    if status == StatusCode::OK {
        Ok(no_store(response))
    } else {
        Err(no_store(response))
    }
}

/// `POST /sparring/kvittering`: opens a request with its receipt.
pub async fn open(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    asker_page(&state, &parts, peer, &data, RECEIPT_FORM, false, Vec::new()).await
}

/// `POST /sparring/svar`: the asker writes to the team.
pub async fn reply(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Reply {
    let (parts, data) = read_form(request).await?;
    let found = match ReceiptCode::parse(data.get("receipt")) {
        Ok(receipt) => sparring_store::id_by_receipt(&state.db, &state.settings.secret, &receipt)
            .await
            .map_err(internal)?,
        Err(_) => None,
    };
    let Some((id, status)) = found else {
        // Unknown receipts get the same refusal (and count) as on the receipt page.
        return asker_page(&state, &parts, peer, &data, "reply", false, Vec::new()).await;
    };
    let message = SparringText::parse_confirmed(data.get("message"), 1, data.get("confirm") == "1");
    let message = match (status, message) {
        (SparringStatus::Closed, _) => Err(Problem::NotAChoice),
        (_, message) => message,
    };
    let message = match message {
        Ok(message) => message,
        Err(problem) => {
            let errors = vec![FieldError::new("message", problem)];
            return asker_page(&state, &parts, peer, &data, "reply", false, errors).await;
        }
    };
    let mut tx = state.db.begin_write().await.map_err(internal)?;
    sparring_store::add_message(&mut tx, id, None, &message, state.clock.now().date_naive())
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    asker_page(&state, &parts, peer, &data, "reply", true, Vec::new()).await
}
