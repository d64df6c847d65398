//! A sparring request's messages, as the asker and the team both read them: oldest first, the
//! team's set apart, each with who wrote it and the day. Who a writer is called differs by
//! reader ("you", the team member's name), so the page names them.

use leptos::prelude::*;

use crate::{components::context::use_lang, domain::sparring::Message, i18n::dates::day_text};

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
            view! {
                <li class="message" class:message-team=m.from_team>
                    <p class="message-meta">{writer} " · " {day_text(lang, &m.sent_on)}</p>
                    <p class="message-body">{m.body}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="messages">{items}</ul> }
}
