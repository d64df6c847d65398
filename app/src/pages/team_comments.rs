//! `/team/kommentarer`: the parents' comments, sealed, by area and month, in random order.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{context::use_lang, staff_layout::StaffLayout},
    domain::{parent_comments::CommentGroup, Lang},
    i18n::{admin::admin, comments::comments, common::common, dates::month_text},
    web::comments::read::parent_comments,
};

/// The months a group covers: "november 2026", or "september 2026 – november 2026".
fn months_text(lang: Lang, group: &CommentGroup) -> String {
    if group.from == group.to {
        month_text(lang, &group.to)
    } else {
        format!(
            "{} – {}",
            month_text(lang, &group.from),
            month_text(lang, &group.to)
        )
    }
}

#[component]
pub fn CommentsPage() -> impl IntoView {
    let lang = use_lang();
    let text = comments(lang);
    let read = Resource::new_blocking(|| (), |()| parent_comments());
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <Suspense>
                {move || read.get().map(|result| match result {
                    Ok(([groups, professionals], kept, threshold)) => {
                        let intro = text.intro.fill(&[("t", threshold.into())]);
                        let group_view = |group: &CommentGroup| {
                            let heading = format!("{} · {}", admin(lang).area(group.area), months_text(lang, group));
                            let items = group.comments.iter().map(|c| view! { <li><blockquote class="message-body">{c.clone()}</blockquote></li> }).collect_view();
                            view! {
                                <section class="comment-group">
                                    <h2>{heading.clone()}</h2>
                                    <p class="hint">{text.answers.fill(&[("n", group.answers.into())])}</p>
                                    <ul class="comment-list" aria-label=format!("{}: {heading}", text.list)>{items}</ul>
                                </section>
                            }
                        };
                        let shown = (!groups.is_empty()).then(|| groups.iter().map(group_view).collect_view());
                        let from_professionals = professionals.iter().map(group_view).collect_view();
                        view! {
                            <p>{intro}</p>
                            <p class="hint">{text.kept.fill(&[("months", kept.into())])}</p>
                            {match shown {
                                Some(shown) => shown.into_any(),
                                None => view! { <p class="notice" role="status">{text.empty}</p> }.into_any(),
                            }}
                            <h2 id="professionals">{text.professionals_title}</h2>
                            {if professionals.is_empty() {
                                view! { <p class="notice" role="status">{text.empty}</p> }.into_any()
                            } else {
                                from_professionals.into_any()
                            }}
                        }.into_any()
                    }
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}
