//! Anonymous sparring: the public list of workplaces, and the team's inbox.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::sparring::ReceiptCode,
    domain::{
        access::TEAM,
        audit::{Action, Actor},
        sparring::{AgeBand, AskerKind, InboxFilter, SparringStatus, Theme},
        Role,
    },
    store::{
        audit_store, handover::Handed, institution_store, offer_store, sparring_store, staff_store,
    },
    web::request::{app_state, require},
};
use crate::{
    domain::sparring::{AskerView, InboxRow, SparringRequest},
    web::error::AppError,
};

/// The active institutions, for the request form's list (public: names only).
#[server(endpoint = "sparring/institutions")]
pub async fn workplaces() -> Result<Vec<(i64, String)>, AppError> {
    let state = app_state()?;
    Ok(institution_store::list_active(&state.db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect())
}

/// The receipt the post of a new request handed on under `token`, while it may be shown.
#[server(endpoint = "sparring/sent")]
pub async fn sent_receipt(token: String) -> Result<Option<String>, AppError> {
    let state = app_state()?;
    Ok(match state.handovers.result(&token, state.clock.now()) {
        Some(Handed::Sent { receipt }) => Some(receipt),
        _ => None,
    })
}

/// The request a receipt (or the asker's reply) opened and handed on under `token`, while it
/// may be shown.
#[server(endpoint = "sparring/opened")]
pub async fn opened_request(token: String) -> Result<Option<AskerView>, AppError> {
    let state = app_state()?;
    let Some(Handed::Opened { receipt, replied }) =
        state.handovers.result(&token, state.clock.now())
    else {
        return Ok(None);
    };
    let Ok(receipt) = ReceiptCode::parse(&receipt) else {
        return Ok(None);
    };
    Ok(sparring_store::asker_view(&state.db, &state.settings.secret, &receipt, replied).await?)
}

/// The inbox, filtered (empty strings do not filter).
#[server(endpoint = "team/sparring-inbox")]
pub async fn inbox(
    kind: String,
    status: String,
    institution: String,
    age_band: String,
    theme: String,
) -> Result<Vec<InboxRow>, AppError> {
    require(TEAM)?;
    let state = app_state()?;
    let filter = InboxFilter {
        kind: AskerKind::parse(&kind).ok(),
        status: SparringStatus::parse(&status).ok(),
        institution: institution.parse().ok(),
        age_band: AgeBand::parse(&age_band).ok(),
        theme: Theme::parse(&theme).ok(),
    };
    Ok(sparring_store::inbox(&state.db, &filter).await?)
}

/// One request with its text; each reading is written to the audit log.
#[server(endpoint = "team/sparring-request")]
pub async fn read_request(id: i64) -> Result<SparringRequest, AppError> {
    let me = require(TEAM)?;
    let state = app_state()?;
    let request = sparring_store::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = Actor {
        staff_id: Some(me.id),
        email: &me.email,
    };
    audit_store::record(
        state.db.pool(),
        state.clock.now(),
        actor,
        Action::SparringViewed,
        &crate::i18n::audit::sparring_read(id),
    )
    .await?;
    Ok(request)
}

/// The catalogue's active offers a reply may point to: id and name.
#[server(endpoint = "team/sparring-offers")]
pub async fn offers_to_point_to() -> Result<Vec<(i64, String)>, AppError> {
    require(TEAM)?;
    let state = app_state()?;
    Ok(offer_store::active_names(&state.db).await?)
}

/// The FI team members a request can be given to.
#[server(endpoint = "team/members")]
pub async fn team_members() -> Result<Vec<(i64, String)>, AppError> {
    require(TEAM)?;
    let state = app_state()?;
    Ok(staff_store::list(&state.db)
        .await?
        .into_iter()
        .filter(|s| s.active && matches!(s.role, Role::Team | Role::Admin))
        .map(|s| (s.id, s.name))
        .collect())
}
