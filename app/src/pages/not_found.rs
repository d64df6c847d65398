//! The page for addresses that lead nowhere, answered with 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{context::use_lang, layout::Layout},
    i18n::common::common,
};

/// "Page not found", with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::NOT_FOUND);
    }
    let text = common(use_lang());
    view! {
        <Title text=text.not_found_title/>
        <Layout>
            <h1>{text.not_found_title}</h1>
            <p>{text.not_found_body}</p>
            <p><a href="/">{text.back_to_front}</a></p>
        </Layout>
    }
}
