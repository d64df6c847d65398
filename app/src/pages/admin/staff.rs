//! `/admin/medarbejdere` and `/admin/medarbejdere/:id`.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{profession_options, role_options, route_id};
use crate::{
    components::{
        context::use_lang,
        form::{ErrorSummary, PostForm, SelectField, TextField, TextKind},
        staff_layout::StaffLayout,
    },
    i18n::{admin::admin, common::common, staff::staff},
    pages::not_found::NotFound,
    web::{
        admin::read::{list_staff, read_staff_member},
        error::AppError,
    },
};

/// Every account, and the form to add one.
#[component]
pub fn StaffListPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let names = staff(lang);
    let accounts = Resource::new_blocking(|| (), |()| list_staff());
    view! {
        <Title text=text.staff_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("name", text.name), ("email", text.email), ("role", text.role), ("profession", text.profession), ("password", text.one_time_password)]/>
            <h1>{text.staff_title}</h1>
            <Suspense>
                {move || accounts.get().map(|result| match result {
                    Ok(rows) => view! {
                        <table class="responsive-table">
                            <thead>
                                <tr>
                                    <th scope="col">{text.name}</th>
                                    <th scope="col">{text.email}</th>
                                    <th scope="col">{text.role}</th>
                                    <th scope="col">{text.profession}</th>
                                    <th scope="col">{text.status}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>
                                        <td data-label=text.name>
                                            <a href=format!("/admin/medarbejdere/{}", row.id)>{row.name.clone()}</a>
                                        </td>
                                        <td data-label=text.email>{row.email.clone()}</td>
                                        <td data-label=text.role>{names.role(row.role)}</td>
                                        <td data-label=text.profession>{names.profession(row.profession)}</td>
                                        <td data-label=text.status>{status(&row, lang)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
            <h2 id="new-staff">{text.new_staff}</h2>
            <PostForm name="new-staff" action="/admin/medarbejdere" class="narrow-form" labelled_by="new-staff">
                <TextField form="new-staff" name="name" label=text.name autocomplete="off" required=true/>
                <TextField form="new-staff" name="email" label=text.email kind=TextKind::Email autocomplete="off" required=true/>
                <SelectField form="new-staff" name="role" label=text.role options=role_options(lang) selected="team"/>
                <SelectField form="new-staff" name="profession" label=text.profession options=profession_options(lang) selected="socialraadgiver"/>
                <TextField form="new-staff" name="password" label=text.one_time_password hint=text.one_time_hint kind=TextKind::Password autocomplete="new-password" required=true/>
                <button type="submit" class="button">{text.create}</button>
            </PostForm>
        </StaffLayout>
    }
}

fn status(row: &crate::domain::StaffMember, lang: crate::domain::Lang) -> &'static str {
    let text = admin(lang);
    match (row.active, row.must_change_password) {
        (false, _) => text.inactive,
        (true, true) => text.must_change,
        (true, false) => text.active,
    }
}

/// One account: details, status and a one-time password.
#[component]
pub fn StaffMemberPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let id = route_id();
    let account = Resource::new_blocking(
        move || id,
        |id| async move {
            match id {
                Some(id) => read_staff_member(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense>
            {move || account.get().map(|result| match result {
                Ok(row) => view! { <StaffMemberForms row=row/> }.into_any(),
                Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                Err(_) => view! {
                    <StaffLayout>
                        <h1>{text.staff_title}</h1>
                        <p class="notice notice-error" role="alert">{common(lang).try_again}</p>
                    </StaffLayout>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn StaffMemberForms(row: crate::domain::StaffMember) -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let base = format!("/admin/medarbejdere/{}", row.id);
    let (next_active, status_label) = if row.active {
        ("0", text.deactivate)
    } else {
        ("1", text.reactivate)
    };
    view! {
        <Title text=row.name.clone()/>
        <StaffLayout>
            <ErrorSummary names=vec![("name", text.name), ("role", text.role), ("profession", text.profession), ("password", text.one_time_password)]/>
            <p><a href="/admin/medarbejdere">{text.back}</a></p>
            <h1>{row.name.clone()}</h1>
            <p>{row.email.clone()} " · " {status(&row, lang)}</p>
            <PostForm name="details" action=base.clone() class="narrow-form">
                <TextField form="details" name="name" label=text.name value=row.name.clone() required=true/>
                <SelectField form="details" name="role" label=text.role options=role_options(lang) selected=row.role.as_str()/>
                <SelectField form="details" name="profession" label=text.profession options=profession_options(lang) selected=row.profession.as_str()/>
                <button type="submit" class="button">{text.save}</button>
            </PostForm>
            <h2>{text.status}</h2>
            <PostForm name="status" action=format!("{base}/status") class="narrow-form">
                <ErrorFor form="status" field="active"/>
                <input type="hidden" name="active" value=next_active id="status-active"/>
                <button type="submit" class="button button-secondary">{status_label}</button>
            </PostForm>
            <h2 id="reset">{text.reset_heading}</h2>
            <PostForm name="reset" action=format!("{base}/adgangskode") class="narrow-form" labelled_by="reset">
                <TextField form="reset" name="password" label=text.one_time_password hint=text.one_time_hint kind=TextKind::Password autocomplete="new-password" required=true/>
                <button type="submit" class="button button-secondary">{text.reset}</button>
            </PostForm>
        </StaffLayout>
    }
}

/// The message for a field without a visible input (a button's hidden value).
#[component]
pub fn ErrorFor(form: &'static str, field: &'static str) -> impl IntoView {
    let lang = use_lang();
    crate::components::form::submitted(form)
        .and_then(|s| s.error(field).map(|e| e.problem))
        .map(|problem| view! {
            <p class="field-error" role="alert">{crate::i18n::problems::problem_text(lang, &problem)}</p>
        })
}
