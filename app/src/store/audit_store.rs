//! The audit log of staff actions: who did what, and when. Only staff appear in it.

use sqlx::{Any, Executor};

use super::Database;

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A staff member logged in.
    Login,
    /// A login failed (the e-mail tried is the actor).
    LoginFailed,
    /// A staff member logged out.
    Logout,
    /// A staff member changed their own password.
    PasswordChanged,
    /// An administrator created an account.
    StaffCreated,
    /// An administrator changed an account's name, role or profession.
    StaffUpdated,
    /// An administrator deactivated an account.
    StaffDeactivated,
    /// An administrator reactivated an account.
    StaffReactivated,
    /// An administrator set a one-time password.
    PasswordReset,
    /// An administrator added an institution.
    InstitutionCreated,
    /// An administrator changed an institution.
    InstitutionUpdated,
    /// Evaluation codes were issued (area and count; never the codes).
    CodesIssued,
    /// A team member read a sparring request's text.
    SparringViewed,
    /// A team member acted on a sparring request (assigned, proposed a meeting, wrote, closed).
    SparringUpdated,
    /// An administrator changed a setting.
    SettingChanged,
    /// A course was registered.
    CourseCreated,
    /// A course got a meeting, was closed, or had its card printed.
    CourseUpdated,
    /// Earlier courses were imported from a file.
    CoursesImported,
    /// Registry figures (notifications, staircase steps or figures) were imported.
    FiguresImported,
    /// A dashboard table was downloaded.
    Exported,
}

impl Action {
    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::LoginFailed => "login_failed",
            Action::Logout => "logout",
            Action::PasswordChanged => "password_changed",
            Action::StaffCreated => "staff_created",
            Action::StaffUpdated => "staff_updated",
            Action::StaffDeactivated => "staff_deactivated",
            Action::StaffReactivated => "staff_reactivated",
            Action::PasswordReset => "password_reset",
            Action::InstitutionCreated => "institution_created",
            Action::InstitutionUpdated => "institution_updated",
            Action::CodesIssued => "codes_issued",
            Action::SparringViewed => "sparring_viewed",
            Action::SparringUpdated => "sparring_updated",
            Action::SettingChanged => "setting_changed",
            Action::CourseCreated => "course_created",
            Action::CourseUpdated => "course_updated",
            Action::CoursesImported => "courses_imported",
            Action::FiguresImported => "figures_imported",
            Action::Exported => "exported",
        }
    }
}

/// Who acted.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// The account, when known.
    pub staff_id: Option<i64>,
    /// The e-mail.
    pub email: &'a str,
}

/// Writes one entry. `at` is UTC to the second.
pub async fn record<'e>(
    db: impl Executor<'e, Database = Any>,
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor<'_>,
    action: Action,
    subject: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (at, staff_id, actor, action, subject) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(at.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    .bind(actor.staff_id)
    .bind(actor.email)
    .bind(action.as_str())
    .bind(subject)
    .execute(db)
    .await?;
    Ok(())
}

/// One entry as the log page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// When, UTC.
    pub at: String,
    /// Who (e-mail).
    pub actor: String,
    /// What (stored value of [`Action`]).
    pub action: String,
    /// About what.
    pub subject: String,
}

/// The newest entries first, `limit` of them after skipping `offset`.
pub async fn newest(db: &Database, limit: i64, offset: i64) -> Result<Vec<Entry>, sqlx::Error> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT at, actor, action, subject FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, actor, action, subject)| Entry {
            at,
            actor,
            action,
            subject,
        })
        .collect())
}
