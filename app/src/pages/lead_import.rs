//! `/ledelse/import`: the lead's imports of registry figures, one file at a time.

use leptos::prelude::*;
use leptos_meta::Title;

use super::lead::LeadNav;
use crate::{
    components::{
        context::use_lang,
        import_report::{ImportReport, UploadForm},
        staff_layout::StaffLayout,
    },
    i18n::{dashboard::dashboard_text, imports::imports},
};

/// `/ledelse/import`: the three registry imports and what came of the last post.
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
        </StaffLayout>
    }
}
