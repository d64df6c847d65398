//! `/team/koder`: the FI team issues evaluation codes for an area and prints the cards.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        code_cards::CodeCards,
        context::use_lang,
        form::{ErrorSummary, SelectField, TextField},
        staff_layout::StaffLayout,
    },
    domain::{evaluation_code::IssuedCodes, Area},
    i18n::{admin::admin, evaluation::cards},
};

/// The issuing form, or (right after issuing) the sheet of cards.
#[component]
pub fn IssueCodesPage() -> impl IntoView {
    let lang = use_lang();
    let text = cards(lang);
    let areas: Vec<(String, String)> = Area::ALL
        .iter()
        .map(|a| (a.as_str().to_owned(), admin(lang).area(*a).to_owned()))
        .collect();
    match use_context::<IssuedCodes>() {
        Some(issued) => view! {
            <Title text=text.sheet_title/>
            <StaffLayout>
                <CodeCards issued=issued/>
            </StaffLayout>
        }
        .into_any(),
        None => view! {
            <Title text=text.issue_title/>
            <StaffLayout>
                <ErrorSummary/>
                <h1>{text.issue_title}</h1>
                <p>{text.issue_intro}</p>
                <form method="post" novalidate action="/team/koder" class="narrow-form">
                    <SelectField form="codes" name="area" label=text.area options=areas selected="dagtilbud"/>
                    <TextField form="codes" name="count" label=text.count hint=text.count_hint value="8" required=true/>
                    <button type="submit" class="button">{text.issue}</button>
                </form>
            </StaffLayout>
        }
        .into_any(),
    }
}
