//! The notice that anonymous sparring is not a notification and that a professional's duty
//! to notify still applies, with the municipality's notification page when one is set.

use leptos::prelude::*;

use crate::{
    components::context::{use_lang, use_site},
    i18n::duty_to_notify::duty_to_notify,
};

/// The notice, shown before anything is typed and beside the team's reply.
#[component]
pub fn DutyToNotify() -> impl IntoView {
    let text = duty_to_notify(use_lang());
    let url = use_site()
        .published
        .map(|p| p.notification_url)
        .filter(|url| !url.is_empty());
    view! {
        <section class="notice notice-warning duty-to-notify" aria-labelledby="duty-to-notify">
            <h2 id="duty-to-notify">{text.title}</h2>
            <p>{text.body}</p>
            <p>{match url {
                Some(url) => view! { <a href=url>{text.link}</a> }.into_any(),
                None => view! { <span>{text.no_link}</span> }.into_any(),
            }}</p>
        </section>
    }
}
