//! Danish first, English too, and the parents' journey in eight languages.
//!
//! Every text is a Fluent message in `app/locales/` (see [`catalogue`]). A page reads them
//! through plain structs, one per page or feature, declared with [`texts!`](crate::texts):
//! each field is the message `<prefix>-<field>`, read once per language. Islands in the browser
//! carry no catalogue: the server renders the few texts they show into the page. The language
//! itself is a domain type, [`crate::domain::Lang`].

/// Declares a struct of texts whose fields are read from the catalogue, and the functions that
/// give it in a language: `pub fn landing => "landing";` reads field `title` from the message
/// `landing-title`. One struct may serve several prefixes (the parents' and the professionals'
/// code entry share one).
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident: $ty:ty, )*
        }
        $( $(#[$gmeta:meta])* pub fn $getter:ident => $prefix:literal; )+
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl $name {
            /// The message ids of the fields, under `prefix`.
            #[allow(dead_code)]
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn read(lang: $crate::domain::Lang, prefix: &str) -> Self {
                $name {
                    $( $field: <$ty as $crate::i18n::catalogue::FromCatalogue>::read(
                        lang,
                        Box::leak(format!("{prefix}-{}", stringify!($field)).into_boxed_str()),
                    ), )*
                }
            }
        }

        $(
            $(#[$gmeta])*
            pub fn $getter(lang: $crate::domain::Lang) -> &'static $name {
                static CACHE: [std::sync::OnceLock<$name>; $crate::domain::Lang::ALL.len()] =
                    [const { std::sync::OnceLock::new() }; $crate::domain::Lang::ALL.len()];
                CACHE[lang as usize].get_or_init(|| $name::read(lang, $prefix))
            }
        )+
    };
}

/// `text` with its first letter a capital: a name written for the middle of a sentence, used
/// as a heading.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub mod accessibility;
pub mod admin;
pub mod advice;
pub mod audit;
pub mod catalogue;
pub mod choices;
pub mod comments;
pub mod common;
pub mod comparison;
pub mod courses;
pub mod dashboard;
pub mod dates;
pub mod duty_to_notify;
pub mod evaluation;
pub mod figures;
pub mod goals;
pub mod imports;
pub mod landing;
pub mod languages;
pub mod notices;
pub mod offers;
pub mod population;
pub mod privacy;
pub mod problems;
pub mod professionals;
pub mod publishing;
pub mod refusals;
pub mod registry;
pub mod sparring;
pub mod staff;
pub mod targets;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn every_text_struct_finds_its_messages_in_danish() {
        let catalogue = catalogue::Catalogue::shipped();
        let structs: [(&str, &[&str]); 36] = [
            ("languages", languages::Languages::FIELDS),
            ("accessibility", accessibility::Accessibility::FIELDS),
            ("duty_to_notify", duty_to_notify::DutyToNotify::FIELDS),
            ("privacy", privacy::ParentsNotice::FIELDS),
            ("privacy_askers", privacy::AskersNotice::FIELDS),
            ("privacy_staff", privacy::StaffNotice::FIELDS),
            ("publishing", publishing::PublishingForm::FIELDS),
            ("common", common::Common::FIELDS),
            ("landing", landing::Landing::FIELDS),
            ("code_entry", evaluation::CodeEntry::FIELDS),
            ("professional_code_entry", evaluation::CodeEntry::FIELDS),
            ("questionnaire", evaluation::Questionnaire::FIELDS),
            ("cards", evaluation::Cards::FIELDS),
            ("card", evaluation::CardFace::FIELDS),
            ("professional_card", evaluation::CardFace::FIELDS),
            ("login", staff::Login::FIELDS),
            ("staff", staff::Staff::FIELDS),
            ("admin", admin::Admin::FIELDS),
            ("comments", comments::Comments::FIELDS),
            ("imports", imports::Imports::FIELDS),
            ("courses", courses::Courses::FIELDS),
            ("sparring", sparring::Sparring::FIELDS),
            ("inbox", sparring::Inbox::FIELDS),
            (
                "professional_questionnaire",
                professionals::Questionnaire::FIELDS,
            ),
            ("professional_codes", professionals::Issuing::FIELDS),
            ("rating", professionals::Rating::FIELDS),
            ("dashboard", dashboard::DashboardText::FIELDS),
            ("dates", dates::DateWords::FIELDS),
            ("figures", figures::NumberWords::FIELDS),
            ("summary", goals::SummaryText::FIELDS),
            ("comparison", comparison::ComparisonText::FIELDS),
            ("targets", targets::TargetText::FIELDS),
            ("population", population::PopulationText::FIELDS),
            ("registry", registry::RegistryText::FIELDS),
            ("offers", offers::OffersText::FIELDS),
            ("team_offers", offers::TeamOffersText::FIELDS),
        ];
        for (prefix, fields) in structs {
            for field in fields {
                let id = format!("{prefix}-{field}");
                assert!(
                    catalogue.has(Lang::Da, &id) || catalogue.has(Lang::Da, &format!("{id}-1")),
                    "no Danish message {id}"
                );
            }
        }
    }
}
