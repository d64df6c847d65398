//! Texts of the page where the FI team reads the parents' comments.

use crate::domain::Lang;

pub struct Comments {
    pub title: &'static str,
    /// What the team sees, and why not more.
    pub intro: &'static str,
    /// Before any comment may be shown.
    pub empty: &'static str,
    /// "{n} svar" under a group's heading.
    pub answers: &'static str,
    /// Heading of a group's list, for screen readers.
    pub list: &'static str,
    /// The retention, before the number of months.
    pub kept: &'static str,
    pub months: &'static str,
    /// Heading of the professionals' comments, kept and shown by the same rules.
    pub professionals_title: &'static str,
}

const DA: Comments = Comments {
    title: "Forældrenes kommentarer",
    intro: "Kommentarerne vises først, når måneden er forseglet, samlet pr. område og måned og i tilfældig rækkefølge. Har et område færre end {t} svar i en måned, venter dets kommentarer og vises sammen med den næste måned, så ingen kommentar kan føres tilbage til en familie.",
    empty: "Der er endnu ingen kommentarer, der kan vises.",
    answers: "svar",
    list: "Kommentarer",
    professionals_title: "Fagpersonernes kommentarer",
    kept: "Kommentarerne slettes",
    months: "måneder efter forseglingen; svarene bliver.",
};

const EN: Comments = Comments {
    title: "The parents' comments",
    intro: "Comments are shown only once their month is sealed, by area and month and in random order. When an area has fewer than {t} answers in a month, its comments wait and are shown with the next month, so that no comment can be traced back to a family.",
    empty: "There are no comments that can be shown yet.",
    answers: "answers",
    list: "Comments",
    professionals_title: "The professionals' comments",
    kept: "Comments are deleted",
    months: "months after sealing; the answers stay.",
};

pub fn comments(lang: Lang) -> &'static Comments {
    lang.pick(&DA, &EN)
}
