//! Reading a municipality's earlier registrations from CSV: every line checked, every problem
//! reported with its line and column, and nothing stored unless the whole file is sound.

use std::collections::HashMap;

use super::{
    course::{
        parse_date, CourseClosing, CourseOutcome, MeetingForm, NewCourse, NewMeeting, Participant,
        MAX_MEETINGS,
    },
    sparring::{AgeBand, Theme},
    ImportError, Problem,
};

/// The columns, in the documented order (the file may order them as it likes).
pub const COLUMNS: [&str; 11] = [
    "course",
    "institution",
    "age_band",
    "started_on",
    "themes",
    "parents_take_part",
    "ended_on",
    "outcome",
    "meeting_on",
    "meeting_form",
    "participants",
];

/// A course read from the file, with its meetings and how it ended.
#[derive(Debug, Clone)]
pub struct ImportedCourse {
    /// The course itself.
    pub course: NewCourse,
    pub meetings: Vec<NewMeeting>,
    /// End date and outcome, for a closed course.
    pub ended: Option<CourseClosing>,
    /// The course's own columns, to compare its other lines with.
    key_columns: Vec<String>,
}

fn list<T>(value: &str, parse: impl Fn(&str) -> Result<T, Problem>) -> Result<Vec<T>, Problem> {
    value
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(parse)
        .collect()
}

fn yes_no(value: &str) -> Result<bool, Problem> {
    match value.trim().to_lowercase().as_str() {
        "ja" | "yes" | "1" => Ok(true),
        "nej" | "no" | "0" => Ok(false),
        "" => Err(Problem::Required),
        _ => Err(Problem::NotAChoice),
    }
}

