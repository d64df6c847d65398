//! The two course questionnaires – the parents' and the professionals' – as plain forms that
//! post to their own address, and the one [`EvaluationEnhancer`] island that checks either in
//! the browser with the same rules the server uses, so a missing answer is pointed out without
//! a round trip (one island for both: the professionals' form adds no WebAssembly of its own).

use leptos::prelude::*;

use crate::{
    components::{
        context::use_lang,
        form::{RadioGroup, TextArea},
        island_texts::IslandTexts,
    },
    domain::{
        evaluation::FORM, professional_evaluation::WorkGroup, Agreement, Problem, Respondent,
        Satisfaction,
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
            <IslandTexts owner=FORM names=text.names() problems=CHECKED.to_vec()/>
        </EvaluationEnhancer>
    }
}

/// What the browser finds wrong in either questionnaire (the server checks the same).
const CHECKED: [Problem; 4] = [
    Problem::Unanswered,
    Problem::NotAChoice,
    Problem::TooLong { max: 0 },
    Problem::ContainsCpr,
];

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
            <IslandTexts owner=FORM names=professionals::field_names(lang) problems=CHECKED.to_vec()/>
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
        let professional = enhance::event_target_id(&ev).as_deref() == Some(PROFESSIONAL_FORM_ID);
        let (form, element, questions) = if professional {
            let questions = &professional_evaluation::QUESTIONS[..];
            (
                professional_evaluation::FORM,
                PROFESSIONAL_FORM_ID,
                questions,
            )
        } else {
            (FORM, FORM_ID, &crate::domain::evaluation::QUESTIONS[..])
        };
        let value = |name: &str| enhance::form_value(element, name);
        let errors = if professional {
            ProfessionalAnswers::parse(value).err()
        } else {
            Answers::parse(value).err()
        }
        .unwrap_or_default();
        let fields: Vec<&str> = questions.iter().copied().chain(["comment"]).collect();
        // Sent on to the server when the page lacks a message for what was found.
        if enhance::report(form, &fields, &errors) && !errors.is_empty() {
            ev.prevent_default();
        }
    };
    enhance::mark_enhanced(FORM_ID);
    enhance::mark_enhanced(PROFESSIONAL_FORM_ID);
    view! { <div class="enhanced" on:submit=on_submit>{children()}</div> }
}
