//! Browser-side helpers for "enhancer" islands.
//!
//! Every form is rendered complete on the server and works as a plain HTML form. An enhancer
//! island wraps it (as `children`, which the island does not re-render), listens to events that
//! bubble up from it, and edits the server's markup in place: it shows a field's message, marks
//! the field invalid, fills the error summary and moves focus. Enhancers take no props and
//! call no server functions: both would pull serde_json and an HTTP client into the
//! WebAssembly parents download (measured: +20 KB and +30 KB brotli over a ~35 KB base).

#[cfg(feature = "hydrate")]
use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast as _;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use crate::{
    components::{
        form::summary_line,
        island_texts::{name_key, problem_key, texts_id, ERROR_TITLE},
    },
    domain::{FieldError, Problem, Shown},
};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn element(id: &str) -> Option<Element> {
    document().and_then(|d| d.get_element_by_id(id))
}

/// The text the server left for `owner`'s island under `key` (see
/// [`crate::components::island_texts`]).
pub fn island_text(owner: &str, key: &str) -> Option<String> {
    document()?
        .query_selector(&format!("#{} [data-key=\"{key}\"]", texts_id(owner)))
        .ok()
        .flatten()?
        .text_content()
}

/// The message for `problem` from `owner`'s texts, its values filled in; `None` when the page
/// holds no message for it (then the server, which has them all, should answer).
pub fn problem_message(owner: &str, problem: &Problem) -> Option<String> {
    let template = island_text(owner, &problem_key(problem))?;
    Some(
        problem
            .shown()
            .into_iter()
            .fold(template, |text, (name, shown)| {
                let value = match shown {
                    Shown::Number(n) => n.to_string(),
                    Shown::Character(c) => c.to_string(),
                };
                text.replace(&format!("{{{name}}}"), &value)
            }),
    )
}

/// The `<input>` with this id.
pub fn input(id: &str) -> Option<HtmlInputElement> {
    element(id).and_then(|e| e.dyn_into().ok())
}

