//! Data for the administration pages (role admin).

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::{access::ADMIN, audit::AUDIT_PAGE},
    store::{audit_store, institution_store, settings_store, staff_store},
    web::request::{app_state, require},
};
use crate::{
    domain::{
        audit::{AuditEntry, AuditFilter},
        publishing::Publishing,
        Institution, StaffMember,
    },
    web::error::AppError,
};

/// Every staff account.
#[server(endpoint = "admin/staff")]
pub async fn list_staff() -> Result<Vec<StaffMember>, AppError> {
    require(ADMIN)?;
    let state = app_state()?;
    Ok(staff_store::list(&state.db).await?)
}

/// One staff account.
#[server(endpoint = "admin/staff-member")]
pub async fn read_staff_member(id: i64) -> Result<StaffMember, AppError> {
    require(ADMIN)?;
    let state = app_state()?;
    staff_store::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Every institution, active first.
#[server(endpoint = "admin/institutions")]
pub async fn list_institutions() -> Result<Vec<Institution>, AppError> {
    require(ADMIN)?;
    let state = app_state()?;
    Ok(institution_store::list_all(&state.db).await?)
}

/// One institution.
#[server(endpoint = "admin/institution")]
pub async fn read_institution(id: i64) -> Result<Institution, AppError> {
    require(ADMIN)?;
    let state = app_state()?;
    institution_store::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// A page of the audit log, newest first (`page` counts from 1).
#[server(endpoint = "admin/audit-log")]
pub async fn audit_log(page: i64, filter: AuditFilter) -> Result<Vec<AuditEntry>, AppError> {
    require(ADMIN)?;
    let state = app_state()?;
    let offset = (page.max(1) - 1).saturating_mul(AUDIT_PAGE);
    Ok(audit_store::newest(&state.db, &filter, AUDIT_PAGE, offset).await?)
}

/// The sparring retention settings: (days after closing, days without activity).
#[server(endpoint = "admin/settings")]
pub async fn settings() -> Result<(i64, i64, i64, i64, i64), AppError> {
    require(ADMIN)?;
    let s = settings_store::settings(&app_state()?.db).await?;
    Ok((
        s.after_closing,
        s.without_activity,
        s.answer_days,
        s.comment_months,
        s.threshold,
    ))
}

/// What the municipality publishes, as the pages show it now.
#[server(endpoint = "admin/publishing")]
pub async fn published_details() -> Result<Publishing, AppError> {
    require(ADMIN)?;
    Ok(app_state()?.published())
}
