//! CSV uploads (the course register's history, the lead's registry figures): reading the one
//! file from a multipart post, and answering with the import page and what came of it.

use axum::{
    extract::{FromRequest as _, Multipart, Request},
    http::{request::Parts, StatusCode},
    response::{IntoResponse as _, Response},
};

use crate::{
    domain::{
        audit::{Action, Actor},
        CurrentStaff, ImportOutcome,
    },
    i18n::refusals,
    store::{audit_store, AppState},
    web::kit::{internal, render, Reply},
};

/// Largest file an import accepts: some 20,000 lines of CSV. The body limit lets posts to
/// [`UPLOADS`] this far (`server::middleware::body_limit`); everything else stays at 64 KB.
pub const MAX_IMPORT: usize = 2 * 1024 * 1024;

/// The addresses that take a file upload.
pub const UPLOADS: &[&str] = &[
    "/team/forloeb/import",
    "/team/tilbud/import",
    "/ledelse/import/underretninger",
    "/ledelse/import/arter",
    "/ledelse/import/trin",
    "/ledelse/import/trappe",
    "/ledelse/import/sammenligning",
    "/ledelse/import/befolkning",
];

/// The field `file` of a multipart post; a 4xx with a reason when there is none to read.
pub async fn read_file(state: &AppState, request: Request) -> Result<(Parts, Vec<u8>), Response> {
    read_upload(state, request, &[])
        .await
        .map(|(parts, file, _)| (parts, file))
}

/// The field `file` of a multipart post and the text fields named in `fields` (empty when not
/// sent), in that order; a 4xx with a reason when there is no file to read.
pub async fn read_upload(
    state: &AppState,
    request: Request,
    fields: &[&str],
) -> Result<(Parts, Vec<u8>, Vec<String>), Response> {
    let (parts, body) = request.into_parts();
    let refuse = |status: StatusCode, reason: &'static str| (status, reason).into_response();
    let multipart = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        // Read what was sent before answering, so the client gets the answer rather than a
        // connection closed under its upload.
        let _ = axum::body::to_bytes(body, MAX_IMPORT).await;
        return Err(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            refusals::NOT_AN_UPLOAD,
        ));
    }
    let Ok(mut multipart) =
        Multipart::from_request(Request::from_parts(parts.clone(), body), state).await
    else {
        return Err(refuse(StatusCode::BAD_REQUEST, refusals::NOT_AN_UPLOAD));
    };
    let mut file = None;
    let mut texts = vec![String::new(); fields.len()];
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                Ok(bytes) => file = Some(bytes.to_vec()),
                Err(_) => {
                    return Err(refuse(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        refusals::FILE_TOO_LARGE,
                    ))
                }
            },
            Ok(Some(field)) => {
                let at = fields.iter().position(|f| Some(*f) == field.name());
                match (at, field.text().await) {
                    (Some(at), Ok(text)) => texts[at] = text,
                    (None, _) => {}
                    (Some(_), Err(_)) => {
                        return Err(refuse(StatusCode::BAD_REQUEST, refusals::UPLOAD_UNREADABLE))
                    }
                }
            }
            Ok(None) => break,
            Err(_) => return Err(refuse(StatusCode::BAD_REQUEST, refusals::UPLOAD_UNREADABLE)),
        }
    }
    match file {
        Some(file) => Ok((parts, file, texts)),
        None => Err(refuse(StatusCode::BAD_REQUEST, refusals::NO_FILE)),
    }
}

/// Stores an import and writes its audit entry in one transaction: both happen, or neither.
pub async fn store_recorded(
    state: &AppState,
    staff: &CurrentStaff,
    store: impl AsyncFnOnce(&mut sqlx::AnyConnection) -> Result<(usize, usize), sqlx::Error>,
    audit: impl FnOnce(usize, usize) -> (Action, String),
) -> Result<(usize, usize), Response> {
    let mut tx = state.db.begin_write().await.map_err(internal)?;
    let (stored, more) = store(&mut tx).await.map_err(internal)?;
    let (action, subject) = audit(stored, more);
    let actor = Actor {
        staff_id: Some(staff.id),
        email: &staff.email,
    };
    audit_store::record(&mut *tx, state.clock.now(), actor, action, &subject)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok((stored, more))
}

/// Shows `page` with the outcome of the post to `action`: 200 when stored, 422 with every
/// problem when refused.
pub async fn answer(
    state: &AppState,
    parts: &Parts,
    page: &'static str,
    action: &'static str,
    outcome: ImportOutcome,
) -> Reply {
    let status = match outcome {
        ImportOutcome::Stored(..) => StatusCode::OK,
        ImportOutcome::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let response = render(state, parts, page, status, move || {
        leptos::prelude::provide_context((action, outcome.clone()))
    })
    .await;
    if status == StatusCode::OK {
        Ok(response)
    } else {
        Err(response)
    }
}
