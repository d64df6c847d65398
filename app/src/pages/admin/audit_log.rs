//! `/admin/log`: the audit log, newest first, a hundred lines a page (`?side=2` …), filtered by
//! action, person and days (`?handling=login&hvem=anna&fra=2026-12-01&til=2026-12-31`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

use crate::{
    components::{
        context::use_lang,
        form::{SelectField, TextField, TextKind},
        staff_layout::StaffLayout,
    },
    domain::audit::{Action, AuditFilter, AUDIT_PAGE},
    i18n::{admin::admin, audit::action_name, common::common, dates::moment_text},
    web::admin::read::audit_log,
};

/// The audit log.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let (page, filter) = use_query_map().with_untracked(|q| {
        let page = q
            .get("side")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
            .max(1);
        let filter = AuditFilter {
            action: q.get("handling").unwrap_or_default(),
            who: q.get("hvem").unwrap_or_default(),
            from: q.get("fra").unwrap_or_default(),
            to: q.get("til").unwrap_or_default(),
        };
        (page, filter)
    });
    let entries = Resource::new_blocking(
        {
            let filter = filter.clone();
            move || (page, filter.clone())
        },
        |(page, filter)| audit_log(page, filter),
    );
    let actions: Vec<(String, String)> =
        std::iter::once((String::new(), text.any_action.to_owned()))
            .chain(
                Action::ALL
                    .iter()
                    .map(|a| (a.as_str().to_owned(), action_name(lang, *a).to_owned())),
            )
            .collect();
    view! {
        <Title text=text.log_title/>
        <StaffLayout>
            <h1>{text.log_title}</h1>
            <p>{text.log_intro}</p>
            <form method="get" action="/admin/log" class="filters">
                <SelectField form="log" name="handling" label=text.what options=actions selected=filter.action.clone()/>
                <TextField form="log" name="hvem" label=text.person hint=text.person_hint value=filter.who.clone()/>
                <TextField form="log" name="fra" label=text.from_day kind=TextKind::Date value=filter.from.clone()/>
                <TextField form="log" name="til" label=text.to_day kind=TextKind::Date value=filter.to.clone()/>
                <button type="submit" class="button button-secondary">{text.filter}</button>
            </form>
            <Suspense>
                {move || entries.get().map(|result| match result {
                    Ok(rows) if rows.is_empty() => view! { <p>{text.empty}</p> }.into_any(),
                    Ok(rows) => {
                        let more = rows.len() as i64 == AUDIT_PAGE;
                        let pager = |side: i64| page_address(side, &filter);
                        view! {
                            <table class="responsive-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{text.when}</th>
                                        <th scope="col">{text.who}</th>
                                        <th scope="col">{text.what}</th>
                                        <th scope="col">{text.about}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows.into_iter().map(|row| {
                                        let what = Action::parse(&row.action)
                                            .map_or(row.action.clone(), |a| action_name(lang, a).to_owned());
                                        view! {
                                            <tr>
                                                <td data-label=text.when>{moment_text(lang, &row.at)}</td>
                                                <td data-label=text.who>{row.actor}</td>
                                                <td data-label=text.what>{what}</td>
                                                <td data-label=text.about>{row.subject}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <nav class="pager" aria-label=text.log_title>
                                {(page > 1).then(|| view! { <a href=pager(page - 1)>{text.newer}</a> })}
                                {more.then(|| view! { <a href=pager(page + 1)>{text.older}</a> })}
                            </nav>
                        }.into_any()
                    }
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}

/// The address of page `side` of the log under `filter` (empty filters left out).
fn page_address(side: i64, filter: &AuditFilter) -> String {
    let query: ParamsMap = [
        ("side", side.to_string()),
        ("handling", filter.action.clone()),
        ("hvem", filter.who.clone()),
        ("fra", filter.from.clone()),
        ("til", filter.to.clone()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect();
    format!("/admin/log{}", query.to_query_string())
}
