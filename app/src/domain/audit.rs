//! The audit log of staff actions: who did what, and when. Only staff appear in it, never a
//! parent or an anonymous asker.

use serde::{Deserialize, Serialize};

/// Lines of the audit log per page.
pub const AUDIT_PAGE: i64 = 100;

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
    /// A goal's figures or the status report were shown (with the filters).
    FiguresViewed,
    /// A published page was published again as a correction.
    FiguresCorrected,
    /// An offer of the catalogue was added, changed, or taken off or put back on it.
    OfferSaved,
    /// Offers were imported into the catalogue from a file.
    OffersImported,
}

impl Action {
    /// Every action, in the order the log's filter lists them.
    pub const ALL: [Action; 24] = [
        Action::Login,
        Action::LoginFailed,
        Action::Logout,
        Action::PasswordChanged,
        Action::StaffCreated,
        Action::StaffUpdated,
        Action::StaffDeactivated,
        Action::StaffReactivated,
        Action::PasswordReset,
        Action::InstitutionCreated,
        Action::InstitutionUpdated,
        Action::CodesIssued,
        Action::SparringViewed,
        Action::SparringUpdated,
        Action::SettingChanged,
        Action::CourseCreated,
        Action::CourseUpdated,
        Action::CoursesImported,
        Action::FiguresImported,
        Action::Exported,
        Action::FiguresViewed,
        Action::FiguresCorrected,
        Action::OfferSaved,
        Action::OffersImported,
    ];

    /// The action stored as `value`, if it is one.
    pub fn parse(value: &str) -> Option<Action> {
        Self::ALL.into_iter().find(|a| a.as_str() == value)
    }

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
            Action::FiguresViewed => "figures_viewed",
            Action::FiguresCorrected => "figures_corrected",
            Action::OfferSaved => "offer_saved",
            Action::OffersImported => "offers_imported",
        }
    }
}

/// Who acted.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// The account, when known.
    pub staff_id: Option<i64>,
    pub email: &'a str,
}

/// What the log page shows: one action, one person (part of the e-mail), days from and to
/// (`YYYY-MM-DD`, Copenhagen time); empty strings do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub action: String,
    pub who: String,
    pub from: String,
    pub to: String,
}

/// One entry as the log page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When, in Copenhagen time (`YYYY-MM-DD HH:MM`).
    pub at: String,
    /// Who (e-mail).
    pub actor: String,
    /// What (stored value of [`Action`]).
    pub action: String,
    /// About what.
    pub subject: String,
}
