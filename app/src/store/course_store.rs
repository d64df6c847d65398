//! Storage of FI courses and meetings, and the counts behind the activity figures.

use chrono::{Datelike as _, NaiveDate};
use sqlx::{Any, AnyConnection, Executor};

use super::Database;
use crate::domain::{
    course::{
        Course, CourseFilter, CourseOutcome, CourseRef, CourseStatus, MeetingForm, MeetingRow,
        NewCourse, Participant, YearActivity,
    },
    course_import::ImportedCourse,
    district::Districts,
    sparring::{AgeBand, Theme},
    Area,
};

/// Why a course could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    /// The institution does not exist.
    #[error("no such institution")]
    NoInstitution,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Registers a course and gives it the year's next reference.
pub async fn create(
    tx: &mut AnyConnection,
    course: &NewCourse,
) -> Result<(i64, CourseRef), CourseError> {
    let area: Option<String> = sqlx::query_scalar("SELECT area FROM institutions WHERE id = $1")
        .bind(course.institution_id)
        .fetch_optional(&mut *tx)
        .await?;
    let area = area.ok_or(CourseError::NoInstitution)?;
    let year = course.started_on.year();
    // Numbering inside the write transaction: SQLite holds the write lock, and PostgreSQL's
    // unique (year, seq) refuses a duplicate from a simultaneous registration.
    let seq: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM courses WHERE year = $1")
            .bind(i64::from(year))
            .fetch_one(&mut *tx)
            .await?;
    let reference = CourseRef::new(year, seq);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO courses (reference, year, seq, institution_id, area, age_band, started_on, \
         parents_take_part, note, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open') RETURNING id",
    )
    .bind(reference.as_str())
    .bind(i64::from(year))
    .bind(seq)
    .bind(course.institution_id)
    .bind(area)
    .bind(course.age_band.as_str())
    .bind(day(course.started_on))
    .bind(i64::from(course.parents_take_part))
    .bind(course.note.as_ref().map(|n| n.as_str().to_owned()))
    .fetch_one(&mut *tx)
    .await?;
    for theme in &course.themes {
        sqlx::query("INSERT INTO course_themes (course_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.as_str())
            .execute(&mut *tx)
            .await?;
    }
    Ok((id, reference))
}

/// Why a meeting could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingRefusal {
    /// The course already has five meetings.
    Full,
    /// The course is closed (or does not exist).
    Closed,
}

