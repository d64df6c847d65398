//! Anonymous sparring: the public list of workplaces, and the team's inbox.

use leptos::prelude::*;

use crate::{
    domain::{
        sparring::{
            AgeBand, AskerRole, Outcome, ParentsKnow, PreferredForm, SparringStatus, Theme,
            WorkContact,
        },
        Area,
    },
    error::AppError,
};

/// One message of a request's conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// From the FI team (else from the asker).
    pub from_team: bool,
    /// The team member's name, for team messages.
    pub author: Option<String>,
    /// The day it was sent.
    pub sent_on: String,
    /// The text.
    pub body: String,
}

/// A request with everything the team (or, with the receipt, the asker) may read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SparringRequest {
    /// Id (the team's reference).
    pub id: i64,
    /// Day it came in.
    pub received_on: String,
    /// Who asked.
    pub role: AskerRole,
    /// The institution's name (listed or typed).
    pub institution: Option<String>,
    /// The institution's area, if listed.
    pub area: Option<Area>,
    /// The child's age band.
    pub age_band: AgeBand,
    /// Themes.
    pub themes: Vec<Theme>,
    /// Whether the parents know.
    pub parents_know: ParentsKnow,
    /// How to talk.
    pub preferred_form: PreferredForm,
    /// The concern (gone after retention).
    pub concern: Option<String>,
    /// Work contact.
    pub contact: WorkContact,
    /// Where it stands.
    pub status: SparringStatus,
    /// The team member who has it.
    pub assigned_to: Option<(i64, String)>,
    /// Proposed meeting: day, time, place or link.
    pub meeting: Option<(String, String, String)>,
    /// Outcome, once closed.
    pub outcome: Option<Outcome>,
    /// Day it was closed.
    pub closed_on: Option<String>,
    /// The conversation, oldest first.
    pub messages: Vec<Message>,
}

/// What the inbox lists.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InboxRow {
    /// Id.
    pub id: i64,
    /// Day it came in.
    pub received_on: String,
    /// Where it stands.
    pub status: SparringStatus,
    /// Who asked.
    pub role: AskerRole,
    /// Institution.
    pub institution: Option<String>,
    /// Age band.
    pub age_band: AgeBand,
    /// Themes.
    pub themes: Vec<Theme>,
    /// Who has it.
    pub assigned_to: Option<String>,
}

/// The inbox's filters; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InboxFilter {
    /// Status.
    pub status: Option<SparringStatus>,
    /// Institution id.
    pub institution: Option<i64>,
    /// Age band.
    pub age_band: Option<AgeBand>,
    /// Theme.
    pub theme: Option<Theme>,
}

/// The active institutions, for the request form's list (public: names only).
#[server(endpoint = "sparring/institutions")]
pub async fn workplaces() -> Result<Vec<(i64, String)>, AppError> {
    use crate::store::{institution_store, state::app_state};
    let state = app_state()?;
    Ok(institution_store::list_active(&state.db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect())
}

/// The inbox, filtered (empty strings do not filter).
#[server(endpoint = "team/sparring-inbox")]
pub async fn inbox(
    status: String,
    institution: String,
    age_band: String,
    theme: String,
) -> Result<Vec<InboxRow>, AppError> {
    use crate::{
        domain::access::TEAM,
        store::{auth::require, sparring_store, state::app_state},
    };
    require(TEAM)?;
    let state = app_state()?;
    let filter = InboxFilter {
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
    use crate::{
        domain::access::TEAM,
        store::{
            audit_store::{self, Action, Actor},
            auth::require,
            sparring_store,
            state::app_state,
        },
    };
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
        &format!("#{id}"),
    )
    .await?;
    Ok(request)
}

/// The FI team members a request can be given to.
#[server(endpoint = "team/members")]
pub async fn team_members() -> Result<Vec<(i64, String)>, AppError> {
    use crate::{
        domain::access::TEAM,
        domain::Role,
        store::{auth::require, staff_store, state::app_state},
    };
    require(TEAM)?;
    let state = app_state()?;
    Ok(staff_store::list(&state.db)
        .await?
        .into_iter()
        .filter(|s| s.active && matches!(s.role, Role::Team | Role::Admin))
        .map(|s| (s.id, s.name))
        .collect())
}
