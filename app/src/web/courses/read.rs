//! The course register (role team).

use leptos::prelude::*;

use crate::{domain::course::Course, web::error::AppError};
#[cfg(feature = "ssr")]
use crate::{
    domain::course::{CourseFilter, CourseStatus},
    store::course_store,
    web::request::{app_state, require},
};

/// Courses, filtered (empty strings do not filter).
#[server(endpoint = "team/courses")]
pub async fn list_courses(
    status: String,
    institution: String,
    reference: String,
) -> Result<Vec<Course>, AppError> {
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
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    course_store::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}
