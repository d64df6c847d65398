//! The front page, which routes parents, professionals and staff.

use crate::domain::Lang;

/// Texts of the front page.
pub struct Landing {
    /// Browser tab title.
    pub title: &'static str,
    /// Main heading.
    pub heading: &'static str,
    /// One sentence under the heading.
    pub intro: &'static str,
    /// Parents' card: heading.
    pub parents_heading: &'static str,
    /// Parents' card: who it is for and the promise of anonymity.
    pub parents_body: &'static str,
    /// Professionals' card: heading.
    pub sparring_heading: &'static str,
    /// Professionals' card: what sparring is.
    pub sparring_body: &'static str,
    /// Professionals' card: link to the request form.
    pub sparring_link: &'static str,
    /// Professionals' card: link for those who hold a receipt code.
    pub sparring_receipt_link: &'static str,
    /// Staff card: heading.
    pub staff_heading: &'static str,
    /// Staff card: who logs in.
    pub staff_body: &'static str,
    /// Staff card: link to the login page.
    pub staff_link: &'static str,
}

const DA: Landing = Landing {
    title: "Tidlig – Fælles Indsats",
    heading: "Tidlig hjælp til børn og familier",
    intro: "Fælles Indsats samler forældre, dagtilbud, dagpleje, skole og kommunens FI-team om et barn, før bekymringen vokser.",
    parents_heading: "Evaluér et forløb",
    parents_body: "Til forældre: Har du fået et kort med en kode efter et forløb? Skriv koden, og svar på fire korte spørgsmål. Dine svar er anonyme.",
    sparring_heading: "Anonym sparring",
    sparring_body: "Til pædagoger, dagplejere og lærere: Få råd fra FI-teamet om et barn, du er bekymret for – uden at nævne barnet.",
    sparring_link: "Bed om sparring",
    sparring_receipt_link: "Har du en kvitteringskode? Læs svaret",
    staff_heading: "Log ind",
    staff_body: "Til FI-teamet, projektledere og administratorer.",
    staff_link: "Log ind som medarbejder",
};

const EN: Landing = Landing {
    title: "Tidlig – Joint Effort",
    heading: "Early help for children and families",
    intro: "Joint Effort brings parents, daycare, childminders, school and the municipality's FI team together around a child before a concern grows.",
    parents_heading: "Evaluate a course",
    parents_body: "For parents: did you get a card with a code after a course? Enter the code and answer four short questions. Your answers are anonymous.",
    sparring_heading: "Anonymous consultation",
    sparring_body: "For pedagogues, childminders and teachers: get advice from the FI team about a child you are worried about – without naming the child.",
    sparring_link: "Ask for a consultation",
    sparring_receipt_link: "Have a receipt code? Read the reply",
    staff_heading: "Log in",
    staff_body: "For the FI team, project leads and administrators.",
    staff_link: "Staff login",
};

/// The front page's texts in `lang`.
pub fn landing(lang: Lang) -> &'static Landing {
    lang.pick(&DA, &EN)
}
