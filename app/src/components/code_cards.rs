//! The printable evaluation cards: an A4 page holds eight, each with the code, a QR code with
//! the link, the address to type and one sentence on anonymity, in the language the team chose
//! and in Danish (Danish and English when Danish was chosen). The professionals' sheet also
//! lists each code's link, to paste into an e-mail by hand.

use leptos::prelude::*;

use crate::{
    components::{context::use_lang, form::SelectField},
    domain::{evaluation_code::IssuedCodes, Lang, Respondent},
    i18n::{
        dates::digits_day_text,
        evaluation::{card_face, cards, professional_card_face},
        professionals,
    },
};

/// The sheet of cards.
#[component]
pub fn CodeCards(issued: IssuedCodes) -> impl IntoView {
    let lang = use_lang();
    let text = cards(lang);
    let path = issued.respondent.form_path();
    let langs = issued.faces();
    let faces = langs.map(|lang| match issued.respondent {
        Respondent::Parent => card_face(lang),
        Respondent::Professional => professional_card_face(lang),
    });
    let address = format!(
        "{}{path}",
        issued
            .base_url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
    );
    let link = |code: &str| issued.link(code);
    let links = (issued.respondent == Respondent::Professional).then(|| {
        let text = professionals::issuing(lang);
        let items = issued
            .codes
            .iter()
            .map(|code| view! { <li><code>{link(code)}</code></li> })
            .collect_view();
        view! {
            <div class="screen-only">
                <h2>{text.links_title}</h2>
                <p>{text.links_intro}</p>
                <ul class="code-links">{items}</ul>
            </div>
        }
    });
    let valid_until = digits_day_text(&issued.valid_until);
    let cards = issued
        .codes
        .iter()
        .map(|code| {
            let link = link(code);
            let qr = qr_svg(&link);
            view! {
                <article class="card">
                    <div class="card-faces">
                        {faces.iter().zip(langs).map(|(face, lang)| view! {
                            <div class="card-face" lang=lang.code() dir=lang.direction().as_str()>
                                <h2>{face.heading}</h2>
                                <p>{face.how}</p>
                            </div>
                        }).collect_view()}
                    </div>
                    <a class="card-qr" href=link aria-label=faces[0].qr_label inner_html=qr></a>
                    <p class="card-address" dir="ltr">{address.clone()}</p>
                    <p class="card-code" dir="ltr">{code.clone()}</p>
                    <p class="card-anonymity">
                        {faces.iter().zip(langs).map(|(face, lang)| view! {
                            <span lang=lang.code() dir=lang.direction().as_str()>{face.anonymity}</span> " "
                        }).collect_view()}
                    </p>
                    <p class="card-valid">
                        {faces.iter().zip(langs).map(|(face, lang)| view! {
                            <span lang=lang.code() dir=lang.direction().as_str()>{face.valid_until}</span> " / "
                        }).collect_view()}
                        <bdi>{valid_until.clone()}</bdi>
                    </p>
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="screen-only">
            <h1>{text.sheet_title}</h1>
            <p class="notice" role="status">{text.sheet_intro}</p>
        </div>
        {links}
        <div class="card-sheet">{cards}</div>
    }
}

/// The choice of the language a parents' card is printed in (field `language`), for the form
/// `form` that issues it.
#[component]
pub fn CardLanguageField(form: &'static str) -> impl IntoView {
    let text = cards(use_lang());
    let options = Lang::ALL
        .iter()
        .map(|lang| (lang.code().to_owned(), lang.name().to_owned()))
        .collect();
    view! {
        <SelectField form=form name="language" label=text.language hint=text.language_hint options=options selected="da"/>
    }
}

/// The QR code for `link` as inline SVG (the server draws it; nothing is fetched).
#[cfg(feature = "ssr")]
fn qr_svg(link: &str) -> String {
    use qrcode::{render::svg, EcLevel, QrCode};
    match QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M) {
        Ok(code) => {
            let svg = code
                .render::<svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build();
            // Drop the XML declaration: the SVG sits inside HTML.
            match svg.find("<svg") {
                Some(start) => svg[start..].to_owned(),
                None => svg,
            }
        }
        Err(_) => String::new(),
    }
}

#[cfg(not(feature = "ssr"))]
fn qr_svg(_link: &str) -> String {
    String::new()
}
