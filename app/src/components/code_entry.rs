//! The field where a parent types the code from the card.
//!
//! A plain GET form to `/evaluering`, which checks the code on the server. The
//! [`CodeEnhancer`] island adds, in the browser: the code is grouped as on the card while the
//! parent types, and a code of the wrong length or with characters codes never use is caught
//! at once, with the message beside the field and focus back in it.

use leptos::prelude::*;

use crate::{
    components::{context::use_lang, island_texts::IslandTexts},
    domain::{Problem, Respondent},
    i18n::{
        evaluation::{code_entry, professional_code_entry},
        problems::problem_text,
    },
};

/// The owner of the island's texts (the field's id).
const FIELD: &str = "code";

/// The code form. `typed` and `problem` carry the server's answer back into the form.
#[component]
pub fn CodeEntry(
    #[prop(optional, into)] typed: String,
    #[prop(default = None)] problem: Option<Problem>,
    /// Whose form the code opens.
    #[prop(default = Respondent::Parent)]
    form: Respondent,
) -> impl IntoView {
    let lang = use_lang();
    let text = match form {
        Respondent::Parent => code_entry(lang),
        Respondent::Professional => professional_code_entry(lang),
    };
    let message = problem.map(|p| problem_text(lang, &p));
    let invalid = message.is_some();
    view! {
        <CodeEnhancer>
            <form class="code-entry" method="get" action=form.form_path() novalidate>
                <input type="hidden" name="lang" value=lang.code()/>
                <div class="field" class:field-invalid=invalid id="code-field">
                    <label for="code">{text.label}</label>
                    <p class="hint" id="code-hint">{text.hint}</p>
                    <p class="field-error" id="code-error" hidden=!invalid>
                        {message}
                    </p>
                    <input
                        id=FIELD
                        dir="ltr"
                        name="kode"
                        type="text"
                        class="code-input"
                        value=typed
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength="20"
                        aria-describedby=if invalid { "code-hint code-error" } else { "code-hint" }
                        aria-invalid=invalid.to_string()
                    />
                </div>
                <button type="submit" class="button">{text.submit}</button>
            </form>
            <IslandTexts owner=FIELD problems=vec![
                Problem::CodeMissing,
                Problem::CodeLength { found: 0 },
                Problem::CodeCharacter { found: '0' },
            ]/>
        </CodeEnhancer>
    }
}

/// Groups the code while typing and checks its form before the page is left.
#[island]
fn CodeEnhancer(children: Children) -> impl IntoView {
    use crate::{
        components::enhance,
        domain::{evaluation_code::group, EvaluationCode},
    };

    let on_input = move |_ev: leptos::ev::Event| {
        let Some(field) = enhance::input("code") else {
            return;
        };
        let raw = field.value();
        let caret = field.selection_start().ok().flatten().unwrap_or(0) as usize;
        // Regroup only while typing at the end, so editing in the middle keeps the caret.
        if caret >= raw.encode_utf16().count() {
            let grouped = group(&raw);
            if grouped != raw {
                field.set_value(&grouped);
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        let Some(field) = enhance::input("code") else {
            return;
        };
        match EvaluationCode::parse(&field.value()) {
            Ok(_) => enhance::clear_field_error(FIELD),
            // Without the message on the page, the server answers instead.
            Err(found) => {
                if let Some(message) = enhance::problem_message(FIELD, &found) {
                    ev.prevent_default();
                    enhance::show_field_error(FIELD, &message);
                    let _ = field.focus();
                }
            }
        }
    };
    enhance::mark_enhanced("code");
    view! {
        <div class="enhanced" on:input=on_input on:submit=on_submit>
            {children()}
        </div>
    }
}
