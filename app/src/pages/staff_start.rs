//! `/start`: where a staff member lands after logging in.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::{current_staff, use_lang},
        staff_layout::StaffLayout,
    },
    domain::Role,
    i18n::{
        admin::admin, comments::comments, courses::courses, dashboard::dashboard_text,
        evaluation::cards, offers::team_offers_text, sparring::inbox, staff::staff,
    },
};

/// The staff start page: who you are and what your role does here.
#[component]
pub fn StaffStart() -> impl IntoView {
    let lang = use_lang();
    let text = staff(lang);
    let me = current_staff();
    let greeting = me
        .as_ref()
        .map(|me| text.greeting.fill(&[("name", me.name.as_str().into())]))
        .unwrap_or_default();
    // "Projektleder · Projektleder" says one thing twice: the profession only when it adds to
    // the role.
    let role_line = me
        .as_ref()
        .map(|me| {
            let (role, profession) = (text.role(me.role), text.profession(me.profession));
            if role == profession {
                role.to_owned()
            } else {
                format!("{role} · {profession}")
            }
        })
        .unwrap_or_default();
    let about = me.as_ref().map(|me| match me.role {
        Role::Team => text.start_team,
        Role::Lead => text.start_lead,
        Role::Admin => text.start_admin,
    });
    let is_admin = me.as_ref().is_some_and(|me| me.role == Role::Admin);
    let is_lead = me
        .as_ref()
        .is_some_and(|me| matches!(me.role, Role::Lead | Role::Admin));
    let is_team = me
        .as_ref()
        .is_some_and(|me| matches!(me.role, Role::Team | Role::Admin));
    view! {
        <Title text=text.start_title/>
        <StaffLayout>
            <h1>{greeting}</h1>
            <p class="lead">{role_line}</p>
            <p>{about}</p>
            <ul class="link-list">
                {is_team.then(|| view! {
                    <li><a href="/team/forloeb">{courses(lang).title}</a></li>
                    <li><a href="/team/sparring">{inbox(lang).title}</a></li>
                    <li><a href="/team/koder">{cards(lang).issue_title}</a></li>
                    <li><a href="/team/kommentarer">{comments(lang).title}</a></li>
                    <li><a href="/team/tilbud">{team_offers_text(lang).title}</a></li>
                })}
                {is_lead.then(|| view! {
                    <li><a href="/ledelse">{dashboard_text(lang).title}</a></li>
                    <li><a href="/ledelse/rapport">{dashboard_text(lang).report}</a></li>
                    <li><a href="/ledelse/import">{dashboard_text(lang).imports}</a></li>
                })}
                {is_admin.then(|| view! { <li><a href="/admin">{admin(lang).title}</a></li> })}
            </ul>
        </StaffLayout>
    }
}
