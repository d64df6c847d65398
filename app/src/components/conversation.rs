//! A sparring request's messages, as the asker and the team both read them: oldest first, the
//! team's set apart, each with who wrote it and the day. Who a writer is called differs by
//! reader ("you", the team member's name), so the page names them.

use leptos::prelude::*;

use crate::{
    components::context::use_lang,
    domain::sparring::Message,
    i18n::{dates::day_text, offers::offers_text},
};

/// The conversation, each message headed by `who(message)` and its day.
#[component]
pub fn Conversation(
    messages: Vec<Message>,
    who: impl Fn(&Message) -> String + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let items = messages
        .into_iter()
        .map(|m| {
            let writer = who(&m);
            // The offers a reply points to, each a link to its place in the public catalogue.
            let offers = (!m.offers.is_empty()).then(|| {
                let links = m
                    .offers
                    .into_iter()
                    .map(|(id, name)| view! { <li><a href=format!("/tilbud#tilbud-{id}")>{name}</a></li> })
                    .collect_view();
                view! {
                    <p class="message-meta">{offers_text(lang).pointed}</p>
                    <ul class="message-offers">{links}</ul>
                }
            });
            view! {
                <li class="message" class:message-team=m.from_team>
                    <p class="message-meta">{writer} " · " {day_text(lang, &m.sent_on)}</p>
                    <p class="message-body">{m.body}</p>
                    {offers}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="messages">{items}</ul> }
}
