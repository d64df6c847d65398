//! The course register (role team).

use leptos::prelude::*;

use crate::{
    domain::{
        course::{CourseOutcome, CourseStatus, MeetingForm, Participant},
        sparring::{AgeBand, Theme},
        Area,
    },
    error::AppError,
};

/// A meeting as shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRow {
    /// Day.
    pub held_on: String,
    /// Form.
    pub form: MeetingForm,
    /// Who took part.
    pub participants: Vec<Participant>,
}

/// A course as the team sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Course {
    /// Id.
    pub id: i64,
    /// Reference.
    pub reference: String,
    /// Institution id.
    pub institution_id: i64,
    /// Institution name.
    pub institution: String,
    /// Area.
    pub area: Area,
    /// Age band.
    pub age_band: AgeBand,
    /// First day.
    pub started_on: String,
    /// Whether the parents take part.
    pub parents_take_part: bool,
    /// Note.
    pub note: Option<String>,
    /// Status.
    pub status: CourseStatus,
    /// Last day.
    pub ended_on: Option<String>,
    /// Outcome.
    pub outcome: Option<CourseOutcome>,
    /// Whether the parents' card was printed.
    pub card_issued: bool,
    /// How many meetings it has had.
    pub meeting_count: u8,
    /// Themes.
    pub themes: Vec<Theme>,
    /// Meetings, oldest first.
    pub meetings: Vec<MeetingRow>,
}

/// The list's filters; empty ones do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CourseFilter {
    /// Status.
    pub status: Option<CourseStatus>,
    /// Institution.
    pub institution: Option<i64>,
    /// Part of the reference.
    pub reference: String,
}

/// Courses, filtered (empty strings do not filter).
#[server(endpoint = "team/courses")]
pub async fn list_courses(
    status: String,
    institution: String,
    reference: String,
) -> Result<Vec<Course>, AppError> {
    use crate::store::{auth::require, course_store, state::app_state};
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    let filter = CourseFilter {
        status: CourseStatus::parse(&status).ok(),
        institution: institution.parse().ok(),
        reference,
    };
    Ok(course_store::list(&state.db, &filter).await?)
}

/// One course with its themes and meetings.
#[server(endpoint = "team/course")]
pub async fn read_course(id: i64) -> Result<Course, AppError> {
    use crate::store::{auth::require, course_store, state::app_state};
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    course_store::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}
