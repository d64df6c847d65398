//! Anonymous sparring: a professional asks the FI team about a child who is never named.
//! Citizens ask on the same requests (`domain::advice`).

use serde::{Deserialize, Serialize};

use super::{
    cpr::contains_cpr,
    form::{required_text, ticked, Fields, Problems},
    Area, FieldError, Problem,
};
use crate::choice;

choice! {
    /// Who asks.
    pub enum AskerRole {
        Paedagog => "paedagog",
        Dagplejer => "dagplejer",
        Laerer => "laerer",
        Leder => "leder",
        Sundhedsplejerske => "sundhedsplejerske",
        Anden => "anden",
    }
}

choice! {
    /// Who the asker is: a professional (sparring) or a citizen (advice).
    pub enum AskerKind {
        Professional => "professional",
        Citizen => "citizen",
    }
}

choice! {
    /// Who asks for advice.
    pub enum CitizenRole {
        Parent => "parent",
        /// A young person asking about themselves or a sibling.
        Young => "young",
        /// Another citizen: a grandparent, a neighbour, a friend of the family.
        Citizen => "citizen",
    }
}

/// Who asks: a professional in their role, or a citizen in theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Asker {
    Professional(AskerRole),
    Citizen(CitizenRole),
}

impl Asker {
    pub fn kind(self) -> AskerKind {
        match self {
            Asker::Professional(_) => AskerKind::Professional,
            Asker::Citizen(_) => AskerKind::Citizen,
        }
    }

    /// The role's stored value.
    pub fn role(self) -> &'static str {
        match self {
            Asker::Professional(role) => role.as_str(),
            Asker::Citizen(role) => role.as_str(),
        }
    }

    /// Reads the stored kind and role back.
    pub fn read(kind: &str, role: &str) -> Result<Self, Problem> {
        match AskerKind::parse(kind)? {
            AskerKind::Professional => AskerRole::parse(role).map(Asker::Professional),
            AskerKind::Citizen => CitizenRole::parse(role).map(Asker::Citizen),
        }
    }
}

choice! {
    /// The child's age band.
    pub enum AgeBand {
        /// 0–2 years.
        Age0To2 => "0-2",
        /// 3–5 years.
        Age3To5 => "3-5",
        /// 6–9 years.
        Age6To9 => "6-9",
        /// 10–13 years.
        Age10To13 => "10-13",
        /// 14–16 years.
        Age14To16 => "14-16",
    }
}

choice! {
    /// What the concern is about (several may apply).
    pub enum Theme {
        Trivsel => "trivsel",
        Adfaerd => "adfaerd",
        SprogOgUdvikling => "sprog",
        Fravaer => "fravaer",
        Familieforhold => "familie",
        MotorikOgSansning => "motorik",
        Andet => "andet",
    }
}

choice! {
    /// Whether the parents know.
    pub enum ParentsKnow {
        /// Told, and they declined FI.
        ToldDeclined => "told_declined",
        NotYetTold => "not_yet_told",
        /// Something else.
        Other => "other",
    }
}

choice! {
    /// How the asker would like to talk.
    pub enum PreferredForm {
        /// By phone.
        Phone => "phone",
        /// By video.
        Video => "video",
        /// In a meeting.
        Meeting => "meeting",
    }
}

choice! {
    /// Where a request stands.
    pub enum SparringStatus {
        /// Sent, nobody has it yet.
        Received => "received",
        /// A team member has it.
        Assigned => "assigned",
        /// A meeting has been proposed.
        MeetingProposed => "meeting_proposed",
        /// The team has answered.
        Answered => "answered",
        /// Closed with an outcome.
        Closed => "closed",
    }
}

choice! {
    /// How a request ended.
    pub enum Outcome {
        /// Advice was given.
        AdviceGiven => "advice",
        /// An FI meeting with the parents was recommended.
        FiMeeting => "fi_meeting",
        /// A notification (underretning) was recommended.
        Notification => "notification",
        /// Referred to PPR or the health service.
        Referred => "referred",
        /// Something else.
        Other => "other",
        /// Closed by the system after a long time without activity.
        Stale => "stale",
    }
}

/// A free text written to the team (the concern, or a message): a length range and no CPR
/// number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SparringText(String);

impl SparringText {
    /// Longest text accepted.
    pub const MAX: usize = 4000;
    /// Shortest concern accepted (a message may be short).
    pub const MIN_CONCERN: usize = 20;

