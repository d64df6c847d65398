//! The frame of every staff page: who is logged in, the staff menu, logout, and the warning
//! before the session times out.

use leptos::prelude::*;

use crate::{
    components::{
        context::{current_staff, use_lang},
        layout::Layout,
        notice::NoticeBanner,
        session_timer::{SessionTimer, SessionWarning},
    },
    domain::Role,
    i18n::{admin::admin, staff::staff},
};

/// Wraps a staff page.
#[component]
pub fn StaffLayout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let text = staff(lang);
    let me = current_staff();
    let who = me
        .as_ref()
        .map(|me| format!("{} · {}", me.name, text.role(me.role)));
    let is_admin = me.as_ref().is_some_and(|me| me.role == Role::Admin);
    view! {
        <Layout>
            <nav class="staff-nav" aria-label=text.menu>
                <span class="staff-who">{who}</span>
                <ul>
                    <li><a href="/start">{text.start_title}</a></li>
                    {is_admin.then(|| view! { <li><a href="/admin">{admin(lang).title}</a></li> })}
                    <li><a href="/konto/adgangskode">{text.password_link}</a></li>
                    <li>
                        <form method="post" action="/logout" class="inline-form">
                            <button type="submit" class="link-button">{text.log_out}</button>
                        </form>
                    </li>
                </ul>
            </nav>
            <SessionTimer>
                <SessionWarning/>
            </SessionTimer>
            <NoticeBanner/>
            {children()}
        </Layout>
    }
}
