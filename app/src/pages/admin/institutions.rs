//! `/admin/institutioner` and `/admin/institutioner/:id`.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{area_options, route_id, staff::ErrorFor};
use crate::{
    components::{
        context::use_lang,
        form::{ErrorSummary, PostForm, SelectField, TextField},
        staff_layout::StaffLayout,
    },
    i18n::{admin::admin, common::common},
    pages::not_found::NotFound,
    web::{
        admin::read::{list_institutions, read_institution},
        error::AppError,
    },
};

/// Every institution, and the form to add one.
#[component]
pub fn InstitutionsPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let rows = Resource::new_blocking(|| (), |()| list_institutions());
    view! {
        <Title text=text.institutions_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("name", text.name), ("area", text.area), ("district", text.district)]/>
            <h1>{text.institutions_title}</h1>
            <Suspense>
                {move || rows.get().map(|result| match result {
                    Ok(rows) => view! {
                        <table class="responsive-table">
                            <thead>
                                <tr>
                                    <th scope="col">{text.name}</th>
                                    <th scope="col">{text.area}</th>
                                    <th scope="col">{text.district}</th>
                                    <th scope="col">{text.status}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>
                                        <td data-label=text.name>
                                            <a href=format!("/admin/institutioner/{}", row.id)>{row.name.clone()}</a>
                                        </td>
                                        <td data-label=text.area>{text.area(row.area)}</td>
                                        <td data-label=text.district>{row.district.clone()}</td>
                                        <td data-label=text.status>{if row.active { text.active } else { text.inactive }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
            <h2 id="new-institution">{text.new_institution}</h2>
            <PostForm name="new-institution" action="/admin/institutioner" class="narrow-form" labelled_by="new-institution">
                <TextField form="new-institution" name="name" label=text.name autocomplete="off" required=true/>
                <SelectField form="new-institution" name="area" label=text.area options=area_options(lang) selected="dagtilbud"/>
                <TextField form="new-institution" name="district" label=text.district hint=text.district_hint autocomplete="off"/>
                <button type="submit" class="button">{text.create}</button>
            </PostForm>
        </StaffLayout>
    }
}

/// One institution: its details and whether it is offered.
#[component]
pub fn InstitutionPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let id = route_id();
    let row = Resource::new_blocking(
        move || id,
        |id| async move {
            match id {
                Some(id) => read_institution(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense>
            {move || row.get().map(|result| match result {
                Ok(row) => view! { <InstitutionForms row=row/> }.into_any(),
                Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                Err(_) => view! {
                    <StaffLayout>
                        <h1>{text.institutions_title}</h1>
                        <p class="notice notice-error" role="alert">{common(lang).try_again}</p>
                    </StaffLayout>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn InstitutionForms(row: crate::domain::Institution) -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let base = format!("/admin/institutioner/{}", row.id);
    let (next_active, status_label) = if row.active {
        ("0", text.deactivate)
    } else {
        ("1", text.reactivate)
    };
    view! {
        <Title text=row.name.clone()/>
        <StaffLayout>
            <ErrorSummary names=vec![("name", text.name), ("area", text.area), ("district", text.district)]/>
            <p><a href="/admin/institutioner">{text.back}</a></p>
            <h1>{row.name.clone()}</h1>
            <p>{text.area(row.area)} " · " {if row.active { text.active } else { text.inactive }}</p>
            <PostForm name="institution" action=base.clone() class="narrow-form">
                <TextField form="institution" name="name" label=text.name value=row.name.clone() required=true/>
                <SelectField form="institution" name="area" label=text.area options=area_options(lang) selected=row.area.as_str()/>
                <TextField form="institution" name="district" label=text.district hint=text.district_hint value=row.district.clone()/>
                <button type="submit" class="button">{text.save}</button>
            </PostForm>
            <h2>{text.status}</h2>
            <PostForm name="institution-status" action=format!("{base}/status") class="narrow-form">
                <ErrorFor form="institution-status" field="active"/>
                <input type="hidden" name="active" value=next_active/>
                <button type="submit" class="button button-secondary">{status_label}</button>
            </PostForm>
        </StaffLayout>
    }
}
