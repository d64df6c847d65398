//! `/admin/log`: the audit log, newest first, a hundred lines a page (`?side=2` …).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{context::use_lang, staff_layout::StaffLayout},
    domain::audit::AUDIT_PAGE,
    i18n::{admin::admin, common::common},
    web::admin::read::audit_log,
};

/// The audit log.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let text = admin(lang);
    let page = use_query_map()
        .with_untracked(|q| q.get("side"))
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .max(1);
    let entries = Resource::new_blocking(move || page, audit_log);
    view! {
        <Title text=text.log_title/>
        <StaffLayout>
            <h1>{text.log_title}</h1>
            <p>{text.log_intro}</p>
            <Suspense>
                {move || entries.get().map(|result| match result {
                    Ok(rows) if rows.is_empty() => view! { <p>{text.empty}</p> }.into_any(),
                    Ok(rows) => {
                        let more = rows.len() as i64 == AUDIT_PAGE;
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
                                    {rows.into_iter().map(|row| view! {
                                        <tr>
                                            <td data-label=text.when>{row.at}</td>
                                            <td data-label=text.who>{row.actor}</td>
                                            <td data-label=text.what>{row.action}</td>
                                            <td data-label=text.about>{row.subject}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <nav class="pager" aria-label=text.log_title>
                                {(page > 1).then(|| view! { <a href=format!("/admin/log?side={}", page - 1)>{text.newer}</a> })}
                                {more.then(|| view! { <a href=format!("/admin/log?side={}", page + 1)>{text.older}</a> })}
                            </nav>
                        }.into_any()
                    }
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}
