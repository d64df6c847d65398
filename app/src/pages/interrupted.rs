//! The page shown instead of the one asked for, when the access layer or a form handler
//! interrupts a request: the login form, "no access" or "not found".

use leptos::prelude::*;

use super::{
    login::{ForbiddenPage, LoginRequired},
    not_found::NotFound,
};
use crate::domain::Interruption;

/// The page that stands in for the one asked for, if this request was interrupted.
pub fn interrupted_page() -> Option<AnyView> {
    use_context::<Interruption>().map(|interruption| match interruption {
        Interruption::LoginRequired { ended, next } => {
            view! { <LoginRequired ended=ended next=next/> }.into_any()
        }
        Interruption::Forbidden => view! { <ForbiddenPage/> }.into_any(),
        Interruption::NotFound => view! { <NotFound/> }.into_any(),
    })
}
