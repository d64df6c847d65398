//! One-time notices shown after a redirect ("The account was created"): the handler that
//! made the change leaves one in the session, the next page shows it in the reader's words.

use serde::{Deserialize, Serialize};

/// Something that went well, told once on the next page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// The user changed their own password.
    PasswordChanged,
    /// An account was created (its name).
    StaffCreated(String),
    /// An account was changed (its name).
    StaffUpdated(String),
    /// An account was deactivated (its name).
    StaffDeactivated(String),
    /// An account was reactivated (its name).
    StaffReactivated(String),
    /// A one-time password was set (the account's name).
    PasswordReset(String),
    /// An institution was added (its name).
    InstitutionCreated(String),
    /// An institution was changed (its name).
    InstitutionUpdated(String),
    /// A sparring request was given to a team member (its number, the member's name).
    SparringAssigned(i64, String),
    /// A meeting was proposed to the asker (the request's number).
    SparringMeetingProposed(i64),
    /// The team wrote to the asker (the request's number).
    SparringMessageSent(i64),
    /// A sparring request was closed (its number).
    SparringClosed(i64),
    /// Settings were saved.
    SettingsSaved,
    /// A course was saved (its reference).
    CourseSaved(String),
    /// A published page was published again as a correction (its version).
    FiguresCorrected(u32),
    /// Nothing behind a published page has changed since it was published (that day).
    FiguresUnchanged(String),
    /// A target was set for a figure.
    TargetSaved,
    /// A figure's target was removed.
    TargetRemoved,
    /// The kinds of step that count as preventive were chosen.
    PreventiveKindsSaved,
    /// An offer of the catalogue was saved (its name).
    OfferSaved(String),
}
