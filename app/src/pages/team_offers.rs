//! The FI team keeps the catalogue of offers: `/team/tilbud` (every offer, the import from a
//! file, and the way to the public page), `/team/tilbud/nyt` and `/team/tilbud/:id` (the form,
//! and taking an offer off the catalogue or putting it back).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    components::{
        context::use_lang,
        form::{
            CheckboxGroup, ErrorSummary, PostForm, RadioGroup, SelectField, TextArea, TextField,
        },
        import_report::{ImportReport, UploadForm},
        staff_layout::StaffLayout,
    },
    domain::{
        offer::{Access, Offer},
        registry::Step,
        sparring::{AgeBand, Theme},
    },
    i18n::{choices::choice_name, imports::imports, offers::team_offers_text},
    pages::not_found::NotFound,
    web::offers::read::{team_offer, team_offers},
};

/// Where the catalogue's file is posted.
const IMPORT: &str = "/team/tilbud/import";

/// `/team/tilbud`.
#[component]
pub fn TeamOffersPage() -> impl IntoView {
    let lang = use_lang();
    let text = team_offers_text(lang);
    let data = Resource::new_blocking(|| (), |()| team_offers());
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <p>
                <a class="button" href="/team/tilbud/nyt">{text.new}</a>
                " "
                <a href="/tilbud">{text.public}</a>
            </p>
            <Suspense>
                {move || Suspend::new(async move {
                    data.await.map(|(offers, steps)| view! { <OfferList offers steps/> })
                })}
            </Suspense>
            <section aria-labelledby="offers-import-heading">
                <h2 id="offers-import-heading">{text.import}</h2>
                <ImportReport action=IMPORT stored=text.imported/>
                <p>{text.import_format}</p>
                <UploadForm action=IMPORT id="file-offers" label=imports(lang).file/>
            </section>
        </StaffLayout>
    }
}

/// Every offer with its step, how to get in and whether it is on the catalogue.
#[component]
fn OfferList(offers: Vec<Offer>, steps: Vec<Step>) -> impl IntoView {
    let lang = use_lang();
    let text = team_offers_text(lang);
    let step_name = move |key: &Option<String>| -> String {
        key.as_ref()
            .and_then(|k| steps.iter().find(|s| &s.step == k))
            .map_or_else(|| text.no_step.to_owned(), |s| s.label(lang).to_owned())
    };
    view! {
        <table class="responsive-table">
            <thead>
                <tr>
                    <th scope="col">{text.name}</th>
                    <th scope="col">{text.step}</th>
                    <th scope="col">{text.access}</th>
                    <th scope="col">{text.status}</th>
                </tr>
            </thead>
            <tbody>
                {offers.into_iter().map(|offer| view! {
                    <tr>
                        <th scope="row" data-label=text.name><a href=format!("/team/tilbud/{}", offer.id)>{offer.details.name.clone()}</a></th>
                        <td data-label=text.step>{step_name(&offer.details.step)}</td>
                        <td data-label=text.access>{choice_name(lang, "offer_access", offer.details.access.as_str())}</td>
                        <td data-label=text.status>{if offer.active { text.on } else { text.off }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// `/team/tilbud/nyt`.
#[component]
pub fn NewOfferPage() -> impl IntoView {
    let text = team_offers_text(use_lang());
    let data = Resource::new_blocking(|| (), |()| team_offers());
    view! {
        <Title text=text.new_title/>
        <StaffLayout>
            <p><a href="/team/tilbud">{text.back}</a></p>
            <h1>{text.new_title}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    data.await.map(|(_, steps)| view! { <OfferForm action="/team/tilbud/nyt".to_owned() offer=None steps/> })
                })}
            </Suspense>
        </StaffLayout>
    }
}

/// `/team/tilbud/:id`.
#[component]
pub fn OfferPage() -> impl IntoView {
    let text = team_offers_text(use_lang());
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let Some(id) = id else {
        return view! { <NotFound/> }.into_any();
    };
    let data = Resource::new_blocking(move || id, team_offer);
    view! {
        <Title text=text.edit_title/>
        <StaffLayout>
            <p><a href="/team/tilbud">{text.back}</a></p>
            <h1>{text.edit_title}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    data.await.map(|(offer, steps)| {
                        let active = offer.active;
                        view! {
                            <OfferForm action=format!("/team/tilbud/{id}") offer=Some(offer) steps/>
                            <PostForm name="offer-status" action=format!("/team/tilbud/{id}/status") class="inline-form">
                                <p>{text.status} ": " {if active { text.on } else { text.off }}</p>
                                <input type="hidden" name="active" value=if active { "0" } else { "1" }/>
                                <button type="submit" class="button button-secondary">{if active { text.take_off } else { text.put_back }}</button>
                            </PostForm>
                        }
                    })
                })}
            </Suspense>
        </StaffLayout>
    }
    .into_any()
}

