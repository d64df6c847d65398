//! What every CSV import shows: the upload form and, after a post, either what was stored or
//! every problem with its line and column.

use leptos::prelude::*;

use crate::{
    components::context::use_lang,
    domain::problem::ImportOutcome,
    i18n::{catalogue::Template, imports::imports, problems::problem_text},
};

/// The outcome of the import posted to `action`, if this answer is to that post.
#[component]
pub fn ImportReport(action: &'static str, stored: Template) -> impl IntoView {
    let lang = use_lang();
    let text = imports(lang);
    let outcome = use_context::<(&'static str, ImportOutcome)>()
        .filter(|(posted_to, _)| *posted_to == action)
        .map(|(_, outcome)| outcome);
    outcome.map(|outcome| match outcome {
        ImportOutcome::Stored(a, b) => view! {
            <p class="notice notice-success" role="status">
                {stored.fill(&[("a", a.into()), ("b", b.into())])}
            </p>
        }
        .into_any(),
        ImportOutcome::Refused(errors) => view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{text.refused}</h2>
                <table class="responsive-table">
                    <thead><tr><th scope="col">{text.line}</th><th scope="col">{text.column}</th><th scope="col">{text.problem}</th></tr></thead>
                    <tbody>
                        {errors.into_iter().map(|e| view! {
                            <tr>
                                // Line 0 is a field beside the file, named in the column.
                                <td data-label=text.line>{if e.line == 0 { "–".to_owned() } else { e.line.to_string() }}</td>
                                <td data-label=text.column>{e.column.clone()}</td>
                                <td data-label=text.problem>{problem_text(lang, &e.problem)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
    })
}

/// The upload form posting one CSV file to `action`, and the fields given as `children` beside
/// it; `id` keeps several forms on a page apart.
#[component]
pub fn UploadForm(
    action: &'static str,
    id: &'static str,
    label: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let text = imports(use_lang());
    view! {
        <form method="post" novalidate action=action enctype="multipart/form-data" class="narrow-form">
            <div class="field">
                <label for=id>{label}</label>
                <input type="file" id=id name="file" accept=".csv,text/csv"/>
            </div>
            {children.map(|children| children())}
            <button type="submit" class="button">{text.button}</button>
        </form>
    }
}
