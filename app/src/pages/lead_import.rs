//! `/ledelse/import`: the lead's imports of registry figures, one file at a time.

use leptos::prelude::*;
use leptos_meta::Title;

use super::lead::LeadNav;
use crate::{
    components::{
        context::use_lang,
        form::TextField,
        import_report::{ImportReport, UploadForm},
        staff_layout::StaffLayout,
    },
    i18n::{dashboard::dashboard_text, imports::imports},
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
