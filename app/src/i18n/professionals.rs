//! The professionals' evaluation of a course, its cards, and the askers' rating of sparring.

use crate::domain::{
    professional_evaluation::{QUESTIONS, RATING_QUESTIONS},
    Lang,
};

/// Texts of the professionals' questionnaire and its receipt.
pub struct Questionnaire {
    pub title: &'static str,
    pub intro: &'static str,
    pub difference: &'static str,
    pub collaboration: &'static str,
    pub competence: &'static str,
    pub work_group: &'static str,
    /// The groups, in `WorkGroup::ALL`'s order.
    pub groups: [&'static str; 4],
    pub comment: &'static str,
    pub comment_hint: &'static str,
    pub submit: &'static str,
    pub receipt_title: &'static str,
    pub receipt_body: &'static str,
    pub receipt_after: &'static str,
}

pub(crate) const Q_DA: Questionnaire = Questionnaire {
    title: "Fagpersoners evaluering af forløbet",
    intro: "Tre korte spørgsmål, din faggruppe og et felt til en kommentar, hvis du vil. Svarene gemmes uden navn, kode og tidspunkt – kun måneden og om forløbet var i dagtilbud, dagpleje eller skole.",
    difference: "Forløbet har gjort en positiv forskel for barnet.",
    collaboration: "Hvor tilfreds er du med samarbejdet med FI-teamet?",
    competence: "Jeg er blevet bedre til at opdage en bekymring tidligt og handle på den.",
    work_group: "Din faggruppe",
    groups: ["Dagtilbud eller dagpleje", "Skole", "Sundhed", "Andet"],
    comment: "Har du en kommentar? (frivilligt)",
    comment_hint: "Skriv ikke navne eller CPR-numre. Højst 2.000 tegn.",
    submit: "Send svar",
    receipt_title: "Tak for dine svar",
    receipt_body: "Dine svar er gemt. Koden kan ikke bruges igen.",
    receipt_after: "Svarene indgår i kommunens opgørelse af Fælles Indsats sammen med andre fagpersoners. Ingen kan se, hvem der har svaret. Du kan lukke siden nu.",
};

pub(crate) const Q_EN: Questionnaire = Questionnaire {
    title: "Professionals' evaluation of the course",
    intro: "Three short questions, your professional group and a box for a comment, if you like. The answers are kept without name, code or time – only the month and whether the course was in daycare, childminding or school.",
    difference: "The course has made a positive difference for the child.",
    collaboration: "How satisfied are you with the collaboration with the FI team?",
    competence: "I have become better at spotting a concern early and acting on it.",
    work_group: "Your professional group",
    groups: ["Daycare or childminding", "School", "Health", "Other"],
    comment: "Any comment? (optional)",
    comment_hint: "Do not write names or CPR numbers. At most 2,000 characters.",
    submit: "Send answers",
    receipt_title: "Thank you for your answers",
    receipt_body: "Your answers have been saved. The code cannot be used again.",
    receipt_after: "The answers are counted in the municipality's report on Joint Effort together with other professionals' answers. No one can see who answered. You can close the page now.",
};

/// Short names of the five fields, Danish and English: apart from the rest of the texts, so
/// that the browser's check (which needs only these) carries no more of them.
const SHORT: [[&str; 5]; 2] = [
    [
        "Positiv forskel for barnet",
        "Samarbejdet med FI-teamet",
        "Opdage og handle tidligt",
        "Faggruppe",
        "Kommentar",
    ],
    [
        "Positive difference for the child",
        "Collaboration with the FI team",
        "Spotting and acting early",
        "Professional group",
        "Comment",
    ],
];

/// `(field, short name)` of the professionals' fields in `lang`, for the error summary.
pub fn field_names(lang: Lang) -> Vec<(&'static str, &'static str)> {
    QUESTIONS
        .iter()
        .copied()
        .chain(["comment"])
        .zip(lang.pick(SHORT[0], SHORT[1]))
        .collect()
}

/// The professionals' questionnaire in `lang`.
pub fn questionnaire(lang: Lang) -> &'static Questionnaire {
    lang.pick(&Q_DA, &Q_EN)
}

