//! The FI team's actions on a sparring request: assign, propose a meeting, write, close.

use axum::extract::Path;
use chrono::NaiveDate;

use crate::{
    domain::{
        audit::Action,
        cpr::contains_cpr,
        sparring::{Outcome, SparringText},
        FieldError, Notice, Problem, Role,
    },
    store::{sparring_store, staff_store},
    web::kit::{internal, Reply, StaffPost},
};

fn page(id: i64) -> String {
    format!("/team/sparring/{id}")
}

/// Longest meeting place or link.
const MAX_PLACE: usize = 200;

async fn done(
    post: StaffPost,
    tx: sqlx::Transaction<'static, sqlx::Any>,
    id: i64,
    what: &str,
) -> Reply {
    let subject = format!("#{id}: {what}");
    post.commit(
        tx,
        (Action::SparringUpdated, &subject),
        Notice::SparringSaved(id),
        &page(id),
    )
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
    done(post, tx, id, "assigned").await
}

/// `POST /team/sparring/{id}/moede`: proposes a day, a time and a place or link.
pub async fn propose_meeting(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let data = &post.data;
    let mut errors = Vec::new();
    let day = NaiveDate::parse_from_str(data.get("day").trim(), "%Y-%m-%d")
        .map_err(|_| errors.push(FieldError::new("day", Problem::Date)));
    let time = data.get("time").trim().to_owned();
    if chrono::NaiveTime::parse_from_str(&time, "%H:%M").is_err() {
        errors.push(FieldError::new("time", Problem::Time));
    }
    let place = data.get("place").trim().to_owned();
    if place.is_empty() {
        errors.push(FieldError::new("place", Problem::Required));
    } else if place.chars().count() > MAX_PLACE {
        errors.push(FieldError::new(
            "place",
            Problem::TooLong {
                max: MAX_PLACE as u32,
            },
        ));
    } else if contains_cpr(&place) {
        errors.push(FieldError::new("place", Problem::ContainsCpr));
    }
    let (Ok(day), true) = (day, errors.is_empty()) else {
        return Err(post.refuse(&page(id), "meeting", &[], errors).await);
    };
    let mut tx = post.begin().await?;
    sparring_store::propose_meeting(
        &mut tx,
        id,
        day,
        &time,
        &place,
        post.state.clock.now().date_naive(),
    )
    .await
    .map_err(internal)?;
    done(post, tx, id, "meeting proposed").await
}

/// `POST /team/sparring/{id}/besked`: writes to the asker (the request becomes "answered").
pub async fn message(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    let body = match SparringText::parse(post.data.get("body"), 1) {
        Ok(body) => body,
        Err(problem) => {
            let errors = vec![FieldError::new("body", problem)];
            return Err(post.refuse(&page(id), "message", &[], errors).await);
        }
    };
    let mut tx = post.begin().await?;
    sparring_store::add_message(
        &mut tx,
        id,
        Some(post.staff.id),
        &body,
        post.state.clock.now().date_naive(),
    )
    .await
    .map_err(internal)?;
    done(post, tx, id, "message").await
}

/// `POST /team/sparring/{id}/luk`: closes the request with an outcome.
pub async fn close(Path(id): Path<i64>, post: StaffPost) -> Reply {
    exists(&post, id).await?;
    // "Stale" is the system's own outcome, not a choice for the team.
    let chosen = Outcome::parse(post.data.get("outcome")).and_then(|o| {
        if o == Outcome::Stale {
            Err(Problem::NotAChoice)
        } else {
            Ok(o)
        }
    });
    let outcome = match chosen {
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
    done(post, tx, id, outcome.as_str()).await
}
