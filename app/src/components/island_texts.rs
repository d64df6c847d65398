//! The texts an enhancer island shows, rendered by the server into the page it enhances.
//!
//! Islands carry no catalogue: the WebAssembly is the same whatever languages the portal
//! ships. The server writes the messages a form's checks may need – in the page's language,
//! placeholders left as `{name}` – into a hidden list beside the form, and the island reads
//! them from there ([`crate::components::enhance::island_text`]).

use leptos::prelude::*;

use crate::{
    components::context::use_lang,
    domain::{Lang, Problem},
    i18n::{common::common, problems::problem_template},
};

/// The id of the hidden list for the form (or field) `owner`.
pub fn texts_id(owner: &str) -> String {
    format!("{owner}-texts")
}

/// The key under which a problem's message is kept.
pub fn problem_key(problem: &Problem) -> String {
    format!("problem-{}", problem.key())
}

/// The key under which a field's short name is kept.
pub fn name_key(field: &str) -> String {
    format!("name-{field}")
}

/// The key of the prefix a refused page's title gets ("Fejl – …").
pub const ERROR_TITLE: &str = "error-title";

/// `(key, text)` for `problems`, the fields' short `names` and the error title, in `lang`.
fn entries(lang: Lang, names: &[(&str, &str)], problems: &[Problem]) -> Vec<(String, String)> {
    problems
        .iter()
        .map(|p| (problem_key(p), problem_template(lang, p)))
        .chain(
            names
                .iter()
                .map(|(field, name)| (name_key(field), (*name).to_owned())),
        )
        .chain([(ERROR_TITLE.to_owned(), common(lang).error_title.to_owned())])
        .collect()
}

/// The hidden list of texts for `owner`'s island: the messages of `problems` (their values
/// do not matter, only which problem) and the short `names` of the fields.
#[component]
pub fn IslandTexts(
    owner: &'static str,
    #[prop(optional)] names: Vec<(&'static str, &'static str)>,
    problems: Vec<Problem>,
) -> impl IntoView {
    let items = entries(use_lang(), &names, &problems)
        .into_iter()
        .map(|(key, text)| view! { <li data-key=key>{text}</li> })
        .collect_view();
    view! { <ul id=texts_id(owner) hidden>{items}</ul> }
}
