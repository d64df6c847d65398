//! Header, main landmark and footer around every page.

use leptos::prelude::*;

use crate::{
    components::context::{use_lang, use_site},
    i18n::common::common,
};

/// Provided by a page whose form must survive a change of language: the header's language
/// switch becomes a submit button of that form (by its id), so what was typed is posted and
/// the page comes back in the other language with it.
#[derive(Debug, Clone, Copy)]
pub struct SwitchWithForm(pub &'static str);

/// Wraps a page's content in the portal's header and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let text = common(lang);
    let site = use_site();
    let other = lang.other();
    view! {
        <a class="skip-link" href="#indhold">{text.skip_to_content}</a>
        <header class="site-header">
            <div class="container header-row">
                <a class="brand" href="/">
                    <span class="brand-name">"Tidlig"</span>
                    <span class="brand-sub">{text.programme} " · " {site.municipality}</span>
                </a>
                <nav class="language" aria-label=text.language_nav>
                    {match use_context::<SwitchWithForm>() {
                        Some(SwitchWithForm(form)) => view! {
                            <button type="submit" form=form name="switch_lang" value=other.code() formnovalidate lang=other.code()>
                                {other.name()}
                            </button>
                        }.into_any(),
                        None => view! {
                            <a href=format!("?lang={}", other.code()) hreflang=other.code() lang=other.code()>
                                {other.name()}
                            </a>
                        }.into_any(),
                    }}
                </nav>
            </div>
        </header>
        <main id="indhold" class="container" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{text.footer_anonymity}</p>
            </div>
        </footer>
    }
}
