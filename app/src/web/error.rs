//! The one error type shared by the server functions and the pages that call them.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::domain::{FieldError, Problem};

/// Why a request was refused. People see it translated beside the field or above the heading;
/// machines get it as JSON with a 4xx status (5xx only for [`AppError::Internal`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// One or more fields are wrong; nothing was changed.
    #[error("invalid input: {}", list(.0))]
    Invalid(Vec<FieldError>),
    /// The request needs a staff login.
    #[error("sign-in required")]
    Unauthenticated,
    /// The staff member's role does not allow this.
    #[error("not allowed for this role")]
    Forbidden,
    /// The request did not come from our own pages.
    #[error("cross-site request refused")]
    CrossSite,
    /// Nothing is there.
    #[error("not found")]
    NotFound,
    /// Too many attempts from this client or for this account.
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    Throttled {
        /// Seconds until a new attempt is accepted.
        retry_after_secs: u64,
    },
    /// Something broke on our side; the cause is in the server log, not in the answer.
    #[error("internal error")]
    Internal,
    /// The request could not be decoded or routed.
    #[error("{0}")]
    Request(ServerFnErrorErr),
}

fn list(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl AppError {
    /// One field with one problem.
    pub fn field(field: &str, problem: Problem) -> Self {
        AppError::Invalid(vec![FieldError::new(field, problem)])
    }

    /// The HTTP status the answer carries.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) => 422,
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::CrossSite => 403,
            AppError::NotFound => 404,
            AppError::Throttled { .. } => 429,
            AppError::Internal => 500,
            AppError::Request(_) => 400,
        }
    }

    /// The field errors, if this is a field-level refusal.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // A failure inside the server machinery is ours, not the caller's.
            ServerFnErrorErr::ServerError(_) | ServerFnErrorErr::Response(_) => AppError::Internal,
            other => AppError::Request(other),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        tracing::error!(error = %error, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        tracing::error!(error = format!("{error:#}"), "internal error");
        AppError::Internal
    }
}
