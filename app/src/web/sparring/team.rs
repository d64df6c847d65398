//! The FI team's actions on a sparring request: assign, propose a meeting, write, close.

use axum::extract::Path;

use crate::{
    domain::{
        audit::Action,
        form::{Fields, Problems},
        offer,
        sparring::{MeetingProposal, Outcome, SparringText},
        FieldError, Notice, Problem, Role,
    },
    i18n::audit,
    store::{offer_store, sparring_store, staff_store},
    web::kit::{internal, Reply, StaffPost},
};

fn page(id: i64) -> String {
    format!("/team/sparring/{id}")
}

async fn done(
    post: StaffPost,
    tx: sqlx::Transaction<'static, sqlx::Any>,
    id: i64,
    what: &str,
    notice: Notice,
) -> Reply {
    let subject = audit::sparring(id, what);
    post.commit(tx, (Action::SparringUpdated, &subject), notice, &page(id))
        .await
}

/// Refuses the post when the request does not exist (or its texts are gone).
async fn exists(post: &StaffPost, id: i64) -> Result<(), axum::response::Response> {
    match sparring_store::by_id(&post.state.db, id)
        .await
        .map_err(internal)?
    {
        Some(request) if request.concern.is_some() => Ok(()),
        _ => Err(post.not_found().await),
    }
}

/// `POST /team/sparring/{id}/tildel`: gives the request to an FI team member.
pub async fn assign(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let staff_id = post.data.get("staff").parse::<i64>().ok();
    let member = match staff_id {
        Some(staff_id) => staff_store::get(&post.state.db, staff_id)
            .await
            .map_err(internal)?,
        None => None,
    };
    let Some(member) = member.filter(|m| m.active && matches!(m.role, Role::Team | Role::Admin))
    else {
        let errors = vec![FieldError::new("staff", Problem::NotAChoice)];
        return Err(post.refuse(&page(id), "assign", &[], errors).await);
    };
    let mut tx = post.begin().await?;
    sparring_store::assign(&mut tx, id, member.id, post.state.clock.now().date_naive())
        .await
        .map_err(internal)?;
    let notice = Notice::SparringAssigned(id, member.name.clone());
    done(post, tx, id, audit::ASSIGNED, notice).await
}

/// `POST /team/sparring/{id}/moede`: proposes a day, a time and a place or link.
pub async fn propose_meeting(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let meeting = match MeetingProposal::parse(&post.data) {
        Ok(meeting) => meeting,
        Err(errors) => return Err(post.refuse(&page(id), "meeting", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    sparring_store::propose_meeting(
        &mut tx,
        id,
        meeting.day,
        &meeting.time,
        &meeting.place,
        post.state.clock.now().date_naive(),
    )
    .await
    .map_err(internal)?;
    let notice = Notice::SparringMeetingProposed(id);
    done(post, tx, id, audit::MEETING_PROPOSED, notice).await
}

/// `POST /team/sparring/{id}/besked`: writes to the asker (the request becomes "answered").
pub async fn message(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let active: Vec<i64> = offer_store::active_names(&post.state.db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut problems = Problems::default();
    let body = problems.check("body", SparringText::parse(post.data.get("body"), 1));
    let offers = problems.check("offers", offer::pointed(post.data.all("offers"), &active));
    let (body, offers) = match problems.finish(|| body.zip(offers)) {
        Ok(read) => read,
        Err(errors) => return Err(post.refuse(&page(id), "message", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    sparring_store::add_message(
        &mut tx,
        id,
        Some(post.staff.id),
        &body,
        &offers,
        post.state.clock.now().date_naive(),
    )
    .await
    .map_err(internal)?;
    done(
        post,
        tx,
        id,
        audit::MESSAGE,
        Notice::SparringMessageSent(id),
    )
    .await
}

/// `POST /team/sparring/{id}/luk`: closes the request with an outcome.
pub async fn close(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let outcome = match Outcome::parse_closing(post.data.get("outcome")) {
        Ok(outcome) => outcome,
        Err(problem) => {
            let errors = vec![FieldError::new("outcome", problem)];
            return Err(post.refuse(&page(id), "close", &[], errors).await);
        }
    };
    let mut tx = post.begin().await?;
    sparring_store::close(&mut tx, id, outcome, post.state.clock.now().date_naive())
        .await
        .map_err(internal)?;
    done(post, tx, id, outcome.as_str(), Notice::SparringClosed(id)).await
}
