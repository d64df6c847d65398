//! `/ledelse/import`: the lead's imports of registry figures, one file at a time, and the
//! choice of which of the municipality's kinds of step count as preventive.

use leptos::prelude::*;
use leptos_meta::Title;

use super::lead::LeadNav;
use crate::{
    components::{
        context::use_lang,
        form::{PostForm, TextField},
        import_report::{ImportReport, UploadForm},
        staff_layout::StaffLayout,
    },
    i18n::{dashboard::dashboard_text, imports::imports, registry::registry_text},
    web::dashboard::read::step_kinds,
};

/// Where the comparison figures are posted.
const COMPARISON: &str = "/ledelse/import/sammenligning";

/// `/ledelse/import`: the registry imports, the comparison figures, and what came of the last
/// post.
#[component]
pub fn LeadImportPage() -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let file = imports(lang).file;
    let section =
        |(action, id, [heading, format]): (&'static str, &'static str, [&'static str; 2])| {
            view! {
                <section aria-labelledby=format!("{id}-heading")>
                    <h2 id=format!("{id}-heading")>{heading}</h2>
                    <ImportReport action=action stored=text.imported/>
                    <p>{format}</p>
                    <UploadForm action=action id=id label=file/>
                </section>
            }
        };
    view! {
        <Title text=text.import_title/>
        <StaffLayout>
            <h1>{text.import_title}</h1>
            <LeadNav/>
            <p>{text.import_intro}</p>
            {section(("/ledelse/import/underretninger", "file-notifications", text.import_notifications))}
            {section(("/ledelse/import/arter", "file-kinds", registry_text(lang).import_kinds))}
            <PreventiveKinds/>
            {section(("/ledelse/import/trin", "file-steps", text.import_steps))}
            {section(("/ledelse/import/trappe", "file-staircase", text.import_staircase))}
            {section(("/ledelse/import/befolkning", "file-population", text.import_population))}
            <section aria-labelledby="file-comparison-heading">
                <h2 id="file-comparison-heading">{text.import_comparison[0]}</h2>
                <ImportReport action=COMPARISON stored=text.imported_figures/>
                <p>{text.import_comparison[1]}</p>
                <UploadForm action=COMPARISON id="file-comparison" label=file>
                    <TextField form="comparison" name="year" label=text.import_year hint=text.import_year_hint/>
                </UploadForm>
            </section>
        </StaffLayout>
    }
}

/// The kinds of step, each with a box ticked where it counts towards goal 2's preventive share.
#[component]
fn PreventiveKinds() -> impl IntoView {
    let lang = use_lang();
    let text = registry_text(lang);
    let kinds = Resource::new_blocking(|| (), |()| step_kinds());
    view! {
        <section id="kinds" aria-labelledby="kinds-heading">
            <h2 id="kinds-heading">{text.preventive_title}</h2>
            <p>{text.preventive_intro}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    kinds.await.map(|(kinds, steps)| view! {
                        <PostForm name="preventive" action="/ledelse/import/forebyggende" labelled_by="kinds-heading">
                            <table class="responsive-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{text.kind_column}</th>
                                        <th scope="col">{text.preventive_column}</th>
                                        <th scope="col">{text.steps_column}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {kinds.into_iter().map(|kind| {
                                        let id = format!("preventive-{}", kind.kind);
                                        let name = kind.label(lang).to_owned();
                                        let of_kind: Vec<&str> = steps
                                            .iter()
                                            .filter(|s| s.kind == kind.kind)
                                            .map(|s| s.label(lang))
                                            .collect();
                                        let steps_text = if of_kind.is_empty() {
                                            text.unused.to_owned()
                                        } else {
                                            of_kind.join(", ")
                                        };
                                        view! {
                                            <tr>
                                                <th scope="row" data-label=text.kind_column><label for=id.clone()>{name}</label></th>
                                                <td data-label=text.preventive_column>
                                                    <input type="hidden" name="kinds" value=kind.kind.clone()/>
                                                    <input type="checkbox" id=id name="preventive" value=kind.kind.clone() checked=kind.preventive/>
                                                </td>
                                                <td data-label=text.steps_column>{steps_text}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <button type="submit" class="button">{text.save}</button>
                        </PostForm>
                    })
                })}
            </Suspense>
        </section>
    }
}