/// Adds a meeting, unless the course is closed or already has [`crate::domain::course::MAX_MEETINGS`].
pub async fn add_meeting(
    tx: &mut AnyConnection,
    course_id: i64,
    held_on: NaiveDate,
    form: MeetingForm,
    participants: &[Participant],
) -> Result<Result<i64, MeetingRefusal>, sqlx::Error> {
    let raised = sqlx::query(
        "UPDATE courses SET meeting_count = meeting_count + 1 \
         WHERE id = $1 AND status = 'open' AND meeting_count < 5",
    )
    .bind(course_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if raised == 0 {
        let status: Option<String> = sqlx::query_scalar("SELECT status FROM courses WHERE id = $1")
            .bind(course_id)
            .fetch_optional(&mut *tx)
            .await?;
        return Ok(Err(match status.as_deref() {
            Some("open") => MeetingRefusal::Full,
            _ => MeetingRefusal::Closed,
        }));
    }
    let meeting_id: i64 = sqlx::query_scalar(
        "INSERT INTO meetings (course_id, held_on, form, area) \
         SELECT $1, $2, $3, area FROM courses WHERE id = $1 RETURNING id",
    )
    .bind(course_id)
    .bind(day(held_on))
    .bind(form.as_str())
    .fetch_one(&mut *tx)
    .await?;
    add_participants(tx, meeting_id, participants).await?;
    Ok(Ok(meeting_id))
}

async fn add_participants(
    tx: &mut AnyConnection,
    meeting_id: i64,
    participants: &[Participant],
) -> Result<(), sqlx::Error> {
    for participant in participants {
        sqlx::query("INSERT INTO meeting_participants (meeting_id, participant) VALUES ($1, $2)")
            .bind(meeting_id)
            .bind(participant.as_str())
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// The day of the meeting `meeting_id` of the course `course_id`, if that course is open.
async fn open_meeting_day(
    tx: &mut AnyConnection,
    course_id: i64,
    meeting_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT m.held_on FROM meetings m JOIN courses c ON c.id = m.course_id \
         WHERE m.id = $1 AND c.id = $2 AND c.status = 'open'",
    )
    .bind(meeting_id)
    .bind(course_id)
    .fetch_optional(&mut *tx)
    .await
}

/// Closes a course with its end date and outcome; false if it was not open.
pub async fn close(
    tx: &mut AnyConnection,
    id: i64,
    ended_on: NaiveDate,
    outcome: CourseOutcome,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE courses SET status = 'closed', ended_on = $2, outcome = $3 WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(day(ended_on))
    .bind(outcome.as_str())
    .execute(&mut *tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Deletes meeting `meeting_id` of the open course `course_id` (a meeting registered by
/// mistake); its day if it was deleted, `None` if there is no such meeting or the course is
/// closed.
pub async fn delete_meeting(
    tx: &mut AnyConnection,
    course_id: i64,
    meeting_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let held_on = open_meeting_day(tx, course_id, meeting_id).await?;
    if held_on.is_none() {
        return Ok(None);
    }
    sqlx::query("DELETE FROM meeting_participants WHERE meeting_id = $1")
        .bind(meeting_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM meetings WHERE id = $1")
        .bind(meeting_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE courses SET meeting_count = meeting_count - 1 WHERE id = $1")
        .bind(course_id)
        .execute(&mut *tx)
        .await?;
    Ok(held_on)
}

/// Corrects a meeting of an open course in place: its day, form and participants. The day it
/// had, or `None` when there is no such meeting of an open course `course_id`.
pub async fn change_meeting(
    tx: &mut AnyConnection,
    course_id: i64,
    meeting_id: i64,
    held_on: NaiveDate,
    form: MeetingForm,
    participants: &[Participant],
) -> Result<Option<String>, sqlx::Error> {
    let before = open_meeting_day(tx, course_id, meeting_id).await?;
    if before.is_none() {
        return Ok(None);
    }
    sqlx::query("UPDATE meetings SET held_on = $1, form = $2 WHERE id = $3")
        .bind(day(held_on))
        .bind(form.as_str())
        .bind(meeting_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM meeting_participants WHERE meeting_id = $1")
        .bind(meeting_id)
        .execute(&mut *tx)
        .await?;
    add_participants(tx, meeting_id, participants).await?;
    Ok(before)
}

/// Opens a closed course again (closed by mistake, or too early): its end and outcome go;
/// false if it was not closed.
pub async fn reopen(tx: &mut AnyConnection, id: i64) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE courses SET status = 'open', ended_on = NULL, outcome = NULL \
         WHERE id = $1 AND status = 'closed'",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records that the parents' card was printed (never which code it carried); false if it was
/// already.
pub async fn mark_card_issued(tx: &mut AnyConnection, id: i64) -> Result<bool, sqlx::Error> {
    let result =
        sqlx::query("UPDATE courses SET card_issued = 1 WHERE id = $1 AND card_issued = 0")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    Ok(result.rows_affected() == 1)
}

/// Counts `count` more professionals' codes issued for the closed course `id`, as long as
/// they stay within the professional roles registered on its meetings (checked in the same
/// statement, so two simultaneous orders cannot pass it together); false otherwise.
pub async fn add_professional_cards(
    tx: &mut AnyConnection,
    id: i64,
    count: u32,
) -> Result<bool, sqlx::Error> {
    let roles = Participant::PROFESSIONALS
        .iter()
        .map(|p| format!("'{}'", p.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let result = sqlx::query(&format!(
        "UPDATE courses SET professional_cards = professional_cards + $2 \
         WHERE id = $1 AND status = 'closed' AND professional_cards + $2 <= ( \
           SELECT COUNT(DISTINCT p.participant) FROM meeting_participants p \
           JOIN meetings m ON m.id = p.meeting_id \
           WHERE m.course_id = $1 AND p.participant IN ({roles}))"
    ))
    .bind(id)
    .bind(i64::from(count))
    .execute(&mut *tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

fn bad(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("unexpected {what} in courses").into())
}

type CourseDbRow = (
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    i64,
);

const COURSE_COLUMNS: &str =
    "c.id, c.reference, c.institution_id, i.name, c.area, c.age_band, c.started_on, \
    c.parents_take_part, c.note, c.status, c.ended_on, c.outcome, c.card_issued, c.meeting_count, \
    c.professional_cards";

fn decode(row: CourseDbRow) -> Result<Course, sqlx::Error> {
    let (
        id,
        reference,
        institution_id,
        institution,
        area,
        age_band,
        started_on,
        parents,
        note,
        status,
        ended_on,
        outcome,
        card,
        meeting_count,
        professional_cards,
    ) = row;
    Ok(Course {
        id,
        reference,
        institution_id,
        institution,
        area: Area::parse(&area).map_err(|_| bad("area"))?,
        age_band: AgeBand::parse(&age_band).map_err(|_| bad("age band"))?,
        started_on,
        parents_take_part: parents != 0,
        note,
        status: CourseStatus::parse(&status).map_err(|_| bad("status"))?,
        ended_on,
        outcome: outcome
            .as_deref()
            .map(CourseOutcome::parse)
            .transpose()
            .map_err(|_| bad("outcome"))?,
        card_issued: card != 0,
        meeting_count: u8::try_from(meeting_count).map_err(|_| bad("meeting count"))?,
        professional_cards: u32::try_from(professional_cards)
            .map_err(|_| bad("professional cards"))?,
        themes: Vec::new(),
        meetings: Vec::new(),
    })
}

/// One course with its themes and meetings.
pub async fn get(db: &Database, id: i64) -> Result<Option<Course>, sqlx::Error> {
    let row: Option<CourseDbRow> = sqlx::query_as(&format!(
        "SELECT {COURSE_COLUMNS} FROM courses c JOIN institutions i ON i.id = c.institution_id WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let mut course = decode(row)?;
    let themes: Vec<String> =
        sqlx::query_scalar("SELECT theme FROM course_themes WHERE course_id = $1 ORDER BY theme")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    course.themes = themes.iter().filter_map(|t| Theme::parse(t).ok()).collect();
    let meetings: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, held_on, form FROM meetings WHERE course_id = $1 ORDER BY held_on, id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    for (meeting_id, held_on, form) in meetings {
        let participants: Vec<String> = sqlx::query_scalar(
            "SELECT participant FROM meeting_participants WHERE meeting_id = $1 ORDER BY participant",
        )
        .bind(meeting_id)
        .fetch_all(db.pool())
        .await?;
        course.meetings.push(MeetingRow {
            id: meeting_id,
            held_on,
            form: MeetingForm::parse(&form).map_err(|_| bad("meeting form"))?,
            participants: participants
                .iter()
                .filter_map(|p| Participant::parse(p).ok())
                .collect(),
        });
    }
    Ok(Some(course))
}

/// Courses (without meetings), open first, newest first; at most 500.
pub async fn list(db: &Database, filter: &CourseFilter) -> Result<Vec<Course>, sqlx::Error> {
    let rows: Vec<CourseDbRow> = sqlx::query_as(&format!(
        "SELECT {COURSE_COLUMNS} FROM courses c JOIN institutions i ON i.id = c.institution_id \
         WHERE ($1 = '' OR c.status = $1) AND ($2 = '' OR CAST(c.institution_id AS TEXT) = $2) \
         AND ($3 = '' OR UPPER(c.reference) LIKE '%' || UPPER($3) || '%') \
         ORDER BY CASE WHEN c.status = 'open' THEN 0 ELSE 1 END, c.started_on DESC, c.id DESC LIMIT 500"
    ))
    .bind(filter.status.map_or("", CourseStatus::as_str))
    .bind(filter.institution.map(|i| i.to_string()).unwrap_or_default())
    .bind(filter.reference.trim())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(decode).collect()
}

/// The days a figure covers, both included, and the area (all when `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    pub area: Option<Area>,
}

fn scope_binds(scope: &Scope) -> (String, String, &'static str) {
    (
        day(scope.from),
        day(scope.to),
        scope.area.map_or("", Area::as_str),
    )
}

/// Children reached: courses started within the scope (one course is one child).
pub async fn children_reached<'e>(
    db: impl Executor<'e, Database = Any>,
    scope: &Scope,
) -> Result<u64, sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM courses WHERE started_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3)",
    )
    .bind(from)
    .bind(to)
    .bind(area)
    .fetch_one(db)
    .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// How many closed courses ended within the scope with 0, 1, … 5 meetings.
pub async fn meetings_per_course<'e>(
    db: impl Executor<'e, Database = Any>,
    scope: &Scope,
) -> Result<[u64; 6], sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT meeting_count, COUNT(*) FROM courses WHERE status = 'closed' \
         AND ended_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3) GROUP BY meeting_count",
    )
    .bind(from)
    .bind(to)
    .bind(area)
    .fetch_all(db)
    .await?;
    let mut out = [0u64; 6];
    for (meetings, n) in rows {
        if let Some(slot) = usize::try_from(meetings).ok().and_then(|m| out.get_mut(m)) {
            *slot = u64::try_from(n).unwrap_or(0);
        }
    }
    Ok(out)
}

/// Meetings held within the scope, by form: `[with parents, anonymous]`.
pub async fn meetings_by_form<'e>(
    db: impl Executor<'e, Database = Any>,
    scope: &Scope,
) -> Result<[u64; 2], sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT form, COUNT(*) FROM meetings \
         WHERE held_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3) GROUP BY form",
    )
    .bind(from)
    .bind(to)
    .bind(area)
    .fetch_all(db)
    .await?;
    let count = |form: MeetingForm| {
        rows.iter()
            .filter(|(f, _)| f == form.as_str())
            .map(|(_, n)| u64::try_from(*n).unwrap_or(0))
            .sum()
    };
    Ok([
        count(MeetingForm::WithParents),
        count(MeetingForm::Anonymous),
    ])
}

/// Courses that ended within the scope, by outcome, in [`CourseOutcome::ALL`]'s order.
pub async fn outcomes<'e>(
    db: impl Executor<'e, Database = Any>,
    scope: &Scope,
) -> Result<Vec<u64>, sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT outcome, COUNT(*) FROM courses WHERE status = 'closed' \
         AND ended_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3) GROUP BY outcome",
    )
    .bind(from)
    .bind(to)
    .bind(area)
    .fetch_all(db)
    .await?;
    Ok(CourseOutcome::ALL
        .iter()
        .map(|o| {
            rows.iter()
                .filter(|(v, _)| v == o.as_str())
                .map(|(_, n)| u64::try_from(*n).unwrap_or(0))
                .sum()
        })
        .collect())
}

