//! Texts of anonymous sparring: the request form, the receipt, the asker's page, the inbox.

use super::{
    catalogue::{text, Value},
    choices::choice_name,
};
use crate::domain::{
    sparring::{
        AgeBand, Asker, AskerKind, AskerRole, Outcome, ParentsKnow, PreferredForm, SparringStatus,
        Theme,
    },
    Lang,
};

crate::texts! {
    /// Texts of the sparring pages.
    pub struct Sparring {
        /// Request form: title.
        pub title: &'static str,
        /// Request form: what sparring is.
        pub intro: &'static str,
        /// Request form: the warning above the fields.
        pub warning: &'static str,
        pub role: &'static str,
        pub institution: &'static str,
        /// The "other" choice of institution.
        pub institution_other_choice: &'static str,
        /// Field: the other institution's name.
        pub institution_other: &'static str,
        /// Hint under it.
        pub institution_other_hint: &'static str,
        pub age_band: &'static str,
        pub themes: &'static str,
        /// Hint under themes.
        pub themes_hint: &'static str,
        pub concern: &'static str,
        /// Hint under it.
        pub concern_hint: &'static str,
        /// Field: do the parents know.
        pub parents_know: &'static str,
        pub preferred_form: &'static str,
        /// Heading of the optional contact fields.
        pub contact_heading: &'static str,
        /// Text under it.
        pub contact_intro: &'static str,
        /// Field: work name.
        pub contact_name: &'static str,
        /// Field: work phone.
        pub contact_phone: &'static str,
        /// Field: work e-mail.
        pub contact_email: &'static str,
        pub send: &'static str,
    }
    /// The sparring texts in `lang`.
    pub fn sparring => "sparring";
}

crate::texts! {
    /// Texts of an asker's journey after the form: the receipt, the page opened with it, the
    /// reply. Professionals read them from `sparring.ftl`, citizens from `advice.ftl`.
    pub struct AskerPage {
        /// The confirmation box after the warning about contact details in the text.
        pub confirm: &'static str,
        /// After sending: title.
        pub sent_title: &'static str,
        /// After sending: text above the receipt.
        pub sent_body: &'static str,
        /// After sending: advice.
        pub sent_advice: &'static str,
        /// Receipt page: title.
        pub receipt_title: &'static str,
        /// Receipt page: text.
        pub receipt_intro: &'static str,
        pub receipt: &'static str,
        pub receipt_hint: &'static str,
        pub open: &'static str,
        /// Asker page: title.
        pub request_title: &'static str,
        /// Asker page: status label.
        pub status: &'static str,
        /// Asker page: meeting heading.
        pub meeting: &'static str,
        /// Asker page: your concern heading.
        pub your_concern: &'static str,
        /// Asker page: conversation heading.
        pub conversation: &'static str,
        /// Author label: the asker.
        pub you: &'static str,
        /// Author label: the team.
        pub team: &'static str,
        pub reply: &'static str,
        /// Reply button.
        pub reply_send: &'static str,
        /// Shown after a reply.
        pub reply_sent: &'static str,
        /// Under the messages while the team has not written yet (`{days}`: working days).
        pub awaiting_answer: crate::i18n::catalogue::Template,
        /// On the page after sending, once the receipt may no longer be shown.
        pub sent_gone: &'static str,
        /// On the receipt page, once an opened request may no longer be shown without the receipt.
        pub opened_gone: &'static str,
        /// Deletion notice while open.
        pub deletion_open: &'static str,
        /// Deletion notice once closed; `{date}` is replaced.
        pub deletion_closed: crate::i18n::catalogue::Template,
        /// Closed requests take no replies.
        pub closed_no_reply: &'static str,
    }
    /// The texts of the professionals' pages in `lang`.
    pub fn sparring_asker => "sparring";
    /// The texts of the citizens' pages in `lang`.
    pub fn advice_asker => "advice";
}

impl AskerPage {
    /// The texts of the pages of `kind` of asker.
    pub fn of(lang: Lang, kind: AskerKind) -> &'static AskerPage {
        match kind {
            AskerKind::Professional => sparring_asker(lang),
            AskerKind::Citizen => advice_asker(lang),
        }
    }
}

