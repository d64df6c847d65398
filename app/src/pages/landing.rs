//! The front page: routes parents, citizens, professionals and staff.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{code_entry::CodeEntry, context::use_lang, layout::Layout},
    i18n::landing::landing,
};

/// The doors into the portal: parents' evaluation, citizens' advice, professionals' sparring
/// and staff.
#[component]
pub fn Landing() -> impl IntoView {
    let lang = use_lang();
    let text = landing(lang);
    view! {
        <Title text=text.title/>
        <Layout>
            <h1>{text.heading}</h1>
            <p class="lead">{text.intro}</p>
            <div class="doors">
                <section class="door" aria-labelledby="door-parents">
                    <h2 id="door-parents">{text.parents_heading}</h2>
                    <p>{text.parents_body}</p>
                    <CodeEntry/>
                </section>
                <section class="door" aria-labelledby="door-advice">
                    <h2 id="door-advice">{text.advice_heading}</h2>
                    <p>{text.advice_body}</p>
                    <p><a class="button" href="/raad">{text.advice_link}</a></p>
                    <p><a href="/raad/kvittering">{text.advice_receipt_link}</a></p>
                </section>
                <section class="door" aria-labelledby="door-sparring">
                    <h2 id="door-sparring">{text.sparring_heading}</h2>
                    <p>{text.sparring_body}</p>
                    <p><a class="button" href="/sparring">{text.sparring_link}</a></p>
                    <p><a href="/sparring/kvittering">{text.sparring_receipt_link}</a></p>
                </section>
                <section class="door" aria-labelledby="door-staff">
                    <h2 id="door-staff">{text.staff_heading}</h2>
                    <p>{text.staff_body}</p>
                    <p><a class="button button-secondary" href="/login">{text.staff_link}</a></p>
                </section>
            </div>
            <p class="offers-link"><a href="/tilbud">{text.offers_link}</a></p>
        </Layout>
    }
}
