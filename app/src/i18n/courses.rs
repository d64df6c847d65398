//! Texts of the course register.

use crate::domain::{
    course::{CourseOutcome, CourseStatus, MeetingForm, Participant},
    Lang,
};

/// Texts of the course pages.
pub struct Courses {
    /// List title.
    pub title: &'static str,
    /// Link to a new course.
    pub new: &'static str,
    /// Link to the import.
    pub import: &'static str,
    /// Filter: reference search.
    pub search: &'static str,
    pub any: &'static str,
    pub filter: &'static str,
    pub reference: &'static str,
    pub institution: &'static str,
    pub age_band: &'static str,
    /// Column / field: started.
    pub started_on: &'static str,
    pub status: &'static str,
    pub meetings: &'static str,
    pub themes: &'static str,
    pub parents_take_part: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub note: &'static str,
    /// Hint under the note.
    pub note_hint: &'static str,
    /// New course: title.
    pub new_title: &'static str,
    /// New course: text.
    pub new_intro: &'static str,
    pub create: &'static str,
    /// Nothing matches.
    pub empty: &'static str,
    /// Detail: add meeting heading.
    pub add_meeting: &'static str,
    pub meeting_day: &'static str,
    pub meeting_form: &'static str,
    pub participants: &'static str,
    pub add_meeting_button: &'static str,
    /// Shown when five meetings are registered.
    pub full: &'static str,
    pub close: &'static str,
    /// End date.
    pub ended_on: &'static str,
    pub outcome: &'static str,
    pub close_button: &'static str,
    /// The offer to print the parents' card.
    pub card_offer: &'static str,
    pub card_button: &'static str,
    /// Shown once the card was printed.
    pub card_done: &'static str,
    /// The button beside a meeting that deletes it.
    pub delete_meeting: &'static str,
    /// The link to correct a meeting, the page's title, its introduction and button.
    pub change_meeting: &'static str,
    pub change_meeting_title: &'static str,
    pub change_meeting_intro: &'static str,
    pub change_meeting_button: &'static str,
    /// The heading and button that open a closed course again, and what it does.
    pub reopen: &'static str,
    pub reopen_intro: &'static str,
    /// Back to the list.
    pub back: &'static str,
    pub import_title: &'static str,
    /// Import: explanation of the format.
    pub import_intro: &'static str,
    /// Import succeeded; `{a}` (courses) and `{b}` (meetings) are replaced.
    pub imported: &'static str,
}

const DA: Courses = Courses {
    title: "Forløb",
    new: "Nyt forløb",
    import: "Importér tidligere forløb (CSV)",
    search: "Søg på nummer",
    any: "Alle",
    filter: "Vis",
    reference: "Nummer",
    institution: "Institution",
    age_band: "Barnets alder",
    started_on: "Startdato",
    status: "Status",
    meetings: "Møder",
    themes: "Temaer",
    parents_take_part: "Deltager forældrene?",
    yes: "Ja",
    no: "Nej",
    note: "Note (frivilligt)",
    note_hint: "Skriv ikke navne eller CPR-numre. Højst 2.000 tegn.",
    new_title: "Nyt forløb",
    new_intro: "Forløbet får et nummer af systemet. Barnet nævnes ikke: kun institution, aldersgruppe, dato og temaer.",
    create: "Opret forløb",
    empty: "Ingen forløb matcher.",
    add_meeting: "Registrér møde",
    meeting_day: "Dato for mødet",
    meeting_form: "Mødeform",
    participants: "Deltagere",
    add_meeting_button: "Registrér møde",
    full: "Forløbet har fem møder – det højeste antal.",
    close: "Afslut forløbet",
    ended_on: "Slutdato",
    outcome: "Udfald",
    close_button: "Afslut forløbet",
    card_offer: "Forældrene deltog: giv dem et kort med en evalueringskode. Koden kender kun området og måneden – ikke forløbet.",
    card_button: "Udsted kode og print kort",
    card_done: "Forældrenes evalueringskort er udskrevet.",
    delete_meeting: "Slet mødet",
    change_meeting: "Ret mødet",
    change_meeting_title: "Ret et møde",
    change_meeting_intro: "Ret dato, mødeform eller deltagere, hvis mødet er registreret forkert. Rettelsen skrives i loggen.",
    change_meeting_button: "Gem rettelsen",
    reopen: "Genåbn forløbet",
    reopen_intro: "Er forløbet afsluttet ved en fejl eller for tidligt, kan det åbnes igen. Slutdato og udfald fjernes; handlingen logges.",
    back: "Til forløbene",
    import_title: "Importér tidligere forløb",
    import_intro: "En CSV-fil (komma eller semikolon som skilletegn) med én linje pr. møde (og én linje for et forløb uden møder). Kolonner: course (en nøgle, der samler linjerne for ét forløb), institution (navn som i listen), age_band (0-2, 3-5, 6-9, 10-13, 14-16), started_on (ÅÅÅÅ-MM-DD), themes (adskilt af ;), parents_take_part (ja/nej), ended_on og outcome (resolved, child_welfare, ppr, other – tomme for åbne forløb), meeting_on, meeting_form (with_parents, anonymous) og participants (adskilt af ;). Enten importeres hele filen, eller intet.",
    imported: "{a} forløb og {b} møder er importeret.",
};

