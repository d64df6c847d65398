//! `/tilgaengelighed` (`ACCESSIBILITY_PAGE`): the WCAG 2.1 AA checks the test suite runs, and the link to the
//! municipality's accessibility statement in the WAS tool.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::{use_lang, use_site},
        layout::Layout,
    },
    domain::publishing::Publishing,
    i18n::{accessibility::accessibility, catalogue::Value},
};

/// The accessibility page.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let text = accessibility(use_lang());
    let published = use_site()
        .published
        .unwrap_or_else(|| Publishing::defaults(""));
    let statement = match published.accessibility_url.as_str() {
        "" => view! { <p class="notice">{text.no_statement}</p> }.into_any(),
        url => view! { <p><a class="button" href=url.to_owned()>{text.statement_link}</a></p> }
            .into_any(),
    };
    let contact = (!published.contact.is_empty()).then(|| {
        text.contact
            .fill(&[("contact", Value::from(published.contact.clone()))])
    });
    view! {
        <Title text=text.title/>
        <Layout>
            <article class="prose">
                <h1>{text.title}</h1>
                <p class="lead">{text.intro}</p>
                {statement}
                <h2>{text.checks_heading}</h2>
                <ul class="link-list">
                    {text.check.iter().map(|check| view! { <li>{*check}</li> }).collect_view()}
                </ul>
                {contact.map(|line| view! { <p>{line}</p> })}
            </article>
        </Layout>
    }
}
