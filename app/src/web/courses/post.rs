//! The FI team's posts on the course register: new course, meeting, closing, the parents'
//! card, and the import of earlier registrations.

use axum::{extract::Path, response::Response};
use chrono::NaiveDate;

use crate::{
    domain::{
        audit::Action,
        course::{parse_date, CourseClosing, NewCourse, NewMeeting, MAX_MEETINGS},
        evaluation_code::card_language,
        form::{count_up_to, Fields},
        FieldError, Lang, Notice, Problem, Respondent,
    },
    i18n::audit,
    store::course_store::{self, MeetingRefusal},
    web::{
        evaluation::codes::{issue_and_hand_on, Cards},
        kit::{internal, see_other, Reply, StaffPost},
    },
};

fn page(id: i64) -> String {
    format!("/team/forloeb/{id}")
}

/// `POST /team/forloeb/nyt`: registers a course and shows it.
pub async fn create(post: StaffPost) -> Reply {
    let today = post.state.clock.now().date_naive();
    let course = match NewCourse::parse(&post.data, today) {
        Ok(course) => course,
        Err(errors) => {
            return Err(post
                .refuse("/team/forloeb/nyt", "course", &[], errors)
                .await)
        }
    };
    let mut tx = post.begin().await?;
    let (id, reference) = match course_store::create(&mut tx, &course).await {
        Ok(created) => created,
        Err(course_store::CourseError::NoInstitution) => {
            let errors = vec![FieldError::new("institution", Problem::NotAChoice)];
            return Err(post
                .refuse("/team/forloeb/nyt", "course", &[], errors)
                .await);
        }
        Err(course_store::CourseError::Database(e)) => return Err(internal(e)),
    };
    post.commit(
        tx,
        (Action::CourseCreated, reference.as_str()),
        Notice::CourseSaved(reference.as_str().to_owned()),
        &page(id),
    )
    .await
}

/// Commits a change to the course `id` with its audit entry and shows the course again.
async fn updated(
    post: StaffPost,
    tx: sqlx::Transaction<'static, sqlx::Any>,
    id: i64,
    reference: String,
    subject: &str,
) -> Reply {
    let notice = Notice::CourseSaved(reference);
    post.commit(tx, (Action::CourseUpdated, subject), notice, &page(id))
        .await
}

/// The course's reference and first day, or the not-found page.
async fn reference(post: &StaffPost, id: i64) -> Result<(String, NaiveDate), Response> {
    let course = course_store::get(&post.state.db, id)
        .await
        .map_err(internal)?;
    let started = course.as_ref().and_then(|c| parse_date(&c.started_on).ok());
    match (course, started) {
        (Some(course), Some(started)) => Ok((course.reference, started)),
        _ => Err(post.not_found().await),
    }
}

