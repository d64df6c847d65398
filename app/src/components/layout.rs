//! Header, main landmark and footer around every page.

use leptos::prelude::*;

use crate::{
    components::{
        context::{use_lang, use_page_request, use_site},
        form::form_element_id,
    },
    domain::{
        publishing::{ACCESSIBILITY_PAGE, PRIVACY_PAGE},
        Submitted,
    },
    i18n::{accessibility::accessibility, common::common},
};

/// Provided by a page whose form must survive a change of language: the header's language
/// switch becomes a submit button of that form (by its id), so what was typed is posted and
/// the page comes back in the other language with it.
///
/// A browser sends a form on Enter (or a phone keyboard's "Go") with the form's first submit
/// button in the document, and the header comes first. So the page starts with an unseen
/// submit button of the same form that sends it as its own send button does; it takes no
/// focus and screen readers skip it, as they have the real one.
#[derive(Debug, Clone, Copy)]
pub struct SwitchWithForm(pub &'static str);

/// The form the header's language switch sends, if any: the one the page names, else the
/// form the server refused (a [`Submitted`] in the context), so that what was typed into it
/// survives the switch too.
fn switched_form() -> Option<String> {
    use_context::<SwitchWithForm>()
        .map(|SwitchWithForm(id)| id.to_owned())
        .or_else(|| use_context::<Submitted>().map(|refused| form_element_id(&refused.form)))
}

/// Wraps a page's content in the portal's header and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let text = common(lang);
    let site = use_site();
    let switch_form = switched_form();
    // The statement lives in the WAS tool once the administrator has given its address; the
    // portal's own page lists what the tests check.
    let statement = site
        .published
        .as_ref()
        .map(|p| p.accessibility_url.clone())
        .filter(|url| !url.is_empty());
    let statement_elsewhere = statement.is_some();
    let statement = statement.unwrap_or_else(|| ACCESSIBILITY_PAGE.to_owned());
    view! {
        {switch_form.clone().map(|form| view! {
            <button type="submit" form=form class="sr-only" tabindex="-1" aria-hidden="true">{text.send}</button>
        })}
        <a class="skip-link" href="#indhold">{text.skip_to_content}</a>
        <header class="site-header">
            <div class="container header-row">
                <a class="brand" href="/">
                    <span class="brand-name">"Tidlig"</span>
                    <span class="brand-sub">{text.programme} " · " {site.municipality}</span>
                </a>
                <LanguageSwitch form=switch_form.clone()/>
            </div>
        </header>
        <main id="indhold" class="container" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{text.footer_anonymity}</p>
                <ul class="footer-links">
                    <li><a href=PRIVACY_PAGE>{text.privacy_link}</a></li>
                    <li><a href=statement>{text.accessibility_link}</a></li>
                    {statement_elsewhere.then(|| view! {
                        <li><a href=ACCESSIBILITY_PAGE>{accessibility(lang).title}</a></li>
                    })}
                </ul>
            </div>
        </footer>
    }
}

/// The page's language and the others it is offered in: links, or submit buttons of the form
/// `form` so that what was typed comes along.
#[component]
fn LanguageSwitch(form: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let text = common(lang);
    let switches = use_page_request().switches;
    view! {
        <nav class="language" aria-label=text.language_nav>
            <ul class="language-list">
                <li>
                    <span class="language-current" aria-current="true">
                        <span class="sr-only">{text.current_language} ": "</span>
                        {lang.name()}
                    </span>
                </li>
                {switches.into_iter().map(|(other, href)| {
                    let (code, dir) = (other.code(), other.direction().as_str());
                    match form.clone() {
                        Some(form) => view! {
                            <li><button type="submit" form=form name="switch_lang" value=code formnovalidate lang=code dir=dir>
                                {other.name()}
                            </button></li>
                        }.into_any(),
                        None => view! {
                            <li><a href=href hreflang=code lang=code dir=dir>{other.name()}</a></li>
                        }.into_any(),
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
