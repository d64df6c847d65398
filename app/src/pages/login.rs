//! The login page, and what stands in for a staff page without the right login.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{
        context::use_lang,
        form::{ErrorSummary, PostForm, TextField, TextKind},
        layout::Layout,
    },
    domain::SessionEnd,
    i18n::staff::login,
};

/// `/login`: `?next=` leads back after login, `?ude=1` says the user logged out.
#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let next = query.with_untracked(|q| q.get("next").unwrap_or_default());
    let logged_out = query.with_untracked(|q| q.get("ude").is_some());
    let text = login(use_lang());
    let message = logged_out.then_some(text.logged_out);
    view! { <LoginForm next=next message=message/> }
}

/// The login form in place of a staff page asked for without a (valid) login.
#[component]
pub fn LoginRequired(ended: Option<SessionEnd>, next: String) -> impl IntoView {
    let text = login(use_lang());
    let message = Some(match ended {
        None => text.required,
        Some(SessionEnd::Idle) => text.ended_idle,
        Some(SessionEnd::Expired) => text.ended_expired,
        Some(SessionEnd::Revoked) => text.ended_revoked,
    });
    view! { <LoginForm next=next message=message/> }
}

#[component]
fn LoginForm(next: String, message: Option<&'static str>) -> impl IntoView {
    let text = login(use_lang());
    view! {
        <Title text=text.title/>
        <Layout>
            <ErrorSummary names=vec![("email", text.email), ("password", text.password)]/>
            <h1>{text.title}</h1>
            {message.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            <p>{text.intro}</p>
            <PostForm name="login" action="/login" class="narrow-form">
                <input type="hidden" name="next" value=next/>
                <TextField form="login" name="email" label=text.email kind=TextKind::Email autocomplete="username" required=true/>
                <TextField form="login" name="password" label=text.password kind=TextKind::Password autocomplete="current-password" required=true/>
                <button type="submit" class="button">{text.submit}</button>
            </PostForm>
        </Layout>
    }
}

/// "You do not have access to this page" (403).
#[component]
pub fn ForbiddenPage() -> impl IntoView {
    let lang = use_lang();
    let text = login(lang);
    view! {
        <Title text=text.forbidden_title/>
        <Layout>
            <h1>{text.forbidden_title}</h1>
            <p>{text.forbidden_body}</p>
            <p><a href="/start">{crate::i18n::staff::staff(lang).start_title}</a></p>
        </Layout>
    }
}
