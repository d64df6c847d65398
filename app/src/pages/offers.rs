//! `/tilbud`: the municipality's catalogue of offers for parents and professionals, on a
//! phone and without JavaScript: a plain form of filters (the child's age, a theme, a step),
//! the staircase drawn as a list of its steps with the number of offers on each, and the
//! offers under their steps, each opening to its details.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{context::use_lang, form::SelectField, layout::Layout},
    domain::{
        offer::{Offer, OfferFilter},
        registry::Step,
        sparring::{AgeBand, AskerKind, Theme},
        Lang,
    },
    i18n::{choices::choice_name, offers::offers_text, sparring::asker_choice},
    web::offers::read::{self, offer_catalogue},
};

/// The filters in the address.
fn address_filter() -> OfferFilter {
    let query = use_query_map();
    query.with_untracked(|q| OfferFilter::parse(|name| q.get(name).unwrap_or_default()))
}

/// The name of a choice of the age bands or themes in the words the parents' languages ship
/// (`advice.ftl`).
fn parents_choice(lang: Lang, list: &str, value: &str) -> &'static str {
    asker_choice(lang, AskerKind::Citizen, list, value)
}

/// `(value, name)` pairs of a choice list, "all" first.
fn options<T: Copy>(
    lang: Lang,
    list: &str,
    all: &[T],
    value: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), offers_text(lang).all.to_owned()))
        .chain(all.iter().map(|v| {
            (
                value(*v).to_owned(),
                parents_choice(lang, list, value(*v)).to_owned(),
            )
        }))
        .collect()
}

/// `/tilbud?alder=…&tema=…&trin=…`.
#[component]
pub fn OffersPage() -> impl IntoView {
    let lang = use_lang();
    let text = offers_text(lang);
    let filter = address_filter();
    let data = Resource::new_blocking(
        {
            let filter = filter.clone();
            move || filter.clone()
        },
        offer_catalogue,
    );
    view! {
        <Title text=text.title/>
        <Layout>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            {(lang != Lang::Da).then(|| view! { <p class="hint">{text.language_note}</p> })}
            <Suspense>
                {move || {
                    let filter = filter.clone();
                    Suspend::new(async move {
                        data.await.map(|catalogue| view! { <Catalogue catalogue filter/> })
                    })
                }}
            </Suspense>
        </Layout>
    }
}

/// The filters, the staircase and the offers.
#[component]
fn Catalogue(catalogue: read::Catalogue, filter: OfferFilter) -> impl IntoView {
    let lang = use_lang();
    let text = offers_text(lang);
    let steps: Vec<(String, String)> = std::iter::once((String::new(), text.all.to_owned()))
        .chain(
            catalogue
                .steps
                .iter()
                .map(|s| (s.step.clone(), s.label(lang).to_owned())),
        )
        .collect();
    let shown = text.shown.fill(&[
        ("shown", catalogue.offers.len().into()),
        ("all", catalogue.all.into()),
    ]);
    let on_step = |step: Option<&str>| -> Vec<Offer> {
        catalogue
            .offers
            .iter()
            .filter(|o| o.details.step.as_deref() == step)
            .cloned()
            .collect()
    };
    // Offers open to all first, then each step up the staircase.
    let mut groups: Vec<(String, String, Vec<Offer>)> = vec![(
        "offers-open".to_owned(),
        text.open_to_all.to_owned(),
        on_step(None),
    )];
    groups.extend(catalogue.steps.iter().map(|s: &Step| {
        (
            format!("offers-{}", s.rank),
            s.label(lang).to_owned(),
            on_step(Some(&s.step)),
        )
    }));
    let staircase: Vec<(String, String, usize)> = groups
        .iter()
        .map(|(id, name, offers)| (id.clone(), name.clone(), offers.len()))
        .collect();
    let empty = catalogue.offers.is_empty();
    view! {
        <form method="get" action="/tilbud" class="filters" aria-label=text.filters>
            <SelectField form="offers" name="alder" label=text.age_band options=options(lang, "age_band", AgeBand::ALL, AgeBand::as_str) selected=filter.age_band.map(|a| a.as_str().to_owned()).unwrap_or_default()/>
            <SelectField form="offers" name="tema" label=text.theme options=options(lang, "theme", Theme::ALL, Theme::as_str) selected=filter.theme.map(|t| t.as_str().to_owned()).unwrap_or_default()/>
            <SelectField form="offers" name="trin" label=text.step options=steps selected=filter.step.clone().unwrap_or_default()/>
            <button type="submit" class="button button-secondary">{text.show}</button>
        </form>
        <p role="status">{shown}</p>
        <nav class="staircase" aria-labelledby="staircase-title">
            <h2 id="staircase-title">{text.staircase_title}</h2>
            <p class="hint">{text.staircase_hint}</p>
            <ol class="staircase-steps">
                {staircase.into_iter().map(|(id, name, n)| view! {
                    <li class="staircase-step">
                        <a href=format!("#{id}")>{name}</a>
                        " "
                        <span class="staircase-count">{text.count.fill(&[("n", n.into())])}</span>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
        {empty.then(|| view! { <p class="notice">{text.none}</p> })}
        {groups.into_iter().filter(|(_, _, offers)| !offers.is_empty()).map(|(id, name, offers)| view! {
            <section class="offer-group" aria-labelledby=id.clone()>
                <h2 id=id.clone()>{name}</h2>
                {offers.into_iter().map(|offer| view! { <OfferCard offer/> }).collect_view()}
            </section>
        }).collect_view()}
    }
}

/// One offer: its name and purpose, whom it is for and how to get in, and the rest behind a
/// disclosure that opens without JavaScript.
#[component]
fn OfferCard(offer: Offer) -> impl IntoView {
    let lang = use_lang();
    let text = offers_text(lang);
    let details = offer.details;
    let names = |list: &str, values: Vec<&'static str>| -> String {
        values
            .into_iter()
            .map(|v| parents_choice(lang, list, v))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let for_whom = format!(
        "{} · {}",
        names(
            "age_band",
            details.age_bands.iter().map(|a| a.as_str()).collect()
        ),
        names("theme", details.themes.iter().map(|t| t.as_str()).collect())
    );
    let optional = |heading: &'static str, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{heading}</dt><dd>{value}</dd> })
    };
    view! {
        <article class="offer" id=format!("tilbud-{}", offer.id)>
            <h3>{details.name.clone()}</h3>
            <p>{details.purpose.clone()}</p>
            <dl class="offer-facts">
                <dt>{text.for_whom}</dt>
                <dd>{for_whom}</dd>
                <dt>{text.access}</dt>
                <dd>{choice_name(lang, "offer_access", details.access.as_str())}</dd>
                {optional(text.contact, details.contact.clone())}
            </dl>
            <details>
                <summary>{text.more}<span class="sr-only">": " {details.name.clone()}</span></summary>
                <dl class="offer-facts">
                    {optional(text.provider, details.provider.clone())}
                    {optional(text.duration, details.duration.clone())}
                    {optional(text.experience, details.experience.clone())}
                    {optional(text.effect, details.effect.clone())}
                </dl>
            </details>
        </article>
    }
}
