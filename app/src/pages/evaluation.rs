//! `/evaluering` and `/evaluering/fagperson`: where a parent's or a professional's code leads,
//! with or without JavaScript, and the receipt.
//!
//! The landing page's code field is a plain GET form to the parents' page and the card's QR
//! code links to its form. A valid code opens the questionnaire; an unknown, used or expired
//! one – or one for the other form – gets its own message beside the code field, in the
//! reader's language.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{
        code_entry::CodeEntry,
        context::{use_handed_token, use_lang},
        evaluation_form::{EvaluationForm, ProfessionalForm, FORM_ID, PROFESSIONAL_FORM_ID},
        form::{submitted, ErrorSummary},
        layout::{Layout, SwitchWithForm},
    },
    domain::{CodeStatus, EvaluationCode, Problem, Respondent},
    i18n::{
        common::common,
        evaluation::{code_entry, professional_code_entry, questionnaire, CodeEntry as EntryText},
        problems::problem_text,
        professionals,
    },
    web::{
        error::AppError,
        evaluation::read::{answers_stored, check_code, check_professional_code},
    },
};

/// What the page learnt about the code in the address.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
enum Checked {
    NoCode,
    Valid(String),
    Refused(Problem),
    Failed,
}

/// `typed` is `None` when the address has no `kode` at all (the page opened from a link), and
/// empty when the code form was sent without one.
async fn check(typed: Option<String>, form: Respondent) -> Checked {
    // A refused submission already knows what is wrong with the code: no second look.
    if let Some(error) = submitted(form.form()).and_then(|s| s.error("code").cloned()) {
        return Checked::Refused(error.problem);
    }
    let Some(typed) = typed else {
        return Checked::NoCode;
    };
    let code = match EvaluationCode::parse(&typed) {
        Ok(code) => code,
        Err(problem) => return Checked::Refused(problem),
    };
    let code = code.as_str().to_owned();
    let checked = match form {
        Respondent::Parent => check_code(code.clone()).await,
        Respondent::Professional => check_professional_code(code.clone()).await,
    };
    match checked {
        Ok(CodeStatus::Valid) => Checked::Valid(code),
        Ok(status) => status.problem().map_or(Checked::Failed, Checked::Refused),
        Err(AppError::Invalid(errors)) => errors
            .first()
            .map_or(Checked::Failed, |e| Checked::Refused(e.problem)),
        Err(AppError::Throttled { retry_after_secs }) => Checked::Refused(Problem::Throttled {
            minutes: u32::try_from(retry_after_secs.div_ceil(60).max(1)).unwrap_or(u32::MAX),
        }),
        Err(_) => Checked::Failed,
    }
}

/// The parents' code page, or their questionnaire for a valid code.
#[component]
pub fn EvaluationPage() -> impl IntoView {
    view! { <CodeOrQuestionnaire form=Respondent::Parent/> }
}

/// The professionals' code page, or their questionnaire for a valid code.
#[component]
pub fn ProfessionalEvaluationPage() -> impl IntoView {
    view! { <CodeOrQuestionnaire form=Respondent::Professional/> }
}

#[component]
fn CodeOrQuestionnaire(form: Respondent) -> impl IntoView {
    let asked = use_query_map().with_untracked(|q| q.get("kode"));
    let checked = Resource::new_blocking(|| (), {
        let asked = asked.clone();
        move |()| check(asked.clone(), form)
    });
    let typed = asked.unwrap_or_default();
    view! {
        <Suspense>
            {move || {
                let typed = typed.clone();
                checked.get().map(|checked| match checked {
                    Checked::Valid(code) => view! { <QuestionnairePage code=code form=form/> }.into_any(),
                    Checked::Refused(problem) => view! { <CodePage typed=typed problem=Some(problem) failed=false form=form/> }.into_any(),
                    Checked::NoCode => view! { <CodePage typed=typed problem=None failed=false form=form/> }.into_any(),
                    Checked::Failed => view! { <CodePage typed=typed problem=None failed=true form=form/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

/// The code entry's texts of `form`'s page.
fn entry_text(lang: crate::domain::Lang, form: Respondent) -> &'static EntryText {
    match form {
        Respondent::Parent => code_entry(lang),
        Respondent::Professional => professional_code_entry(lang),
    }
}

#[component]
fn CodePage(
    typed: String,
    problem: Option<Problem>,
    failed: bool,
    form: Respondent,
) -> impl IntoView {
    let lang = use_lang();
    let text = entry_text(lang, form);
    view! {
        <Title text=text.page_title/>
        <Layout>
            <h1>{text.page_title}</h1>
            <p>{text.page_intro}</p>
            {failed.then(|| view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> })}
            {match problem {
                // Most often the one who just answered, after Back: news, not an error.
                Some(Problem::CodeUsed) => view! {
                    <p class="notice" role="status">{problem_text(lang, &Problem::CodeUsed)}</p>
                    <CodeEntry form=form/>
                }.into_any(),
                problem => view! { <CodeEntry typed=typed problem=problem form=form/> }.into_any(),
            }}
        </Layout>
    }
}

#[component]
fn QuestionnairePage(code: String, form: Respondent) -> impl IntoView {
    let lang = use_lang();
    let (title, intro, names, element, questions) = match form {
        Respondent::Parent => {
            let text = questionnaire(lang);
            let questions = view! { <EvaluationForm code=code/> }.into_any();
            (text.title, text.intro, text.names(), FORM_ID, questions)
        }
        Respondent::Professional => {
            let text = professionals::questionnaire(lang);
            let questions = view! { <ProfessionalForm code=code/> }.into_any();
            (
                text.title,
                text.intro,
                professionals::field_names(lang),
                PROFESSIONAL_FORM_ID,
                questions,
            )
        }
    };
    // Switching language posts the answers given so far and brings them back translated.
    provide_context(SwitchWithForm(element));
    view! {
        <Title text=title/>
        <Layout>
            <ErrorSummary names=names/>
            <h1>{title}</h1>
            <p>{intro}</p>
            {questions}
        </Layout>
    }
}

/// `/evaluering/kvittering`: the thanks after stored answers (`?vis=` from the post), or,
/// opened any other way, what to do instead: it never says answers were stored that were not.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_handed_token();
    let stored = Resource::new_blocking(move || token.clone(), answers_stored);
    view! {
        <Suspense>
            {move || stored.get().map(|stored| match stored.ok().flatten() {
                Some(respondent) => {
                    let (title, body, after) = match respondent {
                        Respondent::Parent => {
                            let t = questionnaire(lang);
                            (t.receipt_title, t.receipt_body, t.receipt_after)
                        }
                        Respondent::Professional => {
                            let t = professionals::questionnaire(lang);
                            (t.receipt_title, t.receipt_body, t.receipt_after)
                        }
                    };
                    view! {
                        <Title text=title/>
                        <Layout>
                            <h1>{title}</h1>
                            <p class="notice notice-success" role="status">{body}</p>
                            <p>{after}</p>
                        </Layout>
                    }.into_any()
                }
                None => {
                    let entry = code_entry(lang);
                    view! {
                        <Title text=entry.page_title/>
                        <Layout>
                            <h1>{entry.page_title}</h1>
                            <p class="notice" role="status">{questionnaire(lang).receipt_unknown}</p>
                            <CodeEntry/>
                        </Layout>
                    }.into_any()
                }
            })}
        </Suspense>
    }
}
