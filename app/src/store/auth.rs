//! The staff member behind a request, for server functions and pages.

use leptos::prelude::*;

use crate::{
    domain::{CurrentStaff, Role},
    error::AppError,
};

/// The logged-in staff member, as the access layer found them.
pub fn current_staff() -> Option<CurrentStaff> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CurrentStaff>().cloned())
}

/// The logged-in staff member if their role is one of `roles`: 401 without a login, 403 for a
/// role outside `roles`. The access layer checks this first; server functions check again so
/// that a route outside the staff prefixes cannot leak.
pub fn require(roles: &[Role]) -> Result<CurrentStaff, AppError> {
    let staff = current_staff().ok_or(AppError::Unauthenticated)?;
    if roles.contains(&staff.role) {
        Ok(staff)
    } else {
        Err(AppError::Forbidden)
    }
}
