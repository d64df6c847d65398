//! The parents' questionnaire: a plain form that posts to `/evaluering`, and the
//! [`EvaluationEnhancer`] island that checks it in the browser with the same rules the server
//! uses, so a missing answer is pointed out without a round trip.

use leptos::prelude::*;

use crate::{
    components::{
        context::use_lang,
        form::{RadioGroup, TextArea},
    },
    domain::{evaluation::FORM, Agreement, Satisfaction},
    i18n::evaluation::questionnaire,
};

/// The `<form>` element's id.
pub const FORM_ID: &str = "evaluation-form";

/// The questionnaire for the (already checked) `code`.
#[component]
pub fn EvaluationForm(code: String) -> impl IntoView {
    let text = questionnaire(use_lang());
    let satisfaction: Vec<(&'static str, &'static str)> = Satisfaction::ALL
        .iter()
        .map(|s| s.as_str())
        .zip(text.satisfaction)
        .collect();
    let agreement: Vec<(&'static str, &'static str)> = Agreement::ALL
        .iter()
        .map(|a| a.as_str())
        .zip(text.agreement)
        .collect();
    view! {
        <EvaluationEnhancer>
            <form method="post" action="/evaluering" novalidate id=FORM_ID class="questionnaire">
                <input type="hidden" name="kode" value=code/>
                <RadioGroup form=FORM name="overall" legend=text.overall options=satisfaction.clone()/>
                <RadioGroup form=FORM name="collaboration" legend=text.collaboration options=satisfaction/>
                <RadioGroup form=FORM name="difference" legend=text.difference options=agreement.clone()/>
                <RadioGroup form=FORM name="involved" legend=text.involved options=agreement/>
                <TextArea form=FORM name="comment" label=text.comment hint=text.comment_hint rows=5/>
                <button type="submit" class="button">{text.submit}</button>
            </form>
        </EvaluationEnhancer>
    }
}

/// Checks the answers before the form leaves the phone.
#[island]
fn EvaluationEnhancer(children: Children) -> impl IntoView {
    use crate::{components::enhance, domain::Answers};

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // The language switch posts the form as it is: nothing to check.
        if enhance::submitter_name(&ev).as_deref() == Some("switch_lang") {
            return;
        }
        let fields = [
            "overall",
            "collaboration",
            "difference",
            "involved",
            "comment",
        ];
        let errors = match Answers::parse(|name| enhance::form_value(FORM_ID, name)) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        if !errors.is_empty() {
            ev.prevent_default();
        }
        let names = crate::i18n::evaluation::questionnaire(enhance::page_lang()).names();
        enhance::report(FORM, &fields, &names, &errors);
    };
    enhance::mark_enhanced(FORM_ID);
    view! { <div class="enhanced" on:submit=on_submit>{children()}</div> }
}
