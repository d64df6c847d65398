//! Data for the administration pages (role admin).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{Area, Profession, Role},
    error::AppError,
};

/// A staff account as the administration shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffView {
    /// Id.
    pub id: i64,
    /// Login e-mail.
    pub email: String,
    /// Name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Profession.
    pub profession: Profession,
    /// Whether the account may log in.
    pub active: bool,
    /// Whether a one-time password awaits replacement.
    pub must_change_password: bool,
}

/// An institution as the administration shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionView {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Area.
    pub area: Area,
    /// District.
    pub district: String,
    /// Whether it appears in lists for new registrations.
    pub active: bool,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    /// When (UTC, to the second).
    pub at: String,
    /// Who (e-mail).
    pub actor: String,
    /// What.
    pub action: String,
    /// About what.
    pub subject: String,
}

/// Lines of the audit log per page.
pub const AUDIT_PAGE: i64 = 100;

#[cfg(feature = "ssr")]
impl From<crate::store::staff_store::StaffRow> for StaffView {
    fn from(row: crate::store::staff_store::StaffRow) -> Self {
        Self {
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            profession: row.profession,
            active: row.active,
            must_change_password: row.must_change_password,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::store::institution_store::Institution> for InstitutionView {
    fn from(row: crate::store::institution_store::Institution) -> Self {
        Self {
            id: row.id,
            name: row.name,
            area: row.area,
            district: row.district,
            active: row.active,
        }
    }
}

/// Every staff account.
#[server(endpoint = "admin/staff")]
pub async fn list_staff() -> Result<Vec<StaffView>, AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{auth::require, staff_store, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    Ok(staff_store::list(&state.db)
        .await?
        .into_iter()
        .map(StaffView::from)
        .collect())
}

/// One staff account.
#[server(endpoint = "admin/staff-member")]
pub async fn staff_member(id: i64) -> Result<StaffView, AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{auth::require, staff_store, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    staff_store::get(&state.db, id)
        .await?
        .map(StaffView::from)
        .ok_or(AppError::NotFound)
}

/// Every institution, active first.
#[server(endpoint = "admin/institutions")]
pub async fn list_institutions() -> Result<Vec<InstitutionView>, AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{auth::require, institution_store, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    Ok(institution_store::list_all(&state.db)
        .await?
        .into_iter()
        .map(InstitutionView::from)
        .collect())
}

/// One institution.
#[server(endpoint = "admin/institution")]
pub async fn institution(id: i64) -> Result<InstitutionView, AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{auth::require, institution_store, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    institution_store::get(&state.db, id)
        .await?
        .map(InstitutionView::from)
        .ok_or(AppError::NotFound)
}

/// A page of the audit log, newest first (`page` counts from 1).
#[server(endpoint = "admin/audit-log")]
pub async fn audit_log(page: i64) -> Result<Vec<AuditView>, AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{audit_store, auth::require, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    let offset = (page.max(1) - 1).saturating_mul(AUDIT_PAGE);
    Ok(audit_store::newest(&state.db, AUDIT_PAGE, offset)
        .await?
        .into_iter()
        .map(|e| AuditView {
            at: e.at,
            actor: e.actor,
            action: e.action,
            subject: e.subject,
        })
        .collect())
}

/// The sparring retention settings: (days after closing, days without activity).
#[server(endpoint = "admin/settings")]
pub async fn settings() -> Result<(i64, i64), AppError> {
    use crate::{
        domain::access::ADMIN,
        store::{auth::require, settings_store, state::app_state},
    };
    require(ADMIN)?;
    let state = app_state()?;
    Ok((
        settings_store::number(&state.db, settings_store::SPARRING_RETENTION_DAYS).await?,
        settings_store::number(&state.db, settings_store::SPARRING_STALE_DAYS).await?,
    ))
}