/// `POST /team/forloeb/{id}/moede`: registers a meeting; a sixth is refused.
pub async fn add_meeting(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let (reference, started) = reference(&post, id).await?;
    let today = post.state.clock.now().date_naive();
    let meeting = match NewMeeting::parse(&post.data, started, today) {
        Ok(meeting) => meeting,
        Err(errors) => return Err(post.refuse(&page(id), "meeting", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    match course_store::add_meeting(
        &mut tx,
        id,
        meeting.held_on,
        meeting.form,
        &meeting.participants,
    )
    .await
    .map_err(internal)?
    {
        Ok(_) => {}
        Err(refusal) => {
            let problem = match refusal {
                MeetingRefusal::Full => Problem::TooMany {
                    max: MAX_MEETINGS as u32,
                },
                MeetingRefusal::Closed => Problem::NotAChoice,
            };
            let errors = vec![FieldError::new("held_on", problem)];
            return Err(post.refuse(&page(id), "meeting", &[], errors).await);
        }
    }
    let subject = audit::course_meeting(&reference);
    updated(post, tx, id, reference, &subject).await
}

/// The page that corrects the meeting `meeting` of course `id`.
pub fn meeting_page(id: i64, meeting: i64) -> String {
    format!("/team/forloeb/{id}/moede/{meeting}")
}

/// `POST /team/forloeb/{id}/moede/{meeting}`: corrects a meeting of an open course (day, form,
/// participants), checked as a new one is.
pub async fn change_meeting(Path((id, meeting)): Path<(i64, i64)>, post: StaffPost) -> Reply {
    let (reference, started) = reference(&post, id).await?;
    let today = post.state.clock.now().date_naive();
    let here = meeting_page(id, meeting);
    let corrected = match NewMeeting::parse(&post.data, started, today) {
        Ok(corrected) => corrected,
        Err(errors) => return Err(post.refuse(&here, "meeting", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    let Some(before) = course_store::change_meeting(
        &mut tx,
        id,
        meeting,
        corrected.held_on,
        corrected.form,
        &corrected.participants,
    )
    .await
    .map_err(internal)?
    else {
        drop(tx);
        return Err(post.not_found().await);
    };
    let after = corrected.held_on.format("%Y-%m-%d").to_string();
    let subject = audit::course_meeting_changed(&reference, &before, &after);
    updated(post, tx, id, reference, &subject).await
}

/// `POST /team/forloeb/{id}/afslut`: closes the course.
pub async fn close(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let (reference, started) = reference(&post, id).await?;
    let today = post.state.clock.now().date_naive();
    let CourseClosing { ended_on, outcome } = match CourseClosing::parse(&post.data, started, today)
    {
        Ok(closing) => closing,
        Err(errors) => return Err(post.refuse(&page(id), "close", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    if !course_store::close(&mut tx, id, ended_on, outcome)
        .await
        .map_err(internal)?
    {
        let errors = vec![FieldError::new("ended_on", Problem::NotAChoice)];
        return Err(post.refuse(&page(id), "close", &[], errors).await);
    }
    let subject = audit::course_closed(&reference, outcome);
    updated(post, tx, id, reference, &subject).await
}

/// `POST /team/forloeb/{id}/kort`: issues one evaluation code for the course's area and this
/// month – never tied to the course – and hands its card on to print.
pub async fn card(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let Some(course) = course_store::get(&post.state.db, id)
        .await
        .map_err(internal)?
    else {
        return Err(post.not_found().await);
    };
    let card_lang = match card_language(&post.data) {
        Ok(lang) => lang,
        Err(problem) => {
            let errors = vec![FieldError::new("language", problem)];
            return Err(post.refuse(&page(id), "card", &[], errors).await);
        }
    };
    let mut tx = post.begin().await?;
    if !course.parents_take_part
        || !course_store::mark_card_issued(&mut tx, id)
            .await
            .map_err(internal)?
    {
        drop(tx);
        return Ok(see_other(&page(id)));
    }
    let cards = Cards {
        respondent: Respondent::Parent,
        area: course.area,
        count: 1,
        card_lang,
    };
    issue_and_hand_on(&post, tx, cards, &page(id)).await
}

/// `POST /team/forloeb/{id}/fagkort`: issues `count` evaluation codes for the professionals
/// of the closed course – at most one per professional role registered on its meetings, all
/// orders together – and hands their cards and links on to print or paste.
pub async fn professional_cards(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let Some(course) = course_store::get(&post.state.db, id)
        .await
        .map_err(internal)?
    else {
        return Err(post.not_found().await);
    };
    let left = course.professional_cards_left();
    let count = match count_up_to(post.data.get("count"), 1, u64::from(left)) {
        Ok(count) => count,
        Err(problem) => {
            let errors = vec![FieldError::new("count", problem)];
            return Err(post.refuse(&page(id), "professionals", &[], errors).await);
        }
    };
    let count = u32::try_from(count).unwrap_or(u32::MAX);
    let mut tx = post.begin().await?;
    // Checked again in the statement: another order may have been issued since the page.
    if !course_store::add_professional_cards(&mut tx, id, count)
        .await
        .map_err(internal)?
    {
        drop(tx);
        let errors = vec![FieldError::new("count", Problem::TooMany { max: left })];
        return Err(post.refuse(&page(id), "professionals", &[], errors).await);
    }
    let cards = Cards {
        respondent: Respondent::Professional,
        area: course.area,
        count: count as usize,
        card_lang: Lang::Da,
    };
    issue_and_hand_on(&post, tx, cards, &page(id)).await
}

/// `POST /team/forloeb/{id}/slet-moede`: deletes a meeting registered by mistake (field
/// `meeting`), while the course is open.
pub async fn delete_meeting(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let (reference, _) = reference(&post, id).await?;
    let meeting = post.data.get("meeting").parse::<i64>().ok();
    let mut tx = post.begin().await?;
    let deleted = match meeting {
        Some(meeting) => course_store::delete_meeting(&mut tx, id, meeting)
            .await
            .map_err(internal)?,
        None => None,
    };
    let Some(held_on) = deleted else {
        drop(tx);
        let errors = vec![FieldError::new("meeting", Problem::NotAChoice)];
        return Err(post.refuse(&page(id), "meeting", &[], errors).await);
    };
    let subject = audit::course_meeting_deleted(&reference, &held_on);
    updated(post, tx, id, reference, &subject).await
}

/// `POST /team/forloeb/{id}/genaabn`: opens a closed course again.
pub async fn reopen(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let (reference, _) = reference(&post, id).await?;
    let mut tx = post.begin().await?;
    if !course_store::reopen(&mut tx, id).await.map_err(internal)? {
        drop(tx);
        return Ok(see_other(&page(id)));
    }
    let subject = audit::course_reopened(&reference);
    updated(post, tx, id, reference, &subject).await
}
