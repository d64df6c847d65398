//! A dashboard table as the lead sees it: its chart, the data under it, and its downloads.

use leptos::prelude::*;

use crate::{
    components::{chart::TableChart, context::use_lang},
    domain::{dashboard::STANDARD_CSV, table::Table},
    i18n::{dashboard::dashboard_text, figures::value_text},
};

/// One table with its chart; `query` is the page's filters, carried into the download links.
/// Its heading is an `h2`, or an `h3` when `nested` under a goal's heading (the report).
#[component]
pub fn Figure(table: Table, query: String, #[prop(optional)] nested: bool) -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let link = |variant: &str, format: &str| {
        let q = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!("/ledelse/eksport/{}{variant}.{format}{q}", table.id)
    };
    let (csv, standard_csv, xlsx) = (link("", "csv"), link(STANDARD_CSV, "csv"), link("", "xlsx"));
    let columns = table.columns.clone();
    let row_head = table.row_head.clone();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .values
                .iter()
                .zip(&columns)
                .map(|(v, c)| view! { <td data-label=c.clone()>{value_text(lang, v)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{row.label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section class="figure" id=table.id.clone() aria-labelledby=format!("{}-title", table.id)>
            {if nested {
                view! { <h3 id=format!("{}-title", table.id)>{table.title.clone()}</h3> }.into_any()
            } else {
                view! { <h2 id=format!("{}-title", table.id)>{table.title.clone()}</h2> }.into_any()
            }}
            <TableChart table=table.clone()/>
            <table class="responsive-table data-table">
                <caption class="sr-only">{table.title.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{row_head}</th>
                        {columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="downloads">
                <a href=csv download="">{text.csv}</a>
                " · "
                <a href=standard_csv download="">{text.csv_standard}</a>
                " · "
                <a href=xlsx download="">{text.xlsx}</a>
            </p>
        </section>
    }
}