    /// Parses a text of at least `min` characters.
    pub fn parse(input: &str, min: usize) -> Result<Self, Problem> {
        let text = input.trim();
        let length = text.chars().count();
        if length == 0 {
            Err(Problem::Required)
        } else if length < min {
            Err(Problem::TooShort { min: min as u32 })
        } else if length > Self::MAX {
            Err(Problem::TooLong {
                max: Self::MAX as u32,
            })
        } else if contains_cpr(text) {
            Err(Problem::ContainsCpr)
        } else {
            Ok(Self(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text holds an e-mail address or a phone number, which may name a family.
    pub fn looks_like_contact(&self) -> bool {
        super::identifying::contains_email(&self.0) || super::identifying::contains_phone(&self.0)
    }
}

/// The code an asker returns with: 16 digits, shown in groups of four. 10^16 ≈ 2^53 codes.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode(String);

impl ReceiptCode {
    /// Digits in a receipt.
    pub const LENGTH: usize = 16;

    /// Reads a receipt as typed: spaces and dashes do not matter.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let digits: String = input
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '-'))
            .collect();
        if digits.is_empty() {
            Err(Problem::Required)
        } else if digits.chars().all(|c| c.is_ascii_digit()) && digits.len() == Self::LENGTH {
            Ok(Self(digits))
        } else {
            Err(Problem::ReceiptFormat)
        }
    }

    /// A fresh receipt from the operating system's random source.
    #[cfg(feature = "ssr")]
    pub fn generate() -> Self {
        use rand::Rng;
        let mut rng = rand::rng();
        Self(
            (0..Self::LENGTH)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect(),
        )
    }

    /// The digits, as hashed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// In groups of four, as shown: `1234 5678 9012 3456`.
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Receipts are secrets: never in debug output or logs.
impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode(..)")
    }
}

/// The asker's optional work contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkContact {
    /// Work name.
    pub name: Option<String>,
    /// Work phone.
    pub phone: Option<String>,
    /// Work e-mail.
    pub email: Option<String>,
}

impl WorkContact {
    /// Longest name accepted.
    pub const MAX_NAME: usize = 100;

    /// Parses the three optional fields; each problem names its field.
    pub fn parse(name: &str, phone: &str, email: &str) -> Result<Self, Vec<super::FieldError>> {
        let mut errors = Vec::new();
        let name = name.trim();
        if name.chars().count() > Self::MAX_NAME {
            errors.push(super::FieldError::new(
                "contact_name",
                Problem::TooLong {
                    max: Self::MAX_NAME as u32,
                },
            ));
        } else if contains_cpr(name) {
            errors.push(super::FieldError::new("contact_name", Problem::ContainsCpr));
        }
        let phone = phone.trim();
        let phone_digits = phone.chars().filter(char::is_ascii_digit).count();
        let phone_ok = phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-'));
        if !phone.is_empty() && (!phone_ok || !(8..=12).contains(&phone_digits)) {
            errors.push(super::FieldError::new("contact_phone", Problem::Phone));
        } else if contains_cpr(phone) {
            errors.push(super::FieldError::new(
                "contact_phone",
                Problem::ContainsCpr,
            ));
        }
        let email = email.trim();
        let email = if email.is_empty() {
            None
        } else if contains_cpr(email) {
            errors.push(super::FieldError::new(
                "contact_email",
                Problem::ContainsCpr,
            ));
            None
        } else {
            match super::StaffEmail::parse(email) {
                Ok(email) => Some(email.as_str().to_owned()),
                Err(problem) => {
                    errors.push(super::FieldError::new("contact_email", problem));
                    None
                }
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Ok(Self {
            name: some(name),
            phone: some(phone),
            email,
        })
    }
}

/// One message of a request's conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// From the FI team (else from the asker).
    pub from_team: bool,
    /// The team member's name, for team messages.
    pub author: Option<String>,
    /// The day it was sent.
    pub sent_on: String,
    /// The text.
    pub body: String,
    /// The offers of the catalogue a team reply points to: id and name.
    pub offers: Vec<(i64, String)>,
}

/// A request with everything the team (or, with the receipt, the asker) may read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SparringRequest {
    /// Id (the team's reference).
    pub id: i64,
    /// Day it came in.
    pub received_on: String,
    /// Who asked.
    pub asker: Asker,
    /// The institution's name (listed or typed).
    pub institution: Option<String>,
    /// The institution's area, if listed.
    pub area: Option<Area>,
    /// The child's age band.
    pub age_band: AgeBand,
    pub themes: Vec<Theme>,
    /// Whether the parents know (a professional's answer).
    pub parents_know: Option<ParentsKnow>,
    /// How to talk (a professional's answer).
    pub preferred_form: Option<PreferredForm>,
    /// The concern (gone after retention).
    pub concern: Option<String>,
    /// Work contact.
    pub contact: WorkContact,
    /// Where it stands.
    pub status: SparringStatus,
    /// The team member who has it.
    pub assigned_to: Option<(i64, String)>,
    /// Proposed meeting: day, time, place or link.
    pub meeting: Option<(String, String, String)>,
    /// Outcome, once closed.
    pub outcome: Option<Outcome>,
    /// Day it was closed.
    pub closed_on: Option<String>,
    /// The conversation, oldest first.
    pub messages: Vec<Message>,
}

