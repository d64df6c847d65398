//! `/raad` (a citizen's question to the FI team), `/raad/sendt` (its receipt) and
//! `/raad/kvittering` (the page opened with the receipt): the parents' languages, plain forms,
//! no JavaScript and no login. The pages after the form are the sparring desk's, in the
//! citizens' texts.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::use_lang,
        form::{CheckboxGroup, ErrorSummary, PostId, RadioGroup, TextArea},
        layout::{Layout, SwitchWithForm},
    },
    domain::{
        advice::{CitizenRole, FORM, FORM_ID},
        sparring::{AgeBand, AskerKind, Theme},
        Problem,
    },
    i18n::{
        advice::advice,
        sparring::{advice_asker, asker_choice},
    },
    pages::sparring::{ReceiptOrRequest, Sent},
};

/// The advice form.
#[component]
pub fn AdvicePage() -> impl IntoView {
    let lang = use_lang();
    let text = advice(lang);
    let kind = AskerKind::Citizen;
    provide_context(SwitchWithForm(FORM_ID));
    let names =
        |list: &'static str, values: Vec<&'static str>| -> Vec<(&'static str, &'static str)> {
            values
                .into_iter()
                .map(|value| (value, asker_choice(lang, kind, list, value)))
                .collect()
        };
    let roles = CitizenRole::ALL
        .iter()
        .map(|r| (r.as_str(), asker_choice(lang, kind, "role", r.as_str())))
        .collect::<Vec<_>>();
    let ages = names(
        "age_band",
        AgeBand::ALL.iter().map(|a| a.as_str()).collect(),
    );
    let themes = names("theme", Theme::ALL.iter().map(|t| t.as_str()).collect());
    let warned = crate::components::form::submitted(FORM).is_some_and(|s| {
        s.errors
            .iter()
            .any(|e| e.problem == Problem::LooksLikeContact)
    });
    let desk = kind.desk();
    view! {
        <Title text=text.title/>
        <Layout>
            <ErrorSummary names=vec![("role", text.role), ("age_band", text.age_band), ("themes", text.themes), ("concern", text.concern)]/>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <p class="notice">{text.urgent}</p>
            <p class="notice notice-warning"><strong>{text.warning}</strong></p>
            <form method="post" novalidate action=desk.form id=FORM_ID class="questionnaire">
                <PostId form=FORM/>
                <RadioGroup form=FORM name="role" legend=text.role options=roles/>
                <RadioGroup form=FORM name="age_band" legend=text.age_band options=ages/>
                <CheckboxGroup form=FORM name="themes" legend=text.themes hint=text.themes_hint options=themes/>
                <TextArea form=FORM name="concern" label=text.concern hint=text.concern_hint rows=8/>
                {warned.then(|| view! {
                    <div class="field confirm">
                        <input type="checkbox" id="advice-confirm" name="confirm" value="1"/>
                        <label for="advice-confirm">{advice_asker(lang).confirm}</label>
                    </div>
                })}
                <button type="submit" class="button">{text.send}</button>
            </form>
            <p><a href=desk.receipt>{advice_asker(lang).receipt_title}</a></p>
        </Layout>
    }
}

/// `/raad/sendt`: the receipt of the question just sent.
#[component]
pub fn AdviceSentPage() -> impl IntoView {
    view! { <Sent kind=AskerKind::Citizen/> }
}

/// `/raad/kvittering`: the receipt form, or the question it opened.
#[component]
pub fn AdviceReceiptPage() -> impl IntoView {
    view! { <ReceiptOrRequest kind=AskerKind::Citizen/> }
}
