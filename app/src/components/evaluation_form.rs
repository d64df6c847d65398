//! The two course questionnaires – the parents' and the professionals' – as plain forms that
//! post to their own address, and the one [`EvaluationEnhancer`] island that checks either in
//! the browser with the same rules the server uses, so a missing answer is pointed out without
//! a round trip (one island for both: the professionals' form adds no WebAssembly of its own).

use leptos::prelude::*;

use crate::{
    components::{
        context::use_lang,
        form::{RadioGroup, TextArea},
    },
    domain::{
        evaluation::FORM, professional_evaluation::WorkGroup, Agreement, Respondent, Satisfaction,
    },
    i18n::{evaluation::questionnaire, professionals},
};

/// The parents' `<form>` element's id.
pub const FORM_ID: &str = "evaluation-form";

/// The professionals' `<form>` element's id.
pub const PROFESSIONAL_FORM_ID: &str = "professional-form";

/// `(value, label)` of a scale.
fn options<A: Copy>(
    scale: &[A],
    value: impl Fn(A) -> &'static str,
    labels: &[&'static str],
) -> Vec<(&'static str, &'static str)> {
    scale
        .iter()
        .map(|a| value(*a))
        .zip(labels.iter().copied())
        .collect()
}

/// The parents' questionnaire for the (already checked) `code`.
#[component]
pub fn EvaluationForm(code: String) -> impl IntoView {
    let text = questionnaire(use_lang());
    let satisfaction = options(&Satisfaction::ALL, Satisfaction::as_str, &text.satisfaction);
    let agreement = options(&Agreement::ALL, Agreement::as_str, &text.agreement);
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

/// The professionals' questionnaire for the (already checked) `code`.
#[component]
pub fn ProfessionalForm(code: String) -> impl IntoView {
    use crate::domain::professional_evaluation::FORM;
    let lang = use_lang();
    let text = professionals::questionnaire(lang);
    let scales = questionnaire(lang);
    let satisfaction = options(
        &Satisfaction::ALL,
        Satisfaction::as_str,
        &scales.satisfaction,
    );
    let agreement = options(&Agreement::ALL, Agreement::as_str, &scales.agreement);
    let groups = options(WorkGroup::ALL, WorkGroup::as_str, &text.groups);
    view! {
        <EvaluationEnhancer>
            <form method="post" action=Respondent::Professional.form_path() novalidate id=PROFESSIONAL_FORM_ID class="questionnaire">
                <input type="hidden" name="kode" value=code/>
                <RadioGroup form=FORM name="difference" legend=text.difference options=agreement.clone()/>
                <RadioGroup form=FORM name="collaboration" legend=text.collaboration options=satisfaction/>
                <RadioGroup form=FORM name="competence" legend=text.competence options=agreement/>
                <RadioGroup form=FORM name="work_group" legend=text.work_group options=groups/>
                <TextArea form=FORM name="comment" label=text.comment hint=text.comment_hint rows=5/>
                <button type="submit" class="button">{text.submit}</button>
            </form>
        </EvaluationEnhancer>
    }
}

/// Checks the answers of either questionnaire before the form leaves the phone.
#[island]
fn EvaluationEnhancer(children: Children) -> impl IntoView {
    use crate::{
        components::enhance,
        domain::{
            professional_evaluation::{self, ProfessionalAnswers},
            Answers,
        },
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // The language switch posts the form as it is: nothing to check.
        if enhance::submitter_name(&ev).as_deref() == Some("switch_lang") {
            return;
        }
        let lang = enhance::page_lang();
        let professional = enhance::event_target_id(&ev).as_deref() == Some(PROFESSIONAL_FORM_ID);
        let (form, element, names) = if professional {
            let names = professionals::field_names(lang);
            (professional_evaluation::FORM, PROFESSIONAL_FORM_ID, names)
        } else {
            (FORM, FORM_ID, questionnaire(lang).names())
        };
        let value = |name: &str| enhance::form_value(element, name);
        let errors = if professional {
            ProfessionalAnswers::parse(value).err()
        } else {
            Answers::parse(value).err()
        }
        .unwrap_or_default();
        if !errors.is_empty() {
            ev.prevent_default();
        }
        let fields: Vec<&str> = names.iter().map(|(field, _)| *field).collect();
        enhance::report(form, &fields, &names, &errors);
    };
    enhance::mark_enhanced(FORM_ID);
    enhance::mark_enhanced(PROFESSIONAL_FORM_ID);
    view! { <div class="enhanced" on:submit=on_submit>{children()}</div> }
}
