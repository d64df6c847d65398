//! `/evaluering`: where a parent's code leads, with or without JavaScript, and the receipt.
//!
//! The landing page's code field is a plain GET form to this page and the card's QR code links
//! here. A valid code opens the questionnaire; an unknown, used or expired one gets its own
//! message beside the code field, in the reader's language.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{
        code_entry::CodeEntry,
        context::{use_handed_token, use_lang},
        evaluation_form::{EvaluationForm, FORM_ID},
        form::{submitted, ErrorSummary},
        layout::{Layout, SwitchWithForm},
    },
    domain::{evaluation::FORM, CodeStatus, EvaluationCode, Problem},
    i18n::{
        common::common,
        evaluation::{code_entry, questionnaire},
        problems::problem_text,
    },
    web::{
        error::AppError,
        evaluation::read::{answers_stored, check_code},
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
async fn check(typed: Option<String>) -> Checked {
    // A refused submission already knows what is wrong with the code: no second look.
    if let Some(error) = submitted(FORM).and_then(|s| s.error("code").cloned()) {
        return Checked::Refused(error.problem);
    }
    let Some(typed) = typed else {
        return Checked::NoCode;
    };
    let code = match EvaluationCode::parse(&typed) {
        Ok(code) => code,
        Err(problem) => return Checked::Refused(problem),
    };
    match check_code(code.as_str().to_owned()).await {
        Ok(CodeStatus::Valid) => Checked::Valid(code.as_str().to_owned()),
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

/// The code page, or the questionnaire for a valid code.
#[component]
pub fn EvaluationPage() -> impl IntoView {
    let asked = use_query_map().with_untracked(|q| q.get("kode"));
    let checked = Resource::new_blocking(|| (), {
        let asked = asked.clone();
        move |()| check(asked.clone())
    });
    let typed = asked.unwrap_or_default();
    view! {
        <Suspense>
            {move || {
                let typed = typed.clone();
                checked.get().map(|checked| match checked {
                    Checked::Valid(code) => view! { <QuestionnairePage code=code/> }.into_any(),
                    Checked::Refused(problem) => view! { <CodePage typed=typed problem=Some(problem) failed=false/> }.into_any(),
                    Checked::NoCode => view! { <CodePage typed=typed problem=None failed=false/> }.into_any(),
                    Checked::Failed => view! { <CodePage typed=typed problem=None failed=true/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

#[component]
fn CodePage(typed: String, problem: Option<Problem>, failed: bool) -> impl IntoView {
    let lang = use_lang();
    let text = code_entry(lang);
    view! {
        <Title text=text.page_title/>
        <Layout>
            <h1>{text.page_title}</h1>
            <p>{text.page_intro}</p>
            {failed.then(|| view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> })}
            {match problem {
                // Most often the parent who just answered, after Back: news, not an error.
                Some(Problem::CodeUsed) => view! {
                    <p class="notice" role="status">{problem_text(lang, &Problem::CodeUsed)}</p>
                    <CodeEntry/>
                }.into_any(),
                problem => view! { <CodeEntry typed=typed problem=problem/> }.into_any(),
            }}
        </Layout>
    }
}

#[component]
fn QuestionnairePage(code: String) -> impl IntoView {
    let text = questionnaire(use_lang());
    // Switching language posts the answers given so far and brings them back translated.
    provide_context(SwitchWithForm(FORM_ID));
    view! {
        <Title text=text.title/>
        <Layout>
            <ErrorSummary names=text.names()/>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <EvaluationForm code=code/>
        </Layout>
    }
}

/// `/evaluering/kvittering`: the thanks after a stored evaluation (`?vis=` from the post), or,
/// opened any other way, what to do instead: it never says answers were stored that were not.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let text = questionnaire(use_lang());
    let token = use_handed_token();
    let stored = Resource::new_blocking(move || token.clone(), answers_stored);
    view! {
        <Suspense>
            {move || stored.get().map(|stored| if stored.unwrap_or(false) {
                view! {
                    <Title text=text.receipt_title/>
                    <Layout>
                        <h1>{text.receipt_title}</h1>
                        <p class="notice notice-success" role="status">{text.receipt_body}</p>
                        <p>{text.receipt_after}</p>
                    </Layout>
                }.into_any()
            } else {
                let entry = code_entry(use_lang());
                view! {
                    <Title text=entry.page_title/>
                    <Layout>
                        <h1>{entry.page_title}</h1>
                        <p class="notice" role="status">{text.receipt_unknown}</p>
                        <CodeEntry/>
                    </Layout>
                }.into_any()
            })}
        </Suspense>
    }
}