/// What the inbox lists.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InboxRow {
    pub id: i64,
    /// Day it came in.
    pub received_on: String,
    /// Where it stands.
    pub status: SparringStatus,
    /// Who asked.
    pub asker: Asker,
    pub institution: Option<String>,
    pub age_band: AgeBand,
    pub themes: Vec<Theme>,
    /// Who has it.
    pub assigned_to: Option<String>,
    /// The last message is the asker's, and the request is open: the team owes an answer.
    pub message_waiting: bool,
}

/// The inbox's filters; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InboxFilter {
    /// Professionals' sparring or citizens' advice.
    pub kind: Option<AskerKind>,
    pub status: Option<SparringStatus>,
    /// Institution id.
    pub institution: Option<i64>,
    pub age_band: Option<AgeBand>,
    pub theme: Option<Theme>,
}

/// Where the asker works: an institution from the list, or one they name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workplace {
    /// An institution from the list.
    Listed(i64),
    /// Another place, by the name the asker typed.
    Other(String),
}

/// A request as the asker sends it, parsed.
#[derive(Debug, Clone)]
pub struct NewRequest {
    /// Who asks.
    pub asker: Asker,
    /// Where a professional works (a citizen gives none).
    pub workplace: Option<Workplace>,
    /// The child's age band.
    pub age_band: AgeBand,
    /// What it is about.
    pub themes: Vec<Theme>,
    pub concern: SparringText,
    /// Whether the parents know (a professional's answer).
    pub parents_know: Option<ParentsKnow>,
    /// How to talk (a professional's answer).
    pub preferred_form: Option<PreferredForm>,
    /// Optional work contact (a citizen gives none).
    pub contact: WorkContact,
}

/// The form's name (field ids are `{FORM}-{field}`).
pub const FORM: &str = "sparring";

/// The `<form>` element's id.
pub const FORM_ID: &str = "sparring-form";

/// The receipt form's name.
pub const RECEIPT_FORM: &str = "receipt";

/// The value of the workplace list's "other" choice.
pub const OTHER_WORKPLACE: &str = "other";

/// A request opened with its receipt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AskerView {
    pub request: SparringRequest,
    /// The receipt, digits only, for the reply form.
    pub receipt: String,
    /// The day the texts will be deleted, once closed.
    pub deletion_day: Option<String>,
    /// Whether this answer follows the asker's own message.
    pub replied: bool,
    /// Within how many working days the team usually answers.
    pub answer_days: i64,
    /// Whether this receipt has rated the (closed) request.
    pub rated: bool,
}

/// Longest name of an unlisted workplace.
pub const MAX_WORKPLACE: usize = 100;

/// Longest meeting place or link the team may propose.
pub const MAX_PLACE: usize = 200;

impl SparringText {
    /// A text of at least `min` characters that, if it holds an e-mail address or a phone
    /// number, is sent only once the writer has `confirmed` it.
    pub fn parse_confirmed(input: &str, min: usize, confirmed: bool) -> Result<Self, Problem> {
        let text = Self::parse(input, min)?;
        if text.looks_like_contact() && !confirmed {
            Err(Problem::LooksLikeContact)
        } else {
            Ok(text)
        }
    }
}

impl NewRequest {
    /// Reads the request form (`/sparring`); every problem is reported. The box `confirm`
    /// lets a concern with contact details through.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let role = problems.check("role", AskerRole::parse(form.get("role")));
        let workplace = match form.get("institution") {
            "" => problems.check("institution", Err(Problem::Unanswered)),
            OTHER_WORKPLACE => problems
                .check(
                    "institution_other",
                    required_text(form.get("institution_other"), MAX_WORKPLACE).and_then(|place| {
                        if contains_cpr(&place) {
                            Err(Problem::ContainsCpr)
                        } else {
                            Ok(place)
                        }
                    }),
                )
                .map(Workplace::Other),
            id => problems
                .check("institution", id.parse().map_err(|_| Problem::NotAChoice))
                .map(Workplace::Listed),
        };
        let (age_band, themes, concern) = Self::parse_child(form, &mut problems);
        let parents_know =
            problems.check("parents_know", ParentsKnow::parse(form.get("parents_know")));
        let preferred_form = problems.check(
            "preferred_form",
            PreferredForm::parse(form.get("preferred_form")),
        );
        let contact = WorkContact::parse(
            form.get("contact_name"),
            form.get("contact_phone"),
            form.get("contact_email"),
        )
        .map_err(|errors| problems.extend(errors))
        .ok();
        problems.finish(|| {
            Some(Self {
                asker: Asker::Professional(role?),
                workplace: Some(workplace?),
                age_band: age_band?,
                themes: themes?,
                concern: concern?,
                parents_know: Some(parents_know?),
                preferred_form: Some(preferred_form?),
                contact: contact?,
            })
        })
    }

    /// Reads what every asker tells of the child: the age band, the themes and the concern
    /// (sent with contact details only when `confirm` is ticked).
    pub(super) fn parse_child(
        form: &(impl Fields + ?Sized),
        problems: &mut Problems,
    ) -> (Option<AgeBand>, Option<Vec<Theme>>, Option<SparringText>) {
        let age_band = problems.check("age_band", AgeBand::parse(form.get("age_band")));
        let themes = problems.check(
            "themes",
            ticked(form.all("themes"), Theme::parse).and_then(|themes| {
                if themes.is_empty() {
                    Err(Problem::Unanswered)
                } else {
                    Ok(themes)
                }
            }),
        );
        let concern = problems.check(
            "concern",
            SparringText::parse_confirmed(
                form.get("concern"),
                SparringText::MIN_CONCERN,
                form.get("confirm") == "1",
            ),
        );
        (age_band, themes, concern)
    }
}

