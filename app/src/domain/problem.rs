//! What can be wrong with a field a person filled in.
//!
//! The server sends a [`Problem`] (never a sentence); the page turns it into a message in the
//! reader's language (see `crate::i18n::problems`), so one answer serves Danish and English.

use serde::{Deserialize, Serialize};

/// One reason a field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// The field is required and was left empty.
    Required,
    /// The text is longer than allowed.
    TooLong { max: u32 },
    /// The text is shorter than allowed.
    TooShort { min: u32 },
    /// An evaluation code does not have ten characters.
    CodeLength { found: u32 },
    /// An evaluation code contains a character that codes never use (such as O, 0, I or 1).
    CodeCharacter { found: char },
    /// A day after today where only days that have been are allowed.
    DayInFuture,
    /// A day before the course began.
    DayBeforeStart,
    /// No evaluation code was typed.
    CodeMissing,
    /// The code is not one we issued.
    CodeUnknown,
    /// The code has already been used for an evaluation.
    CodeUsed,
    /// The code's period has run out.
    CodeExpired,
    /// A parent's code typed into the professionals' form.
    CodeForParents,
    /// A professional's code typed into the parents' form.
    CodeForProfessionals,
    /// Not a usable e-mail address.
    Email,
    /// A value outside the list of choices.
    NotAChoice,
    /// The e-mail or the password is wrong: one message for both, so a login form does not
    /// reveal which accounts exist.
    LoginFailed,
    /// Too many failed attempts; try again in this many minutes.
    Throttled { minutes: u32 },
    /// Too many wrong passwords in a row; the next attempt may come in this many seconds.
    Wait { seconds: u32 },
    /// The server is computing as many password hashes as it will at once.
    Busy,
    /// The password is on the list of commonly used passwords.
    CommonPassword,
    /// The current password given when changing it is wrong.
    PasswordWrong,
    /// The repeated new password differs from the first.
    PasswordMismatch,
    /// Another account already uses this e-mail.
    EmailTaken,
    /// Another institution already has this name.
    NameTaken,
    /// The change would leave no active administrator.
    LastAdmin,
    /// A question of a questionnaire was not answered.
    Unanswered,
    /// The text contains what looks like a CPR number.
    ContainsCpr,
    /// A whole number was expected.
    NotANumber,
    /// More than the largest number allowed.
    TooMany { max: u32 },
    /// Not a whole number in the range allowed (below it, or no number at all).
    WholeNumberFrom { min: u32, max: u32 },
    /// A receipt is sixteen digits.
    ReceiptFormat,
    /// No request has this receipt (or its text has been deleted).
    ReceiptUnknown,
    /// Not a usable phone number.
    Phone,
    /// The text holds an e-mail address or a phone number; sent only once confirmed.
    LooksLikeContact,
    /// A date (YYYY-MM-DD) was expected.
    Date,
    /// A time (HH:MM) was expected.
    Time,
    /// No institution in the register has this name.
    UnknownInstitution,
    /// The lines of one course disagree about the course.
    CourseMismatch,
    /// The file is not readable CSV.
    CsvFormat,
    /// A column the format requires is missing from the header.
    MissingColumn,
    /// An end date comes before the start, or a meeting lies outside the course.
    DateOrder,
    /// A number outside the range the column allows.
    OutOfRange { min: u32, max: u32 },
    /// No staircase step has this key (import the steps first).
    UnknownStep,
    /// No kind of step has this key (import the kinds first).
    UnknownKind,
    /// The same key appears on an earlier line of the file.
    DuplicateLine,
    /// Not a web address beginning with `https://`.
    WebAddress,
    /// A figure below zero where none can be.
    Negative,
    /// Not a number with at most one decimal point.
    NotAFigure,
    /// A period column whose name does not end in its year (`march_2016`).
    NoYearInColumn,
    /// An age label that is not one year of age (`7 år`, `7`) or the total.
    UnknownAge,
    /// A period that is not a year, quarter or month (`2024`, `2024K1`, `2024M01`).
    UnknownPeriod,
    /// A line about another area than the file's first line.
    OtherArea,
}

/// A value a problem's message shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Number(u32),
    Character(char),
}