/// The name of a choice of `list` as `kind` of asker reads it: professionals from
/// `choices.ftl`, citizens from `advice.ftl` (`advice_<list>-<value>`), which the parents'
/// languages ship.
pub fn asker_choice(lang: Lang, kind: AskerKind, list: &str, value: &str) -> &'static str {
    match kind {
        AskerKind::Professional => choice_name(lang, list, value),
        AskerKind::Citizen => choice_name(lang, &format!("advice_{list}"), value),
    }
}

/// Who asked, in words.
pub fn asker_name(lang: Lang, asker: Asker) -> &'static str {
    match asker {
        Asker::Professional(role) => role_name(lang, role),
        Asker::Citizen(role) => choice_name(lang, "advice_role", role.as_str()),
    }
}

/// The name of an asker's role.
pub fn role_name(lang: Lang, role: AskerRole) -> &'static str {
    choice_name(lang, "asker_role", role.as_str())
}

/// The name of an age band.
pub fn age_name(lang: Lang, band: AgeBand) -> &'static str {
    choice_name(lang, "age_band", band.as_str())
}

/// The name of a theme.
pub fn theme_name(lang: Lang, theme: Theme) -> &'static str {
    choice_name(lang, "theme", theme.as_str())
}

/// Whether the parents know, in words.
pub fn parents_know_name(lang: Lang, value: ParentsKnow) -> &'static str {
    choice_name(lang, "parents_know", value.as_str())
}

/// A way of talking, in words.
pub fn form_name(lang: Lang, value: PreferredForm) -> &'static str {
    choice_name(lang, "preferred_form", value.as_str())
}

pub fn status_name(lang: Lang, status: SparringStatus) -> &'static str {
    choice_name(lang, "sparring_status", status.as_str())
}

pub fn outcome_name(lang: Lang, outcome: Outcome) -> &'static str {
    choice_name(lang, "sparring_outcome", outcome.as_str())
}

crate::texts! {
    /// Texts of the team's inbox.
    pub struct Inbox {
        pub title: &'static str,
        /// Filter: any value.
        pub any: &'static str,
        /// Filter: professionals or citizens.
        pub kind: &'static str,
        pub filter: &'static str,
        pub reference: &'static str,
        pub received: &'static str,
        pub status: &'static str,
        pub asker: &'static str,
        pub institution: &'static str,
        pub age: &'static str,
        pub themes: &'static str,
        /// Column: assigned to.
        pub assigned: &'static str,
        /// Nothing matches.
        pub empty: &'static str,
        /// Beside a request whose last message is the asker's.
        pub message_waiting: &'static str,
        /// Detail: the concern.
        pub concern: &'static str,
        /// Detail: contact.
        pub contact: &'static str,
        /// Detail: no contact given.
        pub no_contact: &'static str,
        /// Detail: parents know.
        pub parents_know: &'static str,
        /// Detail: preferred form.
        pub preferred_form: &'static str,
        /// Action: assign heading.
        pub assign: &'static str,
        /// Assign field.
        pub assign_to: &'static str,
        pub assign_button: &'static str,
        /// Action: propose meeting heading.
        pub propose: &'static str,
        pub meeting_day: &'static str,
        pub meeting_time: &'static str,
        pub meeting_place: &'static str,
        pub meeting_place_hint: &'static str,
        pub propose_button: &'static str,
        /// The meeting proposed, in the request's facts.
        pub proposed_meeting: &'static str,
        /// The "nobody yet" choice of the assign list.
        pub nobody: &'static str,
        /// Action: message heading.
        pub message: &'static str,
        pub message_button: &'static str,
        /// The offers of the catalogue a reply may point to.
        pub point_offers: &'static str,
        pub point_offers_hint: &'static str,
        /// Action: close heading.
        pub close: &'static str,
        pub outcome: &'static str,
        pub close_button: &'static str,
        /// Back to the inbox.
        pub back: &'static str,
    }
    /// The inbox texts in `lang`.
    pub fn inbox => "inbox";
}

/// The mail to the team about a new request, in Danish and then English (the team may
/// read either; the mail names nothing from the request): subject and body.
pub fn new_request_mail(inbox_link: &str) -> (String, String) {
    let [da, en] = Lang::DANISH_AND_ENGLISH.map(|lang| {
        let link = [("link", Value::from(inbox_link))];
        (
            text(lang, "new_request_mail-subject", &[]),
            text(lang, "new_request_mail-body", &link),
        )
    });
    (
        format!("{} / {}", da.0, en.0),
        format!("{}\n\n{}\n", da.1, en.1),
    )
}
