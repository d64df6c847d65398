//! The HTML shell and the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::{
    domain::CurrentStaff,
    i18n::Lang,
    pages::{
        account::ChangePasswordPage,
        admin::{
            AdminHome, AuditLogPage, InstitutionPage, InstitutionsPage, SettingsPage,
            StaffListPage, StaffMemberPage,
        },
        evaluation::{EvaluationPage, ReceiptPage},
        landing::Landing,
        lead::{GoalPage, LeadImportPage, LeadOverview, ReportPage},
        login::{ForbiddenPage, LoginPage, LoginRequired},
        not_found::NotFound,
        sparring::{SparringPage, SparringReceiptPage},
        staff_start::StaffStart,
        team_codes::IssueCodesPage,
        team_courses::{CourseImportPage, CoursePage, CoursesPage, NewCoursePage},
        team_sparring::{SparringInboxPage, SparringRequestPage},
    },
};

/// Facts about the installation that every page may show.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The municipality's name.
    pub municipality: String,
    /// Address of the hashed stylesheet.
    pub stylesheet: String,
}

/// Why a staff session ended before the request that found it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// No request for 30 minutes.
    Idle,
    /// 12 hours after login.
    Expired,
    /// The account was deactivated or its password reset.
    Revoked,
}

/// A page shown instead of the one asked for (by the access layer or a form handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interruption {
    /// A staff page without a login: the login form, which leads back to `next`.
    LoginRequired {
        /// Why the previous session ended, if it did.
        ended: Option<SessionEnd>,
        /// The page asked for.
        next: String,
    },
    /// A staff page the role may not see.
    Forbidden,
    /// Nothing there.
    NotFound,
}

/// The document around every page, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (lang, site) = request_context();
    provide_context(lang);
    let stylesheet = site.stylesheet.clone();
    provide_context(site);
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn request_context() -> (Lang, Site) {
    use crate::store::request;
    request::use_page_nonce();
    let lang = request::request_lang();
    let site = crate::store::state::app_state()
        .map(|state| Site {
            municipality: state.settings.municipality.clone(),
            stylesheet: state.settings.stylesheet.clone(),
        })
        .unwrap_or_default();
    (lang, site)
}

#[cfg(not(feature = "ssr"))]
fn request_context() -> (Lang, Site) {
    (Lang::default(), Site::default())
}

/// The reader's language, as chosen for this request.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The logged-in staff member, on pages rendered for one.
#[cfg(feature = "ssr")]
pub fn current_staff() -> Option<CurrentStaff> {
    crate::store::auth::current_staff()
}

/// The logged-in staff member (only known on the server).
#[cfg(not(feature = "ssr"))]
pub fn current_staff() -> Option<CurrentStaff> {
    None
}

/// The routes of the portal.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    match use_context::<Interruption>() {
        Some(Interruption::LoginRequired { ended, next }) => {
            view! { <LoginRequired ended=ended next=next/> }.into_any()
        }
        Some(Interruption::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
        Some(Interruption::NotFound) => view! { <NotFound/> }.into_any(),
        None => view! {
            <Router>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=Landing/>
                    <Route path=path!("evaluering") view=EvaluationPage ssr=SsrMode::Async/>
                    <Route path=path!("evaluering/kvittering") view=ReceiptPage/>
                    <Route path=path!("sparring") view=SparringPage ssr=SsrMode::Async/>
                    <Route path=path!("sparring/kvittering") view=SparringReceiptPage/>
                    <Route path=path!("team/koder") view=IssueCodesPage/>
                    <Route path=path!("team/forloeb") view=CoursesPage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb/nyt") view=NewCoursePage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb/import") view=CourseImportPage/>
                    <Route path=path!("team/forloeb/:id") view=CoursePage ssr=SsrMode::Async/>
                    <Route path=path!("team/sparring") view=SparringInboxPage ssr=SsrMode::Async/>
                    <Route path=path!("team/sparring/:id") view=SparringRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("ledelse") view=LeadOverview ssr=SsrMode::Async/>
                    <Route path=path!("ledelse/maal/:n") view=GoalPage ssr=SsrMode::Async/>
                    <Route path=path!("ledelse/rapport") view=ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("ledelse/import") view=LeadImportPage/>
                    <Route path=path!("login") view=LoginPage/>
                    <Route path=path!("start") view=StaffStart/>
                    <Route path=path!("konto/adgangskode") view=ChangePasswordPage/>
                    <Route path=path!("admin") view=AdminHome/>
                    <Route path=path!("admin/medarbejdere") view=StaffListPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/medarbejdere/:id") view=StaffMemberPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/institutioner") view=InstitutionsPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/institutioner/:id") view=InstitutionPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/log") view=AuditLogPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/indstillinger") view=SettingsPage ssr=SsrMode::Async/>
                </Routes>
            </Router>
        }
        .into_any(),
    }
}
