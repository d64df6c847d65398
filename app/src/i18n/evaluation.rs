//! The parents' evaluation: entering the code from the card.

use crate::domain::Lang;

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

const DA: CodeEntry = CodeEntry {
    label: "Koden fra dit kort",
    hint: "10 tegn, fx K7QM-4XPR-TW. Store og små bogstaver er lige gode.",
    submit: "Start evalueringen",
    page_title: "Evaluér et forløb",
    page_intro: "Skriv koden fra det kort, du fik, da forløbet sluttede. Koden kan bruges én gang, og dine svar kan ikke spores tilbage til dig.",
};

const EN: CodeEntry = CodeEntry {
    label: "The code from your card",
    hint: "10 characters, e.g. K7QM-4XPR-TW. Upper or lower case does not matter.",
    submit: "Start the evaluation",
    page_title: "Evaluate a course",
    page_intro: "Enter the code from the card you got when the course ended. The code can be used once, and your answers cannot be traced back to you.",
};

/// The code entry's texts in `lang`.
pub fn code_entry(lang: Lang) -> &'static CodeEntry {
    lang.pick(&DA, &EN)
}

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

pub(crate) const Q_DA: Questionnaire = Questionnaire {
    title: "Evaluering af forløbet",
    intro: "Fire korte spørgsmål og et felt til en kommentar, hvis du vil. Dine svar gemmes uden navn, kode og tidspunkt – kun måneden og om forløbet var i dagtilbud, dagpleje eller skole.",
    overall: "Hvor tilfreds er du alt i alt med forløbet?",
    collaboration: "Hvor tilfreds er du med samarbejdet og dialogen undervejs i forløbet?",
    difference: "Forløbet har gjort en positiv forskel for mit barn.",
    involved: "Jeg følte mig lyttet til og inddraget.",
    comment: "Har du en kommentar? (frivilligt)",
    comment_hint: "Skriv ikke navne eller CPR-numre. Højst 2.000 tegn.",
    short: ["Tilfredshed med forløbet", "Samarbejde og dialog", "Positiv forskel for barnet", "Lyttet til og inddraget", "Kommentar"],
    satisfaction: ["Meget tilfreds", "Tilfreds", "Middel tilfreds", "Utilfreds", "Meget utilfreds"],
    agreement: ["Helt enig", "Enig", "Hverken enig eller uenig", "Uenig", "Helt uenig", "Ved ikke"],
    submit: "Send svar",
    receipt_title: "Tak for dine svar",
    receipt_body: "Dine svar er gemt. Koden kan ikke bruges igen.",
    receipt_after: "Svarene indgår i kommunens opgørelse af Fælles Indsats, sammen med andre forældres. Ingen kan se, hvem der har svaret. Du kan lukke siden nu.",
    receipt_unknown: "Denne side viser kun en kvittering lige efter, at du har sendt dine svar. Har du et kort med en kode, så skriv koden her.",
};

pub(crate) const Q_EN: Questionnaire = Questionnaire {
    title: "Evaluation of the course",
    intro: "Four short questions and a box for a comment, if you like. Your answers are kept without name, code or time – only the month and whether the course was in daycare, childminding or school.",
    overall: "Overall, how satisfied are you with the course?",
    collaboration: "How satisfied are you with the collaboration and the dialogue during the course?",
    difference: "The course has made a positive difference for my child.",
    involved: "I felt listened to and involved.",
    comment: "Any comment? (optional)",
    comment_hint: "Do not write names or CPR numbers. At most 2,000 characters.",
    short: ["Satisfaction with the course", "Collaboration and dialogue", "Positive difference for the child", "Listened to and involved", "Comment"],
    satisfaction: ["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied", "Very dissatisfied"],
    agreement: ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Don't know"],
    submit: "Send answers",
    receipt_title: "Thank you for your answers",
    receipt_body: "Your answers have been saved. The code cannot be used again.",
    receipt_after: "The answers are counted in the municipality's report on Joint Effort, together with other parents' answers. No one can see who answered. You can close the page now.",
    receipt_unknown: "This page shows a receipt only right after you have sent your answers. If you have a card with a code, enter the code here.",
};

/// The questionnaire's texts in `lang`.
pub fn questionnaire(lang: Lang) -> &'static Questionnaire {
    lang.pick(&Q_DA, &Q_EN)
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
}

const CARDS_DA: Cards = Cards {
    issue_title: "Udsted evalueringskoder",
    issue_intro: "Når et forløb med forældrene er afsluttet, får forældrene et kort med en kode. Koden er kun knyttet til området og måneden – aldrig til forløbet eller familien. Koderne vises kun i et kvarter: udskriv kortene med det samme.",
    area: "Område",
    count: "Antal koder",
    count_hint: "1–80. Der er 8 kort på en A4-side.",
    issue: "Udsted og vis kort",
    sheet_title: "Evalueringskort",
    sheet_intro: "Udskriv siden nu: koderne vises kun i et kvarter og kan ikke findes igen. Hvert kort har koden, en QR-kode og adressen.",
    sheet_gone: "Kortene kan ikke vises længere: koderne vises kun i et kvarter efter udstedelsen. Er de ikke udskrevet, så udsted nye.",
    back: "Tilbage",
};

const CARDS_EN: Cards = Cards {
    issue_title: "Issue evaluation codes",
    issue_intro: "When a course with the parents has ended, the parents get a card with a code. The code is linked only to the area and the month – never to the course or the family. The codes are shown for a quarter of an hour only: print the cards right away.",
    area: "Area",
    count: "Number of codes",
    count_hint: "1–80. There are 8 cards on an A4 page.",
    issue: "Issue and show cards",
    sheet_title: "Evaluation cards",
    sheet_intro: "Print this page now: the codes are shown for a quarter of an hour only and cannot be found again. Each card has the code, a QR code and the address.",
    sheet_gone: "The cards can no longer be shown: codes are shown for a quarter of an hour after issuing only. If they were not printed, issue new ones.",
    back: "Back",
};

/// The card texts in `lang`.
pub fn cards(lang: Lang) -> &'static Cards {
    lang.pick(&CARDS_DA, &CARDS_EN)
}

/// The words printed on every card, in both languages at once (a family may read either).
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

/// The Danish and English faces of a card.
pub const CARD_FACES: [CardFace; 2] = [
    CardFace {
        heading: "Hvordan gik jeres forløb?",
        how: "Scan QR-koden, eller gå til adressen og skriv koden:",
        anonymity: "Koden er ikke knyttet til jeres navn – ingen kan se, hvem der har svaret.",
        valid_until: "Gyldig til",
        qr_label: "QR-kode med link til evalueringen",
    },
    CardFace {
        heading: "How did your course go?",
        how: "Scan the QR code, or go to the address and type the code:",
        anonymity: "The code is not linked to your name – no one can see who answered.",
        valid_until: "Valid until",
        qr_label: "QR code linking to the evaluation",
    },
];
