//! The administration (role admin): staff, institutions and the audit log.

mod audit_log;
mod institutions;
mod languages;
mod settings;
mod staff;

pub use audit_log::AuditLogPage;
pub use institutions::{InstitutionPage, InstitutionsPage};
pub use languages::{LanguagePage, LanguagesPage};
use leptos::prelude::*;
use leptos_meta::Title;
pub use settings::SettingsPage;
pub use staff::{StaffListPage, StaffMemberPage};

use crate::{
    components::{context::use_lang, staff_layout::StaffLayout},
    i18n::admin::admin,
};

/// `/admin`: the way into each part.
#[component]
pub fn AdminHome() -> impl IntoView {
    let text = admin(use_lang());
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <ul class="link-list">
                <li><a href="/admin/medarbejdere">{text.staff_title}</a></li>
                <li><a href="/admin/institutioner">{text.institutions_title}</a></li>
                <li><a href="/admin/log">{text.log_title}</a></li>
                <li><a href="/admin/indstillinger">{text.settings_title}</a></li>
                <li><a href="/admin/sprog">{crate::i18n::languages::languages(use_lang()).title}</a></li>
            </ul>
        </StaffLayout>
    }
}

/// Role choices for a select list.
fn role_options(lang: crate::domain::Lang) -> Vec<(String, String)> {
    let text = crate::i18n::staff::staff(lang);
    crate::domain::Role::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), text.role(*r).to_owned()))
        .collect()
}

/// Profession choices for a select list.
fn profession_options(lang: crate::domain::Lang) -> Vec<(String, String)> {
    let text = crate::i18n::staff::staff(lang);
    crate::domain::Profession::ALL
        .iter()
        .map(|p| (p.as_str().to_owned(), text.profession(*p).to_owned()))
        .collect()
}

/// Area choices for a select list.
fn area_options(lang: crate::domain::Lang) -> Vec<(String, String)> {
    let text = admin(lang);
    crate::domain::Area::ALL
        .iter()
        .map(|a| (a.as_str().to_owned(), text.area(*a).to_owned()))
        .collect()
}

/// The numeric id in the route, if it is one.
fn route_id() -> Option<i64> {
    leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
}
