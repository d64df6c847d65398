//! The one-time code on a parent's evaluation card.
//!
//! Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown
//! in groups as `K7QM-4XPR-TW`. 25 symbols over 10 places give 25^10 ≈ 2^46.4 codes, above
//! the 45 bits the evaluation issue asks for. Only a keyed hash of a code is ever stored.

use serde::{Deserialize, Serialize};

use super::{
    form::{count_up_to, Fields, Problems},
    Area, FieldError, Lang, Problem,
};

/// The symbols a code is made of.
pub const ALPHABET: &[u8; 25] = b"34679ACDEFGHJKMNPQRTUVWXY";

/// How many symbols a code has.
pub const LENGTH: usize = 10;

/// A well-formed evaluation code, normalised to upper case without separators.
#[derive(Clone, PartialEq, Eq)]
pub struct EvaluationCode(String);

impl EvaluationCode {
    /// Reads a code as a parent typed it: case, spaces and dashes do not matter.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let mut code = String::with_capacity(LENGTH);
        let mut count = 0u32;
        for c in input.chars() {
            if c.is_whitespace() || c == '-' || c == '.' {
                continue;
            }
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii() || !ALPHABET.contains(&(upper as u8)) {
                return Err(Problem::CodeCharacter { found: upper });
            }
            count += 1;
            if code.len() < LENGTH {
                code.push(upper);
            }
        }
        match count {
            0 => Err(Problem::CodeMissing),
            n if n as usize == LENGTH => Ok(Self(code)),
            found => Err(Problem::CodeLength { found }),
        }
    }

    /// The ten symbols without separators, as hashed and as put in links.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code in groups of four, four and two, as printed on the card.
    pub fn grouped(&self) -> String {
        group(&self.0)
    }

    /// Draws a fresh code from the operating system's random source.
    #[cfg(feature = "ssr")]
    pub fn generate() -> Self {
        use rand::Rng;
        let mut rng = rand::rng();
        let code = (0..LENGTH)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        Self(code)
    }
}

/// Codes are secrets until used: keep them out of debug output and logs.
impl std::fmt::Debug for EvaluationCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EvaluationCode(..)")
    }
}

/// Puts dashes into what has been typed so far (`K7QM4X` → `K7QM-4X`), so the field reads like
/// the card while a parent types. Characters that codes never use are kept, upper-cased, so the
/// parent sees them and the error message can point at them.
pub fn group(typed: &str) -> String {
    let symbols: Vec<char> = typed
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '.'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut out = String::with_capacity(symbols.len() + 2);
    for (i, c) in symbols.iter().enumerate() {
        if i == 4 || i == 8 {
            out.push('-');
        }
        out.push(*c);
    }
    out
}

/// What the server knows about a code that was typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeStatus {
    /// Issued, unused and not expired: the evaluation form may open.
    Valid,
    /// No such code was issued.
    Unknown,
    /// The code was used for an evaluation already.
    Used,
    /// The code was not used in time.
    Expired,
    /// A parent's code on the professionals' form.
    ForParents,
    /// A professional's code on the parents' form.
    ForProfessionals,
}

impl CodeStatus {
    /// The problem to show beside the code field, if the code cannot be used.
    pub fn problem(self) -> Option<Problem> {
        match self {
            CodeStatus::Valid => None,
            CodeStatus::Unknown => Some(Problem::CodeUnknown),
            CodeStatus::Used => Some(Problem::CodeUsed),
            CodeStatus::Expired => Some(Problem::CodeExpired),
            CodeStatus::ForParents => Some(Problem::CodeForParents),
            CodeStatus::ForProfessionals => Some(Problem::CodeForProfessionals),
        }
    }
}

crate::choice! {
    /// Whom a code is for: each has a form of its own, and a code opens only its own.
    pub enum Respondent {
        /// A parent, on the parents' form (`/evaluering`).
        Parent => "parent",
        /// A professional who took part in the course (`/evaluering/fagperson`).
        Professional => "professional",
    }
}

impl Respondent {
    /// The address of the form this code opens.
    pub fn form_path(self) -> &'static str {
        match self {
            Respondent::Parent => "/evaluering",
            Respondent::Professional => "/evaluering/fagperson",
        }
    }

    /// Its form's name (the language switch posts it) and its fields' prefix.
    pub fn form(self) -> &'static str {
        match self {
            Respondent::Parent => super::evaluation::FORM,
            Respondent::Professional => super::professional_evaluation::FORM,
        }
    }

    /// What a code for `self` says when typed into the form of `form`.
    pub fn on_form_of(self, form: Respondent) -> Option<CodeStatus> {
        match (self, form) {
            (Respondent::Parent, Respondent::Professional) => Some(CodeStatus::ForParents),
            (Respondent::Professional, Respondent::Parent) => Some(CodeStatus::ForProfessionals),
            _ => None,
        }
    }
}

