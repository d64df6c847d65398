//! The HTML shell and the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::{
    components::{
        context::{use_lang, use_site},
        form::RefusedTitle,
    },
    pages::{
        accessibility::AccessibilityPage,
        account::ChangePasswordPage,
        admin::{
            AdminHome, AuditLogPage, InstitutionPage, InstitutionsPage, LanguagePage,
            LanguagesPage, SettingsPage, StaffListPage, StaffMemberPage,
        },
        advice::{AdvicePage, AdviceReceiptPage, AdviceSentPage},
        evaluation::{EvaluationPage, ProfessionalEvaluationPage, ReceiptPage},
        interrupted::interrupted_page,
        landing::Landing,
        lead::{GoalPage, LeadOverview},
        lead_import::LeadImportPage,
        lead_report::ReportPage,
        login::LoginPage,
        not_found::NotFound,
        offers::OffersPage,
        privacy::{AskersPrivacyPage, ParentsPrivacyPage, StaffPrivacyPage},
        sparring::{SentPage, SparringPage, SparringReceiptPage},
        staff_start::StaffStart,
        team_codes::{CodeSheetPage, IssueCodesPage},
        team_comments::CommentsPage,
        team_courses::{CourseImportPage, CoursePage, CoursesPage, MeetingPage, NewCoursePage},
        team_offers::{NewOfferPage, OfferPage, TeamOffersPage},
        team_sparring::{SparringInboxPage, SparringRequestPage},
    },
};

/// The document around every page, rendered on the server only. What it shows of the request
/// (language, municipality, stylesheet) the server has put in the context.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_lang();
    let stylesheet = use_site().stylesheet;
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.direction().as_str()>
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

/// The routes of the portal.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    match interrupted_page() {
        Some(page) => page,
        None => view! {
            <RefusedTitle/>
            <Router>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=Landing/>
                    <Route path=path!("evaluering") view=EvaluationPage ssr=SsrMode::Async/>
                    <Route path=path!("evaluering/kvittering") view=ReceiptPage ssr=SsrMode::Async/>
                    <Route path=path!("evaluering/fagperson") view=ProfessionalEvaluationPage ssr=SsrMode::Async/>
                    <Route path=path!("privatliv") view=ParentsPrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("tilgaengelighed") view=AccessibilityPage/>
                    <Route path=path!("privatliv/fagpersoner") view=AskersPrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("privatliv/medarbejdere") view=StaffPrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("sparring") view=SparringPage ssr=SsrMode::Async/>
                    <Route path=path!("sparring/sendt") view=SentPage ssr=SsrMode::Async/>
                    <Route path=path!("sparring/kvittering") view=SparringReceiptPage ssr=SsrMode::Async/>
                    <Route path=path!("raad") view=AdvicePage ssr=SsrMode::Async/>
                    <Route path=path!("raad/sendt") view=AdviceSentPage ssr=SsrMode::Async/>
                    <Route path=path!("raad/kvittering") view=AdviceReceiptPage ssr=SsrMode::Async/>
                    <Route path=path!("team/koder") view=IssueCodesPage/>
                    <Route path=path!("team/koder/kort") view=CodeSheetPage ssr=SsrMode::Async/>
                    <Route path=path!("team/kommentarer") view=CommentsPage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb") view=CoursesPage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb/nyt") view=NewCoursePage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb/import") view=CourseImportPage/>
                    <Route path=path!("team/forloeb/:id") view=CoursePage ssr=SsrMode::Async/>
                    <Route path=path!("team/forloeb/:id/moede/:meeting") view=MeetingPage ssr=SsrMode::Async/>
                    <Route path=path!("tilbud") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("team/tilbud") view=TeamOffersPage ssr=SsrMode::Async/>
                    <Route path=path!("team/tilbud/nyt") view=NewOfferPage ssr=SsrMode::Async/>
                    <Route path=path!("team/tilbud/:id") view=OfferPage ssr=SsrMode::Async/>
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
                    <Route path=path!("admin/sprog") view=LanguagesPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/sprog/:code") view=LanguagePage ssr=SsrMode::Async/>
                </Routes>
            </Router>
        }
        .into_any(),
    }
}