const EN: Courses = Courses {
    title: "Courses",
    new: "New course",
    import: "Import earlier courses (CSV)",
    search: "Search by number",
    any: "All",
    filter: "Show",
    reference: "Number",
    institution: "Institution",
    age_band: "Child's age",
    started_on: "Start date",
    status: "Status",
    meetings: "Meetings",
    themes: "Themes",
    parents_take_part: "Do the parents take part?",
    yes: "Yes",
    no: "No",
    note: "Note (optional)",
    note_hint: "Do not write names or CPR numbers. At most 2,000 characters.",
    new_title: "New course",
    new_intro: "The system gives the course a number. The child is not named: only institution, age band, date and themes.",
    create: "Create course",
    empty: "No courses match.",
    add_meeting: "Register a meeting",
    meeting_day: "Date of the meeting",
    meeting_form: "Form of the meeting",
    participants: "Participants",
    add_meeting_button: "Register meeting",
    full: "The course has five meetings – the most there may be.",
    close: "Close the course",
    ended_on: "End date",
    outcome: "Outcome",
    close_button: "Close the course",
    card_offer: "The parents took part: give them a card with an evaluation code. The code knows only the area and the month – not the course.",
    card_button: "Issue a code and print the card",
    card_done: "The parents' evaluation card has been printed.",
    delete_meeting: "Delete the meeting",
    change_meeting: "Correct the meeting",
    change_meeting_title: "Correct a meeting",
    change_meeting_intro: "Correct the date, the form of the meeting or who took part if it was registered wrongly. The correction is logged.",
    change_meeting_button: "Save the correction",
    reopen: "Reopen the course",
    reopen_intro: "If the course was closed by mistake or too early, it can be opened again. The end date and outcome are removed; the action is logged.",
    back: "Back to the courses",
    import_title: "Import earlier courses",
    import_intro: "A CSV file (commas or semicolons between fields) with one line per meeting (and one line for a course without meetings). Columns: course (a key grouping the lines of one course), institution (name as in the list), age_band (0-2, 3-5, 6-9, 10-13, 14-16), started_on (YYYY-MM-DD), themes (separated by ;), parents_take_part (yes/no), ended_on and outcome (resolved, child_welfare, ppr, other – empty for open courses), meeting_on, meeting_form (with_parents, anonymous) and participants (separated by ;). Either the whole file is imported, or nothing.",
    imported: "{a} courses and {b} meetings have been imported.",
};

/// The course texts in `lang`.
pub fn courses(lang: Lang) -> &'static Courses {
    lang.pick(&DA, &EN)
}

/// A meeting form, in words.
pub fn meeting_form_name(lang: Lang, form: MeetingForm) -> &'static str {
    match form {
        MeetingForm::WithParents => lang.pick("Med forældrene", "With the parents"),
        MeetingForm::Anonymous => lang.pick("Anonym drøftelse", "Anonymous discussion"),
    }
}

pub fn participant_name(lang: Lang, participant: Participant) -> &'static str {
    use Participant::*;
    match participant {
        Paedagog => lang.pick("Pædagog", "Pedagogue"),
        Dagplejer => lang.pick("Dagplejer", "Childminder"),
        Laerer => lang.pick("Lærer", "Teacher"),
        Leder => lang.pick("Leder", "Manager"),
        Socialraadgiver => lang.pick("Socialrådgiver", "Social worker"),
        Psykolog => lang.pick("Psykolog", "Psychologist"),
        Sundhedsplejerske => lang.pick("Sundhedsplejerske", "Health visitor"),
        Foraelder => lang.pick("Forælder", "Parent"),
        Andre => lang.pick("Andre", "Others"),
    }
}

/// The outcomes' names in `CourseOutcome::ALL`'s order.
pub const COURSE_OUTCOMES_DA: [&str; 4] = [
    "Løst i FI",
    "Videre til børnesag",
    "Henvist til PPR",
    "Andet",
];
/// The outcomes' names in `CourseOutcome::ALL`'s order.
pub const COURSE_OUTCOMES_EN: [&str; 4] = [
    "Resolved in FI",
    "Moved on to a child-welfare case",
    "Referred to PPR",
    "Other",
];

pub fn course_outcome_name(lang: Lang, outcome: CourseOutcome) -> &'static str {
    let i = CourseOutcome::ALL
        .iter()
        .position(|o| *o == outcome)
        .unwrap_or(0);
    lang.pick(COURSE_OUTCOMES_DA, COURSE_OUTCOMES_EN)[i]
}

pub fn course_status_name(lang: Lang, status: CourseStatus) -> &'static str {
    match status {
        CourseStatus::Open => lang.pick("Åbent", "Open"),
        CourseStatus::Closed => lang.pick("Afsluttet", "Closed"),
    }
}
