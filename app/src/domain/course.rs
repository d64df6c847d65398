//! FI courses and their meetings: the team's register, which names no child.

#[cfg(feature = "ssr")]
use super::{
    form::{flag, ticked, Fields, Problems},
    Comment, FieldError, Problem,
};
use super::{
    sparring::{AgeBand, Theme},
    Area,
};
use crate::choice;

/// Most meetings a course may have.
pub const MAX_MEETINGS: usize = 5;

choice! {
    /// How a meeting was held.
    pub enum MeetingForm {
        WithParents => "with_parents",
        /// An anonymous discussion (the parents did not take part).
        Anonymous => "anonymous",
    }
}

choice! {
    /// Who took part in a meeting.
    pub enum Participant {
        Paedagog => "paedagog",
        Dagplejer => "dagplejer",
        Laerer => "laerer",
        Leder => "leder",
        Socialraadgiver => "socialraadgiver",
        Psykolog => "psykolog",
        Sundhedsplejerske => "sundhedsplejerske",
        Foraelder => "foraelder",
        Andre => "andre",
    }
}

impl Participant {
    /// The professionals around the child, who may evaluate the course: not the FI team
    /// (social worker, psychologist), the parents, or "others".
    pub const PROFESSIONALS: [Participant; 5] = [
        Participant::Paedagog,
        Participant::Dagplejer,
        Participant::Laerer,
        Participant::Leder,
        Participant::Sundhedsplejerske,
    ];
}

impl Course {
    /// How many professionals took part, as the register can tell: the professional roles
    /// registered on its meetings, each once (a role at two meetings is most often one person).
    pub fn professionals(&self) -> u32 {
        let roles: std::collections::BTreeSet<Participant> = self
            .meetings
            .iter()
            .flat_map(|m| m.participants.iter().copied())
            .filter(|p| Participant::PROFESSIONALS.contains(p))
            .collect();
        roles.len() as u32
    }

    /// The professionals' codes that may still be issued: only once the course is closed.
    pub fn professional_cards_left(&self) -> u32 {
        if self.status == CourseStatus::Closed {
            self.professionals().saturating_sub(self.professional_cards)
        } else {
            0
        }
    }
}

choice! {
    /// How a course ended.
    pub enum CourseOutcome {
        /// Resolved inside FI.
        ResolvedInFi => "resolved",
        /// Moved on to a child-welfare case (børnesag).
        ChildWelfareCase => "child_welfare",
        /// Referred to PPR.
        ReferredPpr => "ppr",
        /// Something else.
        Other => "other",
    }
}

choice! {
    /// Where a course stands.
    pub enum CourseStatus {
        /// Meetings are still being held.
        Open => "open",
        /// Closed with an outcome.
        Closed => "closed",
    }
}

/// The system's pseudonymous reference of a course: `FI-2026-0042`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRef(String);

impl CourseRef {
    /// The reference for the `seq`th course of `year`.
    pub fn new(year: i32, seq: i64) -> Self {
        Self(format!("FI-{year}-{seq:04}"))
    }

    /// The reference as shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A date as forms send it (`YYYY-MM-DD`). Only the server parses dates.
#[cfg(feature = "ssr")]
pub fn parse_date(input: &str) -> Result<chrono::NaiveDate, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Problem::Required);
    }
    chrono::NaiveDate::parse_from_str(input, "%Y-%m-%d").map_err(|_| Problem::Date)
}

/// A day of the course's life: not in the future, and not before `start` when the course has
/// one (a meeting, an end).
#[cfg(feature = "ssr")]
pub fn course_day(
    input: &str,
    start: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, Problem> {
    let day = parse_date(input)?;
    if day > today {
        Err(Problem::DayInFuture)
    } else if start.is_some_and(|start| day < start) {
        Err(Problem::DayBeforeStart)
    } else {
        Ok(day)
    }
}

/// A meeting as shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRow {
    pub id: i64,
    /// Day.
    pub held_on: String,
    pub form: MeetingForm,
    /// Who took part.
    pub participants: Vec<Participant>,
}

/// A course as the team sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Course {
    pub id: i64,
    pub reference: String,
    pub institution_id: i64,
    /// Institution name.
    pub institution: String,
    pub area: Area,
    pub age_band: AgeBand,
    /// First day.
    pub started_on: String,
    /// Whether the parents take part.
    pub parents_take_part: bool,
    pub note: Option<String>,
    pub status: CourseStatus,
    /// Last day.
    pub ended_on: Option<String>,
    pub outcome: Option<CourseOutcome>,
    /// Whether the parents' card was printed.
    pub card_issued: bool,
    /// How many meetings it has had.
    pub meeting_count: u8,
    /// The professionals' evaluation codes issued for it so far.
    pub professional_cards: u32,
    pub themes: Vec<Theme>,
    /// Meetings, oldest first.
    pub meetings: Vec<MeetingRow>,
}

