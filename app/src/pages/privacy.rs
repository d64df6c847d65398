//! The privacy notices (GDPR article 13): `/privatliv` for parents, in every language they are
//! offered; `/privatliv/fagpersoner` for professionals and `/privatliv/medarbejdere` for
//! staff, in Danish and English. What they say about keeping comes from the settings in force.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{context::use_lang, layout::Layout},
    domain::{
        access::IDLE_MINUTES,
        publishing::{ASKERS_PRIVACY_PAGE, STAFF_PRIVACY_PAGE},
        settings::PrivacyFacts,
    },
    i18n::{
        catalogue::Value,
        common::common,
        privacy::{askers_notice, parents_notice, staff_notice},
    },
    web::privacy::read_privacy_facts,
};

/// A notice's page: its title, then its sections once the facts are read.
#[component]
fn Notice(title: &'static str, body: fn(PrivacyFacts) -> AnyView) -> impl IntoView {
    let lang = use_lang();
    let facts = Resource::new_blocking(|| (), |()| read_privacy_facts());
    view! {
        <Title text=title/>
        <Layout>
            <article class="prose">
                <h1>{title}</h1>
                <Suspense>
                    {move || facts.get().map(|facts| match facts {
                        Ok(facts) => body(facts),
                        Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                    })}
                </Suspense>
            </article>
        </Layout>
    }
}

/// Who is responsible, and how to reach them (the details the municipality gave).
fn controller(lang: crate::domain::Lang, facts: &PrivacyFacts) -> impl IntoView {
    let text = parents_notice(lang);
    let given = |value: &str, template: crate::i18n::catalogue::Template, name: &'static str| {
        (!value.is_empty()).then(|| {
            let line = template.fill(&[(name, Value::from(value))]);
            view! { <p>{line}</p> }
        })
    };
    let published = &facts.published;
    view! {
        <h2>{text.controller_heading}</h2>
        {given(&published.controller, text.controller, "controller")}
        {given(&published.contact, text.contact, "contact")}
        {given(&published.dpo, text.dpo, "dpo")}
    }
}

/// `/privatliv`: the parents' notice.
#[component]
pub fn ParentsPrivacyPage() -> impl IntoView {
    let text = parents_notice(use_lang());
    view! { <Notice title=text.title body=parents_body/> }
}

fn parents_body(facts: PrivacyFacts) -> AnyView {
    let lang = use_lang();
    let text = parents_notice(lang);
    let settings = facts.settings;
    let kept = text.kept.fill(&[
        ("code_days", Value::from(facts.code_days)),
        ("comment_months", Value::from(settings.comment_months)),
    ]);
    let anonymous = text
        .anonymous
        .fill(&[("threshold", Value::from(settings.threshold))]);
    let advice = text.advice.fill(&[
        ("after_closing", Value::from(settings.after_closing)),
        ("without_activity", Value::from(settings.without_activity)),
    ]);
    view! {
        <p class="lead">{text.intro}</p>
        {controller(lang, &facts)}
        <h2>{text.stored_heading}</h2>
        <p>{text.stored}</p>
        <h2>{text.anonymous_heading}</h2>
        <p>{anonymous}</p>
        <h2>{text.kept_heading}</h2>
        <p>{kept}</p>
        <p>{text.language}</p>
        <h2>{text.advice_heading}</h2>
        <p>{advice}</p>
        <h2>{text.rights_heading}</h2>
        <p>{text.rights}</p>
        <p>{text.others}</p>
        <ul class="link-list">
            <li><a href=ASKERS_PRIVACY_PAGE>{text.askers_link}</a></li>
            <li><a href=STAFF_PRIVACY_PAGE>{text.staff_link}</a></li>
        </ul>
    }
    .into_any()
}

/// `/privatliv/fagpersoner`: the professionals' notice.
#[component]
pub fn AskersPrivacyPage() -> impl IntoView {
    let text = askers_notice(use_lang());
    view! { <Notice title=text.title body=askers_body/> }
}

fn askers_body(facts: PrivacyFacts) -> AnyView {
    let lang = use_lang();
    let text = askers_notice(lang);
    let settings = facts.settings;
    let kept = text.kept.fill(&[
        ("after_closing", Value::from(settings.after_closing)),
        ("without_activity", Value::from(settings.without_activity)),
    ]);
    let evaluation = text
        .evaluation
        .fill(&[("threshold", Value::from(settings.threshold))]);
    view! {
        {controller(lang, &facts)}
        <h2>{text.stored_heading}</h2>
        <p>{text.stored}</p>
        <h2>{text.kept_heading}</h2>
        <p>{kept}</p>
        <p>{evaluation}</p>
        <h2>{text.rights_heading}</h2>
        <p>{text.rights}</p>
    }
    .into_any()
}

/// `/privatliv/medarbejdere`: the staff's notice.
#[component]
pub fn StaffPrivacyPage() -> impl IntoView {
    let text = staff_notice(use_lang());
    view! { <Notice title=text.title body=staff_body/> }
}

fn staff_body(facts: PrivacyFacts) -> AnyView {
    let lang = use_lang();
    let text = staff_notice(lang);
    let stored = text
        .stored
        .fill(&[("idle_minutes", Value::from(IDLE_MINUTES))]);
    view! {
        {controller(lang, &facts)}
        <h2>{text.stored_heading}</h2>
        <p>{stored}</p>
        <h2>{text.purpose_heading}</h2>
        <p>{text.purpose}</p>
        <h2>{text.rights_heading}</h2>
        <p>{text.rights}</p>
    }
    .into_any()
}
