//! Tidlig's user interface and server-side core.
//!
//! Pages are rendered on the server; only the islands (`#[island]` components) are compiled
//! into the WebAssembly the browser runs. Build with exactly one of the features `ssr`
//! (server) or `hydrate` (browser).
// Pages nest deep view types (header, language switch, main, footer) in one async block.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod indicators;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
pub mod web;

/// Entry point of the WebAssembly: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