/// The course register within the scope per district of the course's institution, counted
/// as the page's own totals are (the same conditions, with the institution joined): courses
/// started, meetings by form and closed courses by outcome, each a row per district of
/// `districts`.
pub async fn by_district(
    db: &Database,
    scope: &Scope,
    districts: &Districts,
) -> Result<(Vec<u64>, Vec<[u64; 2]>, Vec<Vec<u64>>), sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let n = districts.len();
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    let started: Vec<(String, i64)> = sqlx::query_as(
        "SELECT i.district, COUNT(*) FROM courses c JOIN institutions i ON i.id = c.institution_id \
         WHERE c.started_on BETWEEN $1 AND $2 AND ($3 = '' OR c.area = $3) GROUP BY i.district",
    )
    .bind(&from)
    .bind(&to)
    .bind(area)
    .fetch_all(db.pool())
    .await?;
    let meetings: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT i.district, m.form, COUNT(*) FROM meetings m \
         JOIN courses c ON c.id = m.course_id JOIN institutions i ON i.id = c.institution_id \
         WHERE m.held_on BETWEEN $1 AND $2 AND ($3 = '' OR m.area = $3) GROUP BY i.district, m.form",
    )
    .bind(&from)
    .bind(&to)
    .bind(area)
    .fetch_all(db.pool())
    .await?;
    let outcomes: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT i.district, c.outcome, COUNT(*) FROM courses c JOIN institutions i ON i.id = c.institution_id \
         WHERE c.status = 'closed' AND c.ended_on BETWEEN $1 AND $2 AND ($3 = '' OR c.area = $3) \
         GROUP BY i.district, c.outcome",
    )
    .bind(&from)
    .bind(&to)
    .bind(area)
    .fetch_all(db.pool())
    .await?;
    let mut by_started = vec![0; n];
    for (district, c) in started {
        by_started[districts.index(&district)] += count(c);
    }
    let mut by_meetings = vec![[0, 0]; n];
    for (district, form, c) in meetings {
        let slot = usize::from(form == MeetingForm::Anonymous.as_str());
        by_meetings[districts.index(&district)][slot] += count(c);
    }
    let mut by_outcome = vec![vec![0; CourseOutcome::ALL.len()]; n];
    for (district, outcome, c) in outcomes {
        if let Some(o) = CourseOutcome::ALL
            .iter()
            .position(|o| o.as_str() == outcome)
        {
            by_outcome[districts.index(&district)][o] += count(c);
        }
    }
    Ok((by_started, by_meetings, by_outcome))
}