/// The offer's form, filled with `offer` where it edits one.
#[component]
fn OfferForm(action: String, offer: Option<Offer>, steps: Vec<Step>) -> impl IntoView {
    let lang = use_lang();
    let text = team_offers_text(lang);
    let details = offer.map(|o| o.details);
    let value = |pick: fn(&crate::domain::offer::NewOffer) -> String| -> String {
        details.as_ref().map(pick).unwrap_or_default()
    };
    let [name, purpose, provider, duration, step, contact, experience, effect] = [
        value(|d| d.name.clone()),
        value(|d| d.purpose.clone()),
        value(|d| d.provider.clone()),
        value(|d| d.duration.clone()),
        value(|d| d.step.clone().unwrap_or_default()),
        value(|d| d.contact.clone()),
        value(|d| d.experience.clone()),
        value(|d| d.effect.clone()),
    ];
    let named =
        |list: &'static str, values: Vec<&'static str>| -> Vec<(&'static str, &'static str)> {
            values
                .into_iter()
                .map(|v| (v, choice_name(lang, list, v)))
                .collect()
        };
    let ages = named(
        "age_band",
        AgeBand::ALL.iter().map(|a| a.as_str()).collect(),
    );
    let themes = named("theme", Theme::ALL.iter().map(|t| t.as_str()).collect());
    let access = named(
        "offer_access",
        Access::ALL.iter().map(|a| a.as_str()).collect(),
    );
    let ticked_ages: Vec<&'static str> = details.as_ref().map_or_else(Vec::new, |d| {
        d.age_bands.iter().map(|a| a.as_str()).collect()
    });
    let ticked_themes: Vec<&'static str> = details
        .as_ref()
        .map_or_else(Vec::new, |d| d.themes.iter().map(|t| t.as_str()).collect());
    let chosen_access = details.as_ref().map_or("", |d| d.access.as_str());
    let step_options: Vec<(String, String)> =
        std::iter::once((String::new(), text.no_step.to_owned()))
            .chain(
                steps
                    .iter()
                    .map(|s| (s.step.clone(), s.label(lang).to_owned())),
            )
            .collect();
    let names = vec![
        ("name", text.name),
        ("purpose", text.purpose),
        ("age_bands", text.age_bands),
        ("themes", text.themes),
        ("provider", text.provider),
        ("access", text.access),
        ("duration", text.duration),
        ("step", text.step),
        ("contact", text.contact),
        ("experience", text.experience),
        ("effect", text.effect),
    ];
    view! {
        <ErrorSummary names/>
        <PostForm name="offer" action=action class="narrow-form">
            <TextField form="offer" name="name" label=text.name value=name/>
            <TextArea form="offer" name="purpose" label=text.purpose hint=text.purpose_hint rows=4 value=purpose/>
            <CheckboxGroup form="offer" name="age_bands" legend=text.age_bands options=ages ticked=ticked_ages/>
            <CheckboxGroup form="offer" name="themes" legend=text.themes options=themes ticked=ticked_themes/>
            <TextField form="offer" name="provider" label=text.provider value=provider/>
            <RadioGroup form="offer" name="access" legend=text.access options=access selected=chosen_access/>
            <TextField form="offer" name="duration" label=text.duration hint=text.duration_hint value=duration/>
            <SelectField form="offer" name="step" label=text.step options=step_options selected=step/>
            <TextField form="offer" name="contact" label=text.contact value=contact/>
            <TextArea form="offer" name="experience" label=text.experience rows=3 value=experience/>
            <TextArea form="offer" name="effect" label=text.effect rows=3 value=effect/>
            <button type="submit" class="button">{text.save}</button>
        </PostForm>
    }
}
