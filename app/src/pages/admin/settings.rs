//! `/admin/indstillinger`: how long sparring texts are kept, when askers may expect an
//! answer, and what the municipality publishes (its details, pages and parents' languages).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::use_lang,
        form::{CheckboxGroup, ErrorSummary, PostForm, TextField},
        staff_layout::StaffLayout,
    },
    domain::{publishing::Publishing, Lang},
    i18n::{admin::admin, common::common, publishing::publishing_form},
    web::admin::read::{published_details, settings},
};

/// The settings form.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let published = publishing_form(lang);
    let values = Resource::new_blocking(|| (), |()| settings());
    view! {
        <Title text=text.settings_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("retention_days", text.retention_days), ("stale_days", text.stale_days), ("answer_days", text.answer_days), ("comment_months", text.comment_months), ("threshold", text.threshold), ("controller", published.controller), ("contact", published.contact), ("dpo", published.dpo), ("notification_url", published.notification_url), ("accessibility_url", published.accessibility_url), ("languages", published.languages)]/>
            <h1>{text.settings_title}</h1>
            <Suspense>
                {move || values.get().map(|result| match result {
                    Ok((retention, stale, answer, comment_months, threshold)) => view! {
                        <PostForm name="settings" action="/admin/indstillinger" class="narrow-form">
                            <TextField form="settings" name="retention_days" label=text.retention_days hint=text.retention_hint value=retention.to_string() required=true/>
                            <TextField form="settings" name="stale_days" label=text.stale_days hint=text.stale_hint value=stale.to_string() required=true/>
                            <TextField form="settings" name="answer_days" label=text.answer_days hint=text.answer_hint value=answer.to_string() required=true/>
                            <TextField form="settings" name="comment_months" label=text.comment_months hint=text.comment_months_hint value=comment_months.to_string() required=true/>
                            <TextField form="settings" name="threshold" label=text.threshold hint=text.threshold_hint value=threshold.to_string() required=true/>
                            <button type="submit" class="button">{text.save}</button>
                        </PostForm>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
            <PublishingSection/>
        </StaffLayout>
    }
}

/// `(code, name)` of the languages an administrator may offer parents beside Danish.
fn language_options() -> Vec<(&'static str, &'static str)> {
    Lang::ALL
        .iter()
        .filter(|l| **l != Lang::Da)
        .map(|l| (l.code(), l.name()))
        .collect()
}

/// The form for what the municipality publishes.
#[component]
fn PublishingSection() -> impl IntoView {
    let lang = use_lang();
    let text = publishing_form(lang);
    let values = Resource::new_blocking(|| (), |()| published_details());
    view! {
        <h2 id="publishing">{text.title}</h2>
        <p>{text.intro}</p>
        <Suspense>
            {move || values.get().map(|result| match result {
                Ok(Publishing { controller, contact, dpo, notification_url, accessibility_url, parents_languages }) => {
                    let ticked: Vec<&'static str> = parents_languages.iter().map(|l| l.code()).collect();
                    view! {
                        <PostForm name="publishing" action="/admin/indstillinger/kommune" class="narrow-form" labelled_by="publishing">
                            <TextField form="publishing" name="controller" label=text.controller hint=text.controller_hint value=controller required=true/>
                            <TextField form="publishing" name="contact" label=text.contact hint=text.contact_hint value=contact/>
                            <TextField form="publishing" name="dpo" label=text.dpo hint=text.dpo_hint value=dpo/>
                            <TextField form="publishing" name="notification_url" label=text.notification_url hint=text.notification_url_hint value=notification_url/>
                            <TextField form="publishing" name="accessibility_url" label=text.accessibility_url hint=text.accessibility_url_hint value=accessibility_url/>
                            <CheckboxGroup form="publishing" name="languages" legend=text.languages hint=text.languages_hint options=language_options() ticked=ticked/>
                            <button type="submit" class="button">{text.save}</button>
                        </PostForm>
                    }.into_any()
                }
                Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
            })}
        </Suspense>
    }
}