/// The activity of each year within the scope that has any, oldest first: two grouped
/// queries, however many years.
pub async fn activity_by_year(
    db: &Database,
    scope: &Scope,
) -> Result<Vec<YearActivity>, sqlx::Error> {
    let (from, to, area) = scope_binds(scope);
    let started: Vec<(String, i64)> = sqlx::query_as(
        "SELECT substr(started_on, 1, 4), COUNT(*) FROM courses \
         WHERE started_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3) GROUP BY substr(started_on, 1, 4)",
    )
    .bind(&from)
    .bind(&to)
    .bind(area)
    .fetch_all(db.pool())
    .await?;
    let meetings: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT substr(held_on, 1, 4), form, COUNT(*) FROM meetings \
         WHERE held_on BETWEEN $1 AND $2 AND ($3 = '' OR area = $3) GROUP BY substr(held_on, 1, 4), form",
    )
    .bind(&from)
    .bind(&to)
    .bind(area)
    .fetch_all(db.pool())
    .await?;
    let mut years: Vec<YearActivity> = Vec::new();
    let mut entry = |year: &str| -> Option<usize> {
        let year: i32 = year.parse().ok()?;
        Some(match years.iter().position(|y| y.year == year) {
            Some(i) => i,
            None => {
                years.push(YearActivity {
                    year,
                    started: 0,
                    meetings: [0, 0],
                });
                years.len() - 1
            }
        })
    };
    let mut started_counts = Vec::new();
    for (year, n) in started {
        if let Some(i) = entry(&year) {
            started_counts.push((i, n));
        }
    }
    let mut meeting_counts = Vec::new();
    for (year, form, n) in meetings {
        if let Some(i) = entry(&year) {
            meeting_counts.push((i, form, n));
        }
    }
    for (i, n) in started_counts {
        years[i].started = u64::try_from(n).unwrap_or(0);
    }
    for (i, form, n) in meeting_counts {
        let slot = usize::from(form == MeetingForm::Anonymous.as_str());
        years[i].meetings[slot] += u64::try_from(n).unwrap_or(0);
    }
    years.sort_by_key(|y| y.year);
    Ok(years)
}

/// Stores imported courses in the caller's transaction (with its audit entry): all of them, or
/// (on any failure) none.
pub async fn store_imported(
    tx: &mut sqlx::AnyConnection,
    courses: &[ImportedCourse],
) -> Result<(usize, usize), sqlx::Error> {
    let mut meetings = 0;
    for imported in courses {
        let (id, _) = create(tx, &imported.course).await.map_err(|e| match e {
            CourseError::Database(e) => e,
            CourseError::NoInstitution => sqlx::Error::RowNotFound,
        })?;
        for meeting in &imported.meetings {
            add_meeting(tx, id, meeting.held_on, meeting.form, &meeting.participants)
                .await?
                .map_err(|_| sqlx::Error::Protocol("meeting refused during import".into()))?;
            meetings += 1;
        }
        if let Some(closing) = imported.ended {
            close(tx, id, closing.ended_on, closing.outcome).await?;
        }
    }
    Ok((courses.len(), meetings))
}
