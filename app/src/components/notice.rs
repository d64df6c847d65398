//! One-time notices shown after a redirect ("The account was created").

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{app::use_lang, i18n::notices::notice_text};

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
    /// A sparring request was updated (its number).
    SparringSaved(i64),
    /// Settings were saved.
    SettingsSaved,
    /// A course was saved (its reference).
    CourseSaved(String),
}

/// The notice for this response, if the previous request left one.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let lang = use_lang();
    current_notice().map(|notice| {
        view! { <p class="notice notice-success" role="status">{notice_text(lang, &notice)}</p> }
    })
}

#[cfg(feature = "ssr")]
fn current_notice() -> Option<Notice> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Notice>().cloned())
}

#[cfg(not(feature = "ssr"))]
fn current_notice() -> Option<Notice> {
    None
}
