//! `/konto/adgangskode`: change one's own password (required after a one-time password).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::{current_staff, use_lang},
        form::{ErrorSummary, PostForm, TextField, TextKind},
        staff_layout::StaffLayout,
    },
    i18n::staff::staff,
};

/// The change-password form.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let text = staff(use_lang());
    let must = current_staff().is_some_and(|me| me.must_change_password);
    view! {
        <Title text=text.password_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("current", text.password_current), ("new", text.password_new), ("repeat", text.password_repeat)]/>
            <h1>{text.password_title}</h1>
            {must.then(|| view! { <p class="notice" role="status">{text.password_must_change}</p> })}
            <PostForm name="password" action="/konto/adgangskode" class="narrow-form">
                <TextField form="password" name="current" label=text.password_current kind=TextKind::Password autocomplete="current-password" required=true/>
                <TextField form="password" name="new" label=text.password_new hint=text.password_new_hint kind=TextKind::Password autocomplete="new-password" required=true/>
                <TextField form="password" name="repeat" label=text.password_repeat kind=TextKind::Password autocomplete="new-password" required=true/>
                <button type="submit" class="button">{text.password_save}</button>
            </PostForm>
        </StaffLayout>
    }
}
