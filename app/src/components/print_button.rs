//! A "print" button on pages made to be printed (the cards, the status report). The server
//! renders it hidden – browsers print from their menu, and without JavaScript a button that
//! does nothing would only mislead – and the [`PrintEnhancer`] island shows it and lets it
//! print once the page's WebAssembly runs.

use leptos::prelude::*;

use crate::{components::context::use_lang, i18n::common::common};

/// The button's id, by which the island finds it.
const BUTTON: &str = "print-button";

/// The print button, hidden until the browser can use it.
#[component]
pub fn PrintButton() -> impl IntoView {
    let text = common(use_lang()).print;
    view! {
        <PrintEnhancer>
            <p class="screen-only">
                <button type="button" id=BUTTON class="button button-secondary" hidden>{text}</button>
            </p>
        </PrintEnhancer>
    }
}

/// Shows the button and prints the page when it is pressed.
#[island]
fn PrintEnhancer(children: Children) -> impl IntoView {
    use crate::components::enhance;

    enhance::reveal(BUTTON);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if enhance::event_target_id(&ev).as_deref() == Some(BUTTON) {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
    };
    view! { <div class="enhanced" on:click=on_click>{children()}</div> }
}