/// The list's filters; empty ones do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CourseFilter {
    pub status: Option<CourseStatus>,
    pub institution: Option<i64>,
    /// Part of the reference.
    pub reference: String,
}

/// A course to register, as the new-course form (`/team/forloeb/nyt`) gives it.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct NewCourse {
    /// Institution.
    pub institution_id: i64,
    /// The child's age band.
    pub age_band: AgeBand,
    /// First day.
    pub started_on: chrono::NaiveDate,
    pub themes: Vec<Theme>,
    /// Whether the parents take part.
    pub parents_take_part: bool,
    /// Optional note.
    pub note: Option<Comment>,
}

#[cfg(feature = "ssr")]
impl NewCourse {
    /// Reads the new-course form (a course starts today at the latest); every problem is
    /// reported.
    pub fn parse(
        form: &(impl Fields + ?Sized),
        today: chrono::NaiveDate,
    ) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let institution_id = problems.check(
            "institution",
            form.get("institution")
                .parse::<i64>()
                .map_err(|_| Problem::Unanswered),
        );
        let age_band = problems.check("age_band", AgeBand::parse(form.get("age_band")));
        let started_on = problems.check(
            "started_on",
            course_day(form.get("started_on"), None, today),
        );
        let themes = problems.check("themes", ticked(form.all("themes"), Theme::parse));
        let parents_take_part = problems.check(
            "parents_take_part",
            flag(form.get("parents_take_part")).ok_or(Problem::Unanswered),
        );
        let note = problems.check("note", Comment::parse(form.get("note")));
        problems.finish(|| {
            Some(Self {
                institution_id: institution_id?,
                age_band: age_band?,
                started_on: started_on?,
                themes: themes?,
                parents_take_part: parents_take_part?,
                note: note?,
            })
        })
    }
}

/// A meeting to register on a course (`/team/forloeb/{id}/moede`).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub held_on: chrono::NaiveDate,
    pub form: MeetingForm,
    /// At least one.
    pub participants: Vec<Participant>,
}

#[cfg(feature = "ssr")]
impl NewMeeting {
    /// Reads the meeting form of a course that started on `started_on` (a meeting lies between
    /// that day and today); every problem is reported.
    pub fn parse(
        form: &(impl Fields + ?Sized),
        started_on: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let held_on = problems.check(
            "held_on",
            course_day(form.get("held_on"), Some(started_on), today),
        );
        let meeting_form = problems.check("form", MeetingForm::parse(form.get("form")));
        let participants = problems.check(
            "participants",
            ticked(form.all("participants"), Participant::parse).and_then(|p| {
                if p.is_empty() {
                    Err(Problem::Unanswered)
                } else {
                    Ok(p)
                }
            }),
        );
        problems.finish(|| {
            Some(Self {
                held_on: held_on?,
                form: meeting_form?,
                participants: participants?,
            })
        })
    }
}

/// How a course ends (`/team/forloeb/{id}/afslut`).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseClosing {
    pub ended_on: chrono::NaiveDate,
    pub outcome: CourseOutcome,
}

#[cfg(feature = "ssr")]
impl CourseClosing {
    /// Reads the closing form of a course that started on `started_on` (it ends between that
    /// day and today); every problem is reported.
    pub fn parse(
        form: &(impl Fields + ?Sized),
        started_on: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let ended_on = problems.check(
            "ended_on",
            course_day(form.get("ended_on"), Some(started_on), today),
        );
        let outcome = problems.check("outcome", CourseOutcome::parse(form.get("outcome")));
        problems.finish(|| {
            Some(Self {
                ended_on: ended_on?,
                outcome: outcome?,
            })
        })
    }
}

/// One year's activity: children reached (courses started) and meetings `[with parents,
/// anonymous]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearActivity {
    pub year: i32,
    /// Courses started.
    pub started: u64,
    /// Meetings held, by form.
    pub meetings: [u64; 2],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_numbered_per_year() {
        assert_eq!(CourseRef::new(2026, 42).as_str(), "FI-2026-0042");
        assert_eq!(CourseRef::new(2019, 1).as_str(), "FI-2019-0001");
    }

    #[test]
    fn dates_are_read_as_forms_send_them() {
        assert_eq!(parse_date("2026-02-29"), Err(Problem::Date));
        assert_eq!(parse_date(""), Err(Problem::Required));
        assert!(parse_date("2024-02-29").is_ok());
    }
}