/// Codes just issued, to print now (they are shown for a short while only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedCodes {
    /// Whom they are for.
    pub respondent: Respondent,
    /// The codes, grouped as printed (`K7QM-4XPR-TW`).
    pub codes: Vec<String>,
    /// The portal's address, without a trailing slash (`https://tidlig.kommune.dk`).
    pub base_url: String,
    /// The last day the codes are valid (`YYYY-MM-DD`).
    pub valid_until: String,
    /// The language the cards are printed in (beside Danish), which their links open in.
    pub card_lang: Lang,
}

impl IssuedCodes {
    /// The two languages a card is printed in: the chosen one and Danish, or Danish and
    /// English when Danish was chosen.
    pub fn faces(&self) -> [Lang; 2] {
        match self.card_lang {
            Lang::Da => [Lang::Da, Lang::En],
            chosen => [chosen, Lang::Da],
        }
    }

    /// The link a card's QR code holds for `code`: a Danish card leaves the language to the
    /// reader's phone, any other opens the form in its language.
    pub fn link(&self, code: &str) -> String {
        let path = self.respondent.form_path();
        let code = code.replace('-', "");
        match self.card_lang {
            Lang::Da => format!("{}{path}?kode={code}", self.base_url),
            lang => format!("{}{path}?kode={code}&lang={}", self.base_url, lang.code()),
        }
    }
}

/// Most codes one sheet may hold (ten A4 pages).
pub const MAX_CODES: u64 = 80;

/// An order of codes from the FI team's form (`/team/koder`): the area and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeOrder {
    pub area: Area,
    /// 1 to [`MAX_CODES`].
    pub count: usize,
    /// The language of the cards (Danish when the form does not say).
    pub card_lang: Lang,
}

/// The language a form asks the cards to be printed in (field `language`; Danish when the
/// form has none).
pub fn card_language(form: &(impl Fields + ?Sized)) -> Result<Lang, Problem> {
    match form.get("language").trim() {
        "" => Ok(Lang::Da),
        code => Lang::parse(code).ok_or(Problem::NotAChoice),
    }
}

impl CodeOrder {
    /// Reads the form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let area = problems.check("area", Area::parse(form.get("area")));
        let count = problems.check("count", count_up_to(form.get("count"), 1, MAX_CODES));
        let card_lang = problems.check("language", card_language(form));
        problems.finish(|| {
            Some(Self {
                area: area?,
                count: usize::try_from(count?).ok()?,
                card_lang: card_lang?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_typed_in_lower_case_with_spaces_is_read_as_printed() {
        let code = EvaluationCode::parse(" k7qm 4xpr-tw ").expect("valid code");
        assert_eq!(code.as_str(), "K7QM4XPRTW");
        assert_eq!(code.grouped(), "K7QM-4XPR-TW");
    }

    #[test]
    fn look_alike_characters_are_refused_by_name() {
        assert_eq!(
            EvaluationCode::parse("K7QM-4XPR-T0"),
            Err(Problem::CodeCharacter { found: '0' })
        );
        assert_eq!(
            EvaluationCode::parse("o7QM-4XPR-TW"),
            Err(Problem::CodeCharacter { found: 'O' })
        );
    }

    #[test]
    fn a_short_or_long_code_reports_how_many_characters_it_has() {
        assert_eq!(
            EvaluationCode::parse("K7QM-4XPR"),
            Err(Problem::CodeLength { found: 8 })
        );
        assert_eq!(
            EvaluationCode::parse("K7QM-4XPR-TWX"),
            Err(Problem::CodeLength { found: 11 })
        );
        assert_eq!(EvaluationCode::parse(" - "), Err(Problem::CodeMissing));
    }

    #[test]
    fn grouping_follows_the_card_while_typing() {
        assert_eq!(group("k7q"), "K7Q");
        assert_eq!(group("k7qm4"), "K7QM-4");
        assert_eq!(group("K7QM-4XPR-TW"), "K7QM-4XPR-TW");
        assert_eq!(group("k7qm4xprtw"), "K7QM-4XPR-TW");
    }

    #[test]
    fn the_alphabet_has_no_look_alikes_and_gives_at_least_45_bits() {
        for c in b"01258BILOSZ" {
            assert!(!ALPHABET.contains(c), "{} is a look-alike", *c as char);
        }
        let bits = (ALPHABET.len() as f64).log2() * LENGTH as f64;
        assert!(bits >= 45.0, "only {bits} bits");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn generated_codes_parse_and_differ() {
        let a = EvaluationCode::generate();
        let b = EvaluationCode::generate();
        assert_eq!(EvaluationCode::parse(&a.grouped()), Ok(a.clone()));
        assert_ne!(a, b);
    }
}
