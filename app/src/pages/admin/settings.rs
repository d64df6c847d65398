//! `/admin/indstillinger`: how long sparring texts are kept, and when askers may expect an
//! answer.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::use_lang,
        form::{ErrorSummary, PostForm, TextField},
        staff_layout::StaffLayout,
    },
    i18n::{admin::admin, common::common},
    web::admin::read::settings,
};

/// The settings form.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let values = Resource::new_blocking(|| (), |()| settings());
    view! {
        <Title text=text.settings_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("retention_days", text.retention_days), ("stale_days", text.stale_days), ("answer_days", text.answer_days), ("comment_months", text.comment_months), ("threshold", text.threshold)]/>
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
        </StaffLayout>
    }
}