impl Outcome {
    /// An outcome the team may close a request with: any but [`Outcome::Stale`], which is
    /// the system's own.
    pub fn parse_closing(value: &str) -> Result<Self, Problem> {
        match Self::parse(value)? {
            Outcome::Stale => Err(Problem::NotAChoice),
            outcome => Ok(outcome),
        }
    }
}

/// A meeting the team proposes to the asker: a day, a time and a place or a link.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingProposal {
    pub day: chrono::NaiveDate,
    /// `HH:MM`.
    pub time: String,
    /// Never holds a CPR number.
    pub place: String,
}

#[cfg(feature = "ssr")]
impl MeetingProposal {
    /// Reads the team's meeting form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let day = problems.check(
            "day",
            chrono::NaiveDate::parse_from_str(form.get("day").trim(), "%Y-%m-%d")
                .map_err(|_| Problem::Date),
        );
        let time = form.get("time").trim();
        let time = problems.check(
            "time",
            chrono::NaiveTime::parse_from_str(time, "%H:%M")
                .map(|_| time.to_owned())
                .map_err(|_| Problem::Time),
        );
        let place = problems.check(
            "place",
            required_text(form.get("place"), MAX_PLACE).and_then(|place| {
                if contains_cpr(&place) {
                    Err(Problem::ContainsCpr)
                } else {
                    Ok(place)
                }
            }),
        );
        problems.finish(|| {
            Some(Self {
                day: day?,
                time: time?,
                place: place?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_has_sixteen_digits_in_groups_of_four() {
        let receipt = ReceiptCode::parse("1234 5678-9012 3456").expect("receipt");
        assert_eq!(receipt.as_str(), "1234567890123456");
        assert_eq!(receipt.grouped(), "1234 5678 9012 3456");
        assert_eq!(ReceiptCode::parse("1234"), Err(Problem::ReceiptFormat));
        assert_eq!(
            ReceiptCode::parse("1234 5678 9012 345x"),
            Err(Problem::ReceiptFormat)
        );
        assert!((10f64).powi(16).log2() >= 50.0);
    }

    #[test]
    fn a_concern_needs_twenty_characters_and_no_cpr_number() {
        assert_eq!(
            SparringText::parse("kort", 20),
            Err(Problem::TooShort { min: 20 })
        );
        assert_eq!(
            SparringText::parse("Drengen 0102031234 er meget stille i perioder", 20),
            Err(Problem::ContainsCpr)
        );
        let text = SparringText::parse("Drengen er meget stille i perioder", 20).expect("ok");
        assert!(!text.looks_like_contact());
        let text = SparringText::parse("Ring til mor på 12 34 56 78 om drengen", 20).expect("ok");
        assert!(text.looks_like_contact());
    }

    #[test]
    fn choices_parse_back_from_their_values() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Ok(*theme));
        }
        assert_eq!(AgeBand::parse("3-5"), Ok(AgeBand::Age3To5));
        assert_eq!(AgeBand::parse(""), Err(Problem::Unanswered));
        assert_eq!(AgeBand::parse("17"), Err(Problem::NotAChoice));
    }

    #[test]
    fn a_work_contact_is_optional_and_checked_when_given() {
        assert_eq!(WorkContact::parse("", "", ""), Ok(WorkContact::default()));
        let contact = WorkContact::parse(" Pia ", "+45 12 34 56 78", "Pia@Skole.dk").expect("ok");
        assert_eq!(contact.email.as_deref(), Some("pia@skole.dk"));
        let errors = WorkContact::parse("", "12", "pia").expect_err("bad");
        assert_eq!(errors.len(), 2);
    }
}
