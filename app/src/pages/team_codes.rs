//! `/team/koder`: the FI team issues evaluation codes for an area; `/team/koder/kort` shows the
//! sheet of cards the post handed on (`?vis=`), to print.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        code_cards::{CardLanguageField, CodeCards},
        context::{use_handed_token, use_lang},
        form::{ErrorSummary, PostForm, SelectField, TextField},
        print_button::PrintButton,
        staff_layout::StaffLayout,
    },
    domain::Area,
    i18n::{admin::admin, evaluation::cards},
    web::evaluation::read::handed_codes,
};

/// The sheet of cards just issued, while it may be shown.
#[component]
pub fn CodeSheetPage() -> impl IntoView {
    let text = cards(use_lang());
    let token = use_handed_token();
    let issued = Resource::new_blocking(move || token.clone(), handed_codes);
    view! {
        <Title text=text.sheet_title/>
        <StaffLayout>
            <Suspense>
                {move || issued.get().map(|issued| match issued.ok().flatten() {
                    Some((issued, back)) => view! {
                        <p class="screen-only"><a href=back>{text.back}</a></p>
                        <PrintButton/>
                        <CodeCards issued=issued/>
                    }.into_any(),
                    None => view! {
                        <h1>{text.sheet_title}</h1>
                        <p class="notice" role="status">{text.sheet_gone}</p>
                        <p><a href="/team/koder">{text.issue_title}</a></p>
                    }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}

/// The issuing form.
#[component]
pub fn IssueCodesPage() -> impl IntoView {
    let lang = use_lang();
    let text = cards(lang);
    let areas: Vec<(String, String)> = Area::ALL
        .iter()
        .map(|a| (a.as_str().to_owned(), admin(lang).area(*a).to_owned()))
        .collect();
    view! {
            <Title text=text.issue_title/>
            <StaffLayout>
                <ErrorSummary names=vec![("area", text.area), ("count", text.count), ("language", text.language)]/>
                <h1>{text.issue_title}</h1>
                <p>{text.issue_intro}</p>
                <PostForm name="codes" action="/team/koder" class="narrow-form">
                    <SelectField form="codes" name="area" label=text.area options=areas selected="dagtilbud"/>
                    <TextField form="codes" name="count" label=text.count hint=text.count_hint value="8" required=true/>
                    <CardLanguageField form="codes"/>
                    <button type="submit" class="button">{text.issue}</button>
                </PostForm>
            </StaffLayout>
    }
}
