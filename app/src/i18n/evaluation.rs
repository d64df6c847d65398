//! The parents' evaluation: entering the code from the card, the questionnaire, the receipt
//! and the printed card (`evaluation.ftl`); issuing the codes (`codes.ftl`).

crate::texts! {
    /// Texts of the code entry.
    pub struct CodeEntry {
        /// Label of the code field.
        pub label: &'static str,
        /// Hint under the label.
        pub hint: &'static str,
        /// The button that opens the evaluation.
        pub submit: &'static str,
        /// Browser tab title and heading of the code page.
        pub page_title: &'static str,
        /// Text above the code field on the code page.
        pub page_intro: &'static str,
    }
    /// The parents' code entry in `lang`.
    pub fn code_entry => "code_entry";
    /// The professionals' code entry in `lang`.
    pub fn professional_code_entry => "professional_code_entry";
}

crate::texts! {
    /// Texts of the questionnaire and the receipt.
    pub struct Questionnaire {
        /// Title and heading of the form.
        pub title: &'static str,
        /// Text above the questions.
        pub intro: &'static str,
        /// Q1.
        pub overall: &'static str,
        /// Q2.
        pub collaboration: &'static str,
        /// Q3.
        pub difference: &'static str,
        /// Q4.
        pub involved: &'static str,
        /// Q5 label.
        pub comment: &'static str,
        /// Q5 hint.
        pub comment_hint: &'static str,
        /// Short names of the five fields, for the error summary.
        pub short: [&'static str; 5],
        /// Satisfaction scale, most satisfied first.
        pub satisfaction: [&'static str; 5],
        /// Agreement scale, "don't know" last.
        pub agreement: [&'static str; 6],
        pub submit: &'static str,
        pub receipt_title: &'static str,
        /// Receipt text.
        pub receipt_body: &'static str,
        /// Receipt: what happens to the answers.
        pub receipt_after: &'static str,
        /// On the receipt page when no answers were just sent.
        pub receipt_unknown: &'static str,
    }
    /// The questionnaire's texts in `lang`.
    pub fn questionnaire => "questionnaire";
}

impl Questionnaire {
    /// `(field, short name)` of the questionnaire's fields, for the error summary.
    pub fn names(&self) -> Vec<(&'static str, &'static str)> {
        crate::domain::evaluation::QUESTIONS
            .iter()
            .copied()
            .chain(["comment"])
            .zip(self.short)
            .collect()
    }
}

crate::texts! {
    /// Texts of issuing codes and of the printed cards.
    pub struct Cards {
        /// Title of the issuing page.
        pub issue_title: &'static str,
        /// Text on the issuing page.
        pub issue_intro: &'static str,
        pub area: &'static str,
        pub count: &'static str,
        pub count_hint: &'static str,
        pub issue: &'static str,
        /// Title of the card sheet.
        pub sheet_title: &'static str,
        /// Text above the cards on screen.
        pub sheet_intro: &'static str,
        /// Once the cards may no longer be shown.
        pub sheet_gone: &'static str,
        /// The link from the sheet back to where it was asked for.
        pub back: &'static str,
        /// Label of the choice of the card's language.
        pub language: &'static str,
        pub language_hint: &'static str,
    }
    /// The card texts in `lang`.
    pub fn cards => "cards";
}

crate::texts! {
    /// The words printed on a card in one language.
    pub struct CardFace {
        pub heading: &'static str,
        /// How to start.
        pub how: &'static str,
        /// The one sentence on anonymity.
        pub anonymity: &'static str,
        pub valid_until: &'static str,
        /// Label of the QR code for screen readers.
        pub qr_label: &'static str,
    }
    /// The parents' card in `lang`.
    pub fn card_face => "card";
    /// The professionals' card in `lang`.
    pub fn professional_card_face => "professional_card";
}
