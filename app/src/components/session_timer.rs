//! The warning five minutes before an idle staff session ends (DKFDS), with a button that keeps
//! the session alive. The server renders the texts; the island only runs the clock.

use leptos::prelude::*;

use crate::{components::context::use_lang, domain::access::WARN_MINUTES, i18n::staff::staff};

/// The hidden warning and the hidden "you have been logged out" message.
#[component]
pub fn SessionWarning() -> impl IntoView {
    let text = staff(use_lang());
    let warning = text.session_warning.fill(&[("n", WARN_MINUTES.into())]);
    view! {
        <div class="session-warning" id="session-warning" role="alert" hidden>
            <p>{warning}</p>
            <button type="button" class="button" id="session-stay">{text.session_stay}</button>
        </div>
        <div class="session-warning" id="session-over" role="alert" hidden>
            <p>{text.session_over}</p>
        </div>
    }
}

/// Shows the warning after 25 quiet minutes and the logged-out message after 30; the button
/// posts to `/api/session/keep-alive` and starts the clock again.
#[island]
pub fn SessionTimer(children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    timer::start();
    crate::components::enhance::mark_enhanced("session-warning");
    view! { <div class="enhanced">{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod timer {
    use std::{cell::RefCell, time::Duration};

    use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
    use wasm_bindgen::{closure::Closure, JsCast as _};

    use crate::domain::access::{IDLE_MINUTES, WARN_MINUTES};

    thread_local! {
        static HANDLES: RefCell<Vec<TimeoutHandle>> = const { RefCell::new(Vec::new()) };
    }

    fn element(id: &str) -> Option<web_sys::HtmlElement> {
        web_sys::window()?
            .document()?
            .get_element_by_id(id)?
            .dyn_into()
            .ok()
    }

    fn show(id: &str, shown: bool) {
        if let Some(el) = element(id) {
            el.set_hidden(!shown);
        }
    }

    /// (Re)starts the clock from now.
    pub fn start() {
        HANDLES.with(|handles| {
            for handle in handles.borrow_mut().drain(..) {
                handle.clear();
            }
        });
        let warn_after = Duration::from_secs(((IDLE_MINUTES - WARN_MINUTES) * 60) as u64);
        let end_after = Duration::from_secs((IDLE_MINUTES * 60) as u64);
        let warn = set_timeout_with_handle(
            || {
                show("session-warning", true);
                if let Some(button) = element("session-stay") {
                    let _ = button.focus();
                    let on_click = Closure::<dyn Fn()>::new(stay);
                    button.set_onclick(Some(on_click.as_ref().unchecked_ref()));
                    on_click.forget();
                }
            },
            warn_after,
        );
        let end = set_timeout_with_handle(
            || {
                show("session-warning", false);
                show("session-over", true);
            },
            end_after,
        );
        HANDLES.with(|handles| handles.borrow_mut().extend(warn.into_iter().chain(end)));
    }

    /// Keeps the session alive on the server, then hides the warning and restarts the clock.
    fn stay() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        let request = window.fetch_with_str_and_init("/api/session/keep-alive", &init);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(request)
                .await
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
                .is_some_and(|r| r.ok());
            show("session-warning", false);
            if ok {
                start();
            } else {
                show("session-over", true);
            }
        });
    }
}