/// Texts of the team's issuing of professionals' codes on a closed course, and of their sheet.
pub struct Issuing {
    pub title: &'static str,
    /// How many may be issued: `{left}` of `{roles}`.
    pub intro: &'static str,
    pub count: &'static str,
    pub button: &'static str,
    /// When none are left: `{issued}`.
    pub done: &'static str,
    /// When no professional roles were registered.
    pub none: &'static str,
    /// Above the links on the sheet.
    pub links_title: &'static str,
    pub links_intro: &'static str,
}

const ISSUING_DA: Issuing = Issuing {
    title: "Evaluering for fagpersonerne",
    intro: "Fagpersonerne, der deltog, kan evaluere forløbet anonymt. Der kan udstedes én kode pr. faggruppe registreret på møderne: {left} af {roles} endnu.",
    count: "Antal koder",
    button: "Udsted koder til fagpersoner",
    done: "Der er udstedt {issued} koder til fagpersonerne – én pr. faggruppe registreret på møderne.",
    none: "Ingen fagpersoner (pædagog, dagplejer, lærer, leder, sundhedsplejerske) er registreret på forløbets møder, så der kan ikke udstedes koder til fagpersoner.",
    links_title: "Links til e-mail",
    links_intro: "Hvert link åbner evalueringen med koden udfyldt. Kopiér et link ind i en e-mail til én fagperson – send aldrig flere koder til samme person.",
};

const ISSUING_EN: Issuing = Issuing {
    title: "Evaluation for the professionals",
    intro: "The professionals who took part can evaluate the course anonymously. One code may be issued per professional role registered on the meetings: {left} of {roles} left.",
    count: "Number of codes",
    button: "Issue codes for professionals",
    done: "{issued} codes have been issued to the professionals – one per professional role registered on the meetings.",
    none: "No professionals (pedagogue, childminder, teacher, manager, health visitor) are registered on the course's meetings, so no professionals' codes can be issued.",
    links_title: "Links for e-mail",
    links_intro: "Each link opens the evaluation with the code filled in. Paste one link into an e-mail to one professional – never send several codes to the same person.",
};

/// The issuing texts in `lang`.
pub fn issuing(lang: Lang) -> &'static Issuing {
    lang.pick(&ISSUING_DA, &ISSUING_EN)
}

/// Texts of the asker's rating of a closed sparring request.
pub struct Rating {
    pub title: &'static str,
    pub intro: &'static str,
    /// The three statements, in `RATING_QUESTIONS`' order.
    pub statements: [&'static str; 3],
    pub submit: &'static str,
    /// Once this receipt has rated.
    pub thanks: &'static str,
}

pub(crate) const RATING_DA: Rating = Rating {
    title: "Hvordan var sparringen?",
    intro: "Tre korte udsagn. Dit svar gemmes adskilt fra din henvendelse – uden kvittering, navn og tidspunkt, kun måneden – og kan kun gives én gang.",
    statements: [
        "Jeg fik den hjælp, jeg havde brug for.",
        "Jeg ved, hvad jeg skal gøre nu.",
        "Jeg vil bede om sparring igen, hvis jeg får brug for det.",
    ],
    submit: "Send vurdering",
    thanks: "Tak for din vurdering af sparringen. Den tæller med i kommunens opgørelse sammen med andres og kan kun gives én gang.",
};

pub(crate) const RATING_EN: Rating = Rating {
    title: "How was the sparring?",
    intro: "Three short statements. Your answer is kept apart from your request – without receipt, name or time, only the month – and can be given once.",
    statements: [
        "I got the help I needed.",
        "I know what to do next.",
        "I would ask for sparring again if I needed it.",
    ],
    submit: "Send rating",
    thanks: "Thank you for rating the sparring. It counts in the municipality's report together with others' and can be given once.",
};

/// The rating texts in `lang`.
pub fn rating(lang: Lang) -> &'static Rating {
    lang.pick(&RATING_DA, &RATING_EN)
}

impl Rating {
    /// `(field, statement)` for the error summary.
    pub fn names(&self) -> Vec<(&'static str, &'static str)> {
        RATING_QUESTIONS
            .iter()
            .copied()
            .zip(self.statements)
            .collect()
    }
}