impl Problem {
    /// The problem's name in the catalogues (`problem-<key>`) and in the pages' data for the
    /// browser's checks.
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too_long",
            Problem::TooShort { .. } => "too_short",
            Problem::CodeLength { .. } => "code_length",
            Problem::CodeCharacter { .. } => "code_character",
            Problem::DayInFuture => "day_in_future",
            Problem::DayBeforeStart => "day_before_start",
            Problem::CodeMissing => "code_missing",
            Problem::CodeUnknown => "code_unknown",
            Problem::CodeUsed => "code_used",
            Problem::CodeExpired => "code_expired",
            Problem::CodeForParents => "code_for_parents",
            Problem::CodeForProfessionals => "code_for_professionals",
            Problem::Email => "email",
            Problem::NotAChoice => "not_a_choice",
            Problem::LoginFailed => "login_failed",
            Problem::Throttled { .. } => "throttled",
            Problem::Wait { .. } => "wait",
            Problem::Busy => "busy",
            Problem::CommonPassword => "common_password",
            Problem::PasswordWrong => "password_wrong",
            Problem::PasswordMismatch => "password_mismatch",
            Problem::EmailTaken => "email_taken",
            Problem::NameTaken => "name_taken",
            Problem::LastAdmin => "last_admin",
            Problem::Unanswered => "unanswered",
            Problem::ContainsCpr => "contains_cpr",
            Problem::NotANumber => "not_a_number",
            Problem::TooMany { .. } => "too_many",
            Problem::WholeNumberFrom { .. } => "whole_number_from",
            Problem::ReceiptFormat => "receipt_format",
            Problem::ReceiptUnknown => "receipt_unknown",
            Problem::Phone => "phone",
            Problem::LooksLikeContact => "looks_like_contact",
            Problem::Date => "date",
            Problem::Time => "time",
            Problem::UnknownInstitution => "unknown_institution",
            Problem::CourseMismatch => "course_mismatch",
            Problem::CsvFormat => "csv_format",
            Problem::MissingColumn => "missing_column",
            Problem::DateOrder => "date_order",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::UnknownStep => "unknown_step",
            Problem::UnknownKind => "unknown_kind",
            Problem::DuplicateLine => "duplicate_line",
            Problem::WebAddress => "web_address",
            Problem::Negative => "negative",
            Problem::NotAFigure => "not_a_figure",
            Problem::NoYearInColumn => "no_year_in_column",
            Problem::UnknownAge => "unknown_age",
            Problem::UnknownPeriod => "unknown_period",
            Problem::OtherArea => "other_area",
        }
    }

    /// The values the message shows, by placeholder name.
    pub fn shown(&self) -> Vec<(&'static str, Shown)> {
        match self {
            Problem::TooLong { max } => vec![("max", Shown::Number(*max))],
            Problem::TooShort { min } => vec![("min", Shown::Number(*min))],
            Problem::CodeLength { found } => vec![("found", Shown::Number(*found))],
            Problem::CodeCharacter { found } => vec![("found", Shown::Character(*found))],
            Problem::Throttled { minutes } => vec![("minutes", Shown::Number(*minutes))],
            Problem::Wait { seconds } => vec![("seconds", Shown::Number(*seconds))],
            Problem::TooMany { max } => vec![("max", Shown::Number(*max))],
            Problem::WholeNumberFrom { min, max } => {
                vec![("min", Shown::Number(*min)), ("max", Shown::Number(*max))]
            }
            Problem::OutOfRange { min, max } => {
                vec![("min", Shown::Number(*min)), ("max", Shown::Number(*max))]
            }
            _ => Vec::new(),
        }
    }
}

