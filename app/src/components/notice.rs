//! One-time notices shown after a redirect ("The account was created").

use leptos::prelude::*;

use crate::{
    components::context::{current_notice, use_lang},
    i18n::notices::notice_text,
};

/// The notice for this response, if the previous request left one.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let lang = use_lang();
    current_notice().map(|notice| {
        view! { <p class="notice notice-success" role="status">{notice_text(lang, &notice)}</p> }
    })
}