/// The value a form would send for `name`: the chosen radio button, a text area or an input;
/// empty when nothing is chosen or there is no such field.
pub fn form_value(form_id: &str, name: &str) -> String {
    let Some(doc) = document() else {
        return String::new();
    };
    let find = |selector: String| doc.query_selector(&selector).ok().flatten();
    if let Some(textarea) = find(format!("#{form_id} textarea[name=\"{name}\"]"))
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    {
        return textarea.value();
    }
    let is_radio = find(format!("#{form_id} input[type=\"radio\"][name=\"{name}\"]")).is_some();
    let selector = if is_radio {
        format!("#{form_id} input[name=\"{name}\"]:checked")
    } else {
        format!("#{form_id} input[name=\"{name}\"]")
    };
    find(selector)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The `name` of the button that submitted the form, if any.
pub fn submitter_name(ev: &web_sys::SubmitEvent) -> Option<String> {
    ev.submitter()
        .and_then(|button| button.get_attribute("name"))
}

/// Shows `message` for the field whose input (or first radio button) has id `id`: fills its
/// message slot (`{id}-error`), marks the wrapper (`{id}-field`) and points the input or the
/// radio group (`{id}-group`) at the message for screen readers.
pub fn show_field_error(id: &str, message: &str) {
    if let Some(slot) = element(&format!("{id}-error")) {
        slot.set_text_content(Some(message));
        let _ = slot.remove_attribute("hidden");
    }
    if let Some(wrapper) = element(&format!("{id}-field")) {
        let _ = wrapper.class_list().add_1("field-invalid");
    }
    describe(id, true);
}

/// Hides the field's message and clears its invalid state.
pub fn clear_field_error(id: &str) {
    if let Some(slot) = element(&format!("{id}-error")) {
        let _ = slot.set_attribute("hidden", "");
        slot.set_text_content(None);
    }
    if let Some(wrapper) = element(&format!("{id}-field")) {
        let _ = wrapper.class_list().remove_1("field-invalid");
    }
    describe(id, false);
}

fn describe(id: &str, invalid: bool) {
    let hint = element(&format!("{id}-hint")).map(|_| format!("{id}-hint"));
    let error = invalid.then(|| format!("{id}-error"));
    let described: Vec<String> = hint.into_iter().chain(error).collect();
    let target = element(&format!("{id}-group")).or_else(|| element(id));
    if let Some(target) = target {
        if described.is_empty() {
            let _ = target.remove_attribute("aria-describedby");
        } else {
            let _ = target.set_attribute("aria-describedby", &described.join(" "));
        }
        if target.tag_name().eq_ignore_ascii_case("input")
            || target.tag_name().eq_ignore_ascii_case("textarea")
        {
            let _ = target.set_attribute("aria-invalid", if invalid { "true" } else { "false" });
        }
    }
}

/// Shows `errors` on the fields of `form` (ids `{form}-{field}`), clears the other `fields`,
/// and fills the error summary above the heading with a link to each (named by the form's
/// texts), moving focus to it. Returns false, changing nothing, when the page lacks a message
/// for one of the errors: the form should then go to the server.
pub fn report(form: &str, fields: &[&str], errors: &[FieldError]) -> bool {
    let Some(messages) = errors
        .iter()
        .map(|e| problem_message(form, &e.problem))
        .collect::<Option<Vec<String>>>()
    else {
        return false;
    };
    for field in fields {
        let id = format!("{form}-{field}");
        match errors.iter().position(|e| e.field == *field) {
            Some(i) => show_field_error(&id, &messages[i]),
            None => clear_field_error(&id),
        }
    }
    let (Some(doc), Some(summary), Some(list)) = (
        document(),
        element("error-summary"),
        element("error-summary-list"),
    ) else {
        return true;
    };
    let names: Vec<(String, String)> = errors
        .iter()
        .filter_map(|e| Some((e.field.clone(), island_text(form, &name_key(&e.field))?)))
        .collect();
    let names: Vec<(&str, &str)> = names
        .iter()
        .map(|(f, n)| (f.as_str(), n.as_str()))
        .collect();
    list.set_text_content(None);
    for (error, message) in errors.iter().zip(&messages) {
        let (Ok(item), Ok(link)) = (doc.create_element("li"), doc.create_element("a")) else {
            continue;
        };
        let _ = link.set_attribute("href", &format!("#{form}-{}", error.field));
        let line = summary_line(&names, &error.field, message);
        link.set_text_content(Some(&line));
        let _ = item.append_child(&link);
        let _ = list.append_child(&item);
    }
    // The title says "Fejl – …" while the form has errors, as a refused page from the server does.
    let prefix = format!("{} – ", island_text(form, ERROR_TITLE).unwrap_or_default());
    let title = doc.title();
    let bare = title.strip_prefix(&prefix).unwrap_or(&title).to_owned();
    if errors.is_empty() {
        doc.set_title(&bare);
        let _ = summary.set_attribute("hidden", "");
    } else {
        doc.set_title(&format!("{prefix}{bare}"));
        let _ = summary.remove_attribute("hidden");
        if let Ok(summary) = summary.dyn_into::<HtmlElement>() {
            let _ = summary.focus();
        }
    }
    true
}

/// Shows the element `id` that the server rendered `hidden` for want of JavaScript, and marks
/// its island enhanced (see [`mark_enhanced`]).
pub fn reveal(id: &'static str) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(found) = element(id) {
            let _ = found.remove_attribute("hidden");
        }
    });
    mark_enhanced(id);
}

/// The id of the element an event happened on, if it has one.
pub fn event_target_id(ev: &web_sys::Event) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .map(|e| e.id())
        .filter(|id| !id.is_empty())
}

/// Marks the island's wrapper (the `.enhanced` element around the element `anchor_id`) with
/// `data-enhanced` once its handlers are attached, so styles and browser tests can tell an
/// enhanced form from a plain one. Runs in the browser only, after hydration; a plain
/// animation-frame callback costs far less WebAssembly than a reactive effect.
pub fn mark_enhanced(anchor_id: &'static str) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(wrapper) =
            element(anchor_id).and_then(|e| e.closest(".enhanced").ok().flatten())
        {
            let _ = wrapper.set_attribute("data-enhanced", "");
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = anchor_id;
}
