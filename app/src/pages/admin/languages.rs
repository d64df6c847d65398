//! `/admin/sprog`: the shipped languages, whether a native speaker reviewed them and whether
//! parents are offered them; `/admin/sprog/{code}`: a language's files beside the Danish, each
//! to download for a translator.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    components::{context::use_lang, staff_layout::StaffLayout},
    domain::Lang,
    i18n::{common::common, languages::languages},
    web::languages::{read_catalogue, read_languages},
};

/// The list of languages.
#[component]
pub fn LanguagesPage() -> impl IntoView {
    let lang = use_lang();
    let text = languages(lang);
    let rows = Resource::new_blocking(|| (), |()| read_languages());
    let yes_no = move |flag: bool| if flag { text.yes } else { text.no };
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <p><a href="/admin/indstillinger#publishing">{text.offered_where}</a></p>
            <Suspense>
                {move || rows.get().map(|rows| match rows {
                    Ok(rows) => view! {
                        <table class="data-table responsive-table">
                            <thead><tr>
                                <th scope="col">{text.language}</th>
                                <th scope="col">{text.files}</th>
                                <th scope="col">{text.reviewed}</th>
                                <th scope="col">{text.offered}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>
                                        <th scope="row">
                                            <a href=format!("/admin/sprog/{}", row.lang.code())>
                                                <span lang=row.lang.code() dir=row.lang.direction().as_str()>{row.lang.name()}</span>
                                                " (" {row.lang.code()} ")"
                                            </a>
                                        </th>
                                        <td data-label=text.files>{row.files}</td>
                                        <td data-label=text.reviewed>{yes_no(row.reviewed)}</td>
                                        <td data-label=text.offered>{yes_no(row.offered)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}

/// One language's files beside the Danish.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let lang = use_lang();
    let text = languages(lang);
    let code = use_params_map().with_untracked(|p| p.get("code").unwrap_or_default());
    let reviewed = Lang::parse(&code);
    let files = Resource::new_blocking(move || code.clone(), read_catalogue);
    let (name, code, dir) = reviewed.map_or(("", "", "ltr"), |l| {
        (l.name(), l.code(), l.direction().as_str())
    });
    view! {
        <Title text=format!("{} – {name}", text.title)/>
        <StaffLayout>
            <p><a href="/admin/sprog">{text.back}</a></p>
            <h1>{text.title} " – " <span lang=code dir=dir>{name}</span></h1>
            <Suspense>
                {move || files.get().map(|files| match files {
                    Ok(files) => files.into_iter().map(|file| {
                        let download = format!("/admin/sprog/{code}/{}.ftl", file.feature);
                        view! {
                            <h2>{format!("{}.ftl", file.feature)}</h2>
                            <p><a href=download download="">{text.download}</a></p>
                            <table class="data-table responsive-table translation-table">
                                <thead><tr>
                                    <th scope="col">{text.message}</th>
                                    <th scope="col">{text.danish}</th>
                                    <th scope="col" lang=code>{name}</th>
                                </tr></thead>
                                <tbody>
                                    {file.messages.into_iter().map(|(id, danish, translated)| view! {
                                        <tr>
                                            <th scope="row"><code>{id}</code></th>
                                            <td data-label=text.danish lang="da">{danish}</td>
                                            <td data-label=name lang=code dir=dir>{translated}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }
                    }).collect_view().into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}