/// Reads `bytes` as the import format. `institutions` maps names (as in the register) to ids.
pub fn parse(
    bytes: &[u8],
    institutions: &HashMap<String, i64>,
) -> Result<Vec<ImportedCourse>, Vec<ImportError>> {
    let index = super::csv_input::columns(bytes, &COLUMNS)?;
    let (lines, mut errors) = super::csv_input::lines(bytes, &index);
    let mut courses: Vec<(String, ImportedCourse)> = Vec::new();
    for record in &lines {
        let line = record.number;
        let error = |line: u64, column: &str, problem: Problem| ImportError {
            line,
            column: column.to_owned(),
            problem,
        };
        let get = |column: &str| record.get(column);
        let mut line_errors = Vec::new();
        let mut check = |column: &str, result: Result<(), Problem>| {
            if let Err(problem) = result {
                line_errors.push(error(line, column, problem));
            }
        };
        let key = get("course").to_owned();
        check(
            "course",
            if key.is_empty() {
                Err(Problem::Required)
            } else {
                Ok(())
            },
        );
        let institution = institutions.get(get("institution")).copied();
        check(
            "institution",
            institution
                .map(|_| ())
                .ok_or(if get("institution").is_empty() {
                    Problem::Required
                } else {
                    Problem::UnknownInstitution
                }),
        );
        let age_band = AgeBand::parse(get("age_band"));
        check("age_band", age_band.map(|_| ()));
        let started_on = parse_date(get("started_on"));
        check("started_on", started_on.map(|_| ()));
        let themes = list(get("themes"), Theme::parse);
        check("themes", themes.as_ref().map(|_| ()).map_err(|p| *p));
        let parents = yes_no(get("parents_take_part"));
        check("parents_take_part", parents.map(|_| ()));
        let ended = match (get("ended_on"), get("outcome")) {
            ("", "") => Ok(None),
            (on, outcome) => {
                let on = parse_date(on);
                let outcome = CourseOutcome::parse(outcome);
                check("ended_on", on.map(|_| ()));
                check("outcome", outcome.map(|_| ()));
                match (on, outcome) {
                    (Ok(ended_on), Ok(outcome)) => Ok(Some(CourseClosing { ended_on, outcome })),
                    _ => Err(()),
                }
            }
        };
        let meeting = match (get("meeting_on"), get("meeting_form")) {
            ("", "") if get("participants").is_empty() => Ok(None),
            (on, form) => {
                let on = parse_date(on);
                let form = MeetingForm::parse(form);
                let participants = list(get("participants"), Participant::parse);
                check("meeting_on", on.map(|_| ()));
                check("meeting_form", form.map(|_| ()));
                check(
                    "participants",
                    participants.as_ref().map(|_| ()).map_err(|p| *p),
                );
                match (on, form, participants) {
                    (Ok(held_on), Ok(form), Ok(participants)) => Ok(Some(NewMeeting {
                        held_on,
                        form,
                        participants,
                    })),
                    _ => Err(()),
                }
            }
        };
        if let (Ok(start), Ok(Some(closing))) = (&started_on, &ended) {
            if closing.ended_on < *start {
                line_errors.push(error(line, "ended_on", Problem::DateOrder));
            }
        }
        if let (Ok(start), Ok(Some(meeting))) = (&started_on, &meeting) {
            if meeting.held_on < *start {
                line_errors.push(error(line, "meeting_on", Problem::DateOrder));
            }
        }
        if !line_errors.is_empty() {
            errors.extend(line_errors);
            continue;
        }
        let (
            Some(institution_id),
            Ok(age_band),
            Ok(started_on),
            Ok(themes),
            Ok(parents_take_part),
            Ok(ended),
            Ok(meeting),
        ) = (
            institution,
            age_band,
            started_on,
            themes,
            parents,
            ended,
            meeting,
        )
        else {
            continue;
        };
        let key_columns: Vec<String> = [
            "institution",
            "age_band",
            "started_on",
            "themes",
            "parents_take_part",
            "ended_on",
            "outcome",
        ]
        .iter()
        .map(|c| get(c).to_owned())
        .collect();
        match courses.iter_mut().find(|(k, _)| *k == key) {
            Some((_, course)) => {
                if course.key_columns != key_columns {
                    errors.push(error(line, "course", Problem::CourseMismatch));
                    continue;
                }
                if let Some(meeting) = meeting {
                    if course.meetings.len() >= MAX_MEETINGS {
                        errors.push(error(
                            line,
                            "meeting_on",
                            Problem::TooMany {
                                max: MAX_MEETINGS as u32,
                            },
                        ));
                        continue;
                    }
                    course.meetings.push(meeting);
                }
            }
            None => courses.push((
                key,
                ImportedCourse {
                    course: NewCourse {
                        institution_id,
                        age_band,
                        started_on,
                        themes,
                        parents_take_part,
                        note: None,
                    },
                    meetings: meeting.into_iter().collect(),
                    ended,
                    key_columns,
                },
            )),
        }
    }
    if errors.is_empty() {
        Ok(courses.into_iter().map(|(_, course)| course).collect())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> HashMap<String, i64> {
        HashMap::from([("Bakkeskolen".to_owned(), 1), ("Solsikken".to_owned(), 2)])
    }

    const HEADER: &str = "course,institution,age_band,started_on,themes,parents_take_part,ended_on,outcome,meeting_on,meeting_form,participants\n";

    #[test]
    fn lines_of_one_course_become_one_course_with_its_meetings() {
        let file = format!(
            "{HEADER}A,Bakkeskolen,6-9,2024-01-10,trivsel;fravaer,ja,2024-03-01,resolved,2024-01-15,with_parents,laerer;foraelder;psykolog\n\
             A,Bakkeskolen,6-9,2024-01-10,trivsel;fravaer,ja,2024-03-01,resolved,2024-02-10,anonymous,laerer\n\
             B,Solsikken,3-5,2024-05-01,sprog,nej,,,,,\n"
        );
        let courses = parse(file.as_bytes(), &places()).expect("sound file");
        assert_eq!(courses.len(), 2);
        assert_eq!(courses[0].meetings.len(), 2);
        assert_eq!(courses[0].meetings[1].form, MeetingForm::Anonymous);
        assert_eq!(
            courses[0].ended.map(|c| c.outcome),
            Some(CourseOutcome::ResolvedInFi)
        );
        assert!(courses[1].meetings.is_empty() && courses[1].ended.is_none());
    }

    #[test]
    fn every_problem_is_reported_with_its_line_and_column() {
        let file = format!(
            "{HEADER}A,Bakkeskolen,6-9,2024-01-10,trivsel,ja,,,2024-01-15,with_parents,laerer\n\
             B,Ukendt skole,7-9,2024-13-01,trivsel,måske,,,,,\n\
             A,Bakkeskolen,3-5,2024-01-10,trivsel,ja,,,2024-01-20,anonymous,laerer\n"
        );
        let errors = parse(file.as_bytes(), &places()).expect_err("bad lines");
        let found: Vec<(u64, &str, Problem)> = errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                (3, "institution", Problem::UnknownInstitution),
                (3, "age_band", Problem::NotAChoice),
                (3, "started_on", Problem::Date),
                (3, "parents_take_part", Problem::NotAChoice),
                (4, "course", Problem::CourseMismatch),
            ]
        );
    }

    #[test]
    fn a_missing_column_or_a_sixth_meeting_is_refused() {
        let errors = parse(b"course,institution\nA,Bakkeskolen\n", &places()).expect_err("columns");
        assert_eq!(errors.len(), 9);
        assert!(errors
            .iter()
            .all(|e| e.line == 1 && e.problem == Problem::MissingColumn));
        let mut file = HEADER.to_owned();
        for day in 10..16 {
            file.push_str(&format!(
                "A,Bakkeskolen,6-9,2024-01-01,trivsel,ja,,,2024-01-{day},with_parents,laerer\n"
            ));
        }
        let errors = parse(file.as_bytes(), &places()).expect_err("six meetings");
        assert_eq!(
            errors,
            vec![ImportError {
                line: 7,
                column: "meeting_on".into(),
                problem: Problem::TooMany { max: 5 }
            }]
        );
    }
}