impl std::fmt::Display for Problem {
    /// English wording for logs, machines and the command line; people see `i18n::problems`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Required => write!(f, "is required"),
            Problem::TooLong { max } => write!(f, "must be at most {max} characters"),
            Problem::TooShort { min } => write!(f, "must be at least {min} characters"),
            Problem::CodeLength { found } => {
                write!(f, "must have 10 characters, found {found}")
            }
            Problem::CodeCharacter { found } => {
                write!(f, "contains {found:?}, which codes never use")
            }
            Problem::CodeUnknown => write!(f, "is not a code we issued"),
            Problem::CodeUsed => write!(f, "has already been used"),
            Problem::CodeMissing => write!(f, "no code was entered"),
            Problem::DayInFuture => write!(f, "lies in the future"),
            Problem::DayBeforeStart => write!(f, "lies before the course started"),
            Problem::CodeExpired => write!(f, "has expired"),
            Problem::CodeForParents => write!(f, "is a parent's code"),
            Problem::CodeForProfessionals => write!(f, "is a professional's code"),
            Problem::Email => write!(f, "is not an e-mail address"),
            Problem::NotAChoice => write!(f, "is not one of the choices"),
            Problem::LoginFailed => write!(f, "or the password is wrong"),
            Problem::Throttled { minutes } => {
                write!(
                    f,
                    "has too many failed attempts; try again in {minutes} minutes"
                )
            }
            Problem::Wait { seconds } => {
                write!(f, "has had too many wrong attempts; wait {seconds} seconds")
            }
            Problem::Busy => write!(f, "could not be checked now; the server is busy"),
            Problem::CommonPassword => write!(f, "is one of the most common passwords"),
            Problem::PasswordWrong => write!(f, "is not the current password"),
            Problem::PasswordMismatch => write!(f, "differs from the new password"),
            Problem::EmailTaken => write!(f, "is used by another account"),
            Problem::NameTaken => write!(f, "is used by another institution"),
            Problem::LastAdmin => write!(f, "would leave no active administrator"),
            Problem::Unanswered => write!(f, "is not answered"),
            Problem::ContainsCpr => write!(f, "contains a CPR number"),
            Problem::NotANumber => write!(f, "is not a whole number"),
            Problem::TooMany { max } => write!(f, "must be at most {max}"),
            Problem::WholeNumberFrom { min, max } => {
                write!(f, "must be a whole number from {min} to {max}")
            }
            Problem::ReceiptFormat => write!(f, "must be sixteen digits"),
            Problem::ReceiptUnknown => write!(f, "is not a receipt we know"),
            Problem::Phone => write!(f, "is not a phone number"),
            Problem::LooksLikeContact => {
                write!(
                    f,
                    "holds an e-mail address or phone number; confirm to send"
                )
            }
            Problem::Date => write!(f, "is not a date (YYYY-MM-DD)"),
            Problem::Time => write!(f, "is not a time (HH:MM)"),
            Problem::UnknownInstitution => write!(f, "is not an institution in the register"),
            Problem::CourseMismatch => write!(f, "differs from the course's first line"),
            Problem::CsvFormat => write!(f, "is not readable CSV"),
            Problem::MissingColumn => write!(f, "is missing from the header"),
            Problem::DateOrder => write!(f, "lies before the course's start"),
            Problem::OutOfRange { min, max } => write!(f, "must be from {min} to {max}"),
            Problem::UnknownStep => write!(f, "is not a staircase step (import the steps first)"),
            Problem::UnknownKind => write!(f, "is not a kind of step (import the kinds first)"),
            Problem::DuplicateLine => write!(f, "repeats an earlier line"),
            Problem::WebAddress => write!(f, "is not a web address beginning with https://"),
            Problem::Negative => write!(f, "is below zero"),
            Problem::NotAFigure => write!(f, "is not a number"),
            Problem::NoYearInColumn => write!(f, "does not end in a year, as in march_2016"),
            Problem::UnknownAge => write!(f, "is not one year of age, as in 7 år"),
            Problem::UnknownPeriod => write!(f, "is not a year, quarter or month, as in 2024K1"),
            Problem::OtherArea => write!(f, "names another area than the first line"),
        }
    }
}

/// A [`Problem`] tied to the form field it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The `name` of the form field.
    pub field: String,
    /// What is wrong with it.
    pub problem: Problem,
}

impl FieldError {
    /// Ties `problem` to the field called `field`.
    pub fn new(field: &str, problem: Problem) -> Self {
        Self {
            field: field.to_owned(),
            problem,
        }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.field, self.problem)
    }
}

/// One problem in an imported file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportError {
    /// Line of the file, counting the header as line 1.
    pub line: u64,
    /// The column's name.
    pub column: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The outcome of an import, handed to the page that shows it.
#[derive(Debug, Clone)]
pub enum ImportOutcome {
    /// Stored; the page's message gets the two numbers as `{a}` and `{b}`.
    Stored(usize, usize),
    /// Refused, with every problem found; nothing was stored.
    Refused(Vec<ImportError>),
}
