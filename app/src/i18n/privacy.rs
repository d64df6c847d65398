//! The privacy notices (GDPR article 13): the parents' in every language (`privacy.ftl`), the
//! professionals' and the staff's in Danish and English (`privacy_staff.ftl`).

use crate::i18n::catalogue::Template;

crate::texts! {
    /// The parents' notice.
    pub struct ParentsNotice {
        pub title: &'static str,
        pub intro: &'static str,
        pub controller_heading: &'static str,
        /// `{controller}`.
        pub controller: Template,
        /// `{contact}`, shown when the municipality gave one.
        pub contact: Template,
        /// `{dpo}`, shown when the municipality gave one.
        pub dpo: Template,
        pub stored_heading: &'static str,
        pub stored: &'static str,
        pub anonymous_heading: &'static str,
        /// `{threshold}`.
        pub anonymous: Template,
        pub kept_heading: &'static str,
        /// `{code_days}`, `{comment_months}`.
        pub kept: Template,
        pub language: &'static str,
        /// The citizens' anonymous advice.
        pub advice_heading: &'static str,
        /// What it keeps and for how long (`{after_closing}`, `{without_activity}`: days).
        pub advice: Template,
        pub rights_heading: &'static str,
        pub rights: &'static str,
        /// Before the links to the other audiences' notices.
        pub others: &'static str,
        pub askers_link: &'static str,
        pub staff_link: &'static str,
    }
    /// The parents' notice in `lang`.
    pub fn parents_notice => "privacy";
}

crate::texts! {
    /// The professionals' notice: sparring and their evaluation.
    pub struct AskersNotice {
        pub title: &'static str,
        pub stored_heading: &'static str,
        pub stored: &'static str,
        pub kept_heading: &'static str,
        /// `{after_closing}`, `{without_activity}`.
        pub kept: Template,
        /// `{threshold}`.
        pub evaluation: Template,
        pub rights_heading: &'static str,
        pub rights: &'static str,
    }
    /// The professionals' notice in `lang`.
    pub fn askers_notice => "privacy_askers";
}

crate::texts! {
    /// The staff's notice.
    pub struct StaffNotice {
        pub title: &'static str,
        pub stored_heading: &'static str,
        /// `{idle_minutes}`.
        pub stored: Template,
        pub purpose_heading: &'static str,
        pub purpose: &'static str,
        pub rights_heading: &'static str,
        pub rights: &'static str,
    }
    /// The staff's notice in `lang`.
    pub fn staff_notice => "privacy_staff";
}
