//! The professionals' evaluation of a finished course, and the askers' rating of a closed
//! sparring request: the questions and a parsed, complete answer to each.

use super::{Agreement, Comment, FieldError, Problem, Satisfaction};

crate::choice! {
    /// The professional's group, coarse enough that it names no one.
    pub enum WorkGroup {
        /// Daycare or childminding.
        Daycare => "daycare",
        School => "school",
        /// The health service (health visitors).
        Health => "health",
        Other => "other",
    }
}

/// The professionals' questions, by their form field names (and the stored columns).
pub const QUESTIONS: [&str; 4] = ["difference", "collaboration", "competence", "work_group"];

/// The disclosure family of a professionals' question (`difference` → `pro_difference`),
/// apart from the parents' question of the same name.
pub fn family(question: &str) -> String {
    format!("pro_{question}")
}

/// The disclosure family of a rating statement (`helped` → `rating_helped`).
pub fn rating_family(question: &str) -> String {
    format!("rating_{question}")
}

/// The professionals' form's id (the language switch posts it) and its fields' prefix.
pub const FORM: &str = "professional";

/// A professional's complete answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfessionalAnswers {
    /// The course made a positive difference for the child.
    pub difference: Agreement,
    /// Satisfaction with the collaboration with the FI team.
    pub collaboration: Satisfaction,
    /// "I have become better at spotting and acting on a concern early."
    pub competence: Agreement,
    pub work_group: WorkGroup,
    /// Optional, under the CPR guard.
    pub comment: Option<Comment>,
}

/// Notes each field's problem under its name and gives back the parsed value, if any.
fn noted<T>(errors: &mut Vec<FieldError>, name: &str, parsed: Result<T, Problem>) -> Option<T> {
    parsed
        .map_err(|p| errors.push(FieldError::new(name, p)))
        .ok()
}

impl ProfessionalAnswers {
    /// Parses the form (`field` gives a field's value, empty when absent); reports every
    /// problem, in the order of the questions.
    pub fn parse(field: impl Fn(&str) -> String) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let difference = noted(e, "difference", Agreement::parse(&field("difference")));
        let collaboration = noted(
            e,
            "collaboration",
            Satisfaction::parse(&field("collaboration")),
        );
        let competence = noted(e, "competence", Agreement::parse(&field("competence")));
        let work_group = noted(e, "work_group", WorkGroup::parse(&field("work_group")));
        let comment = noted(e, "comment", Comment::parse(&field("comment")));
        match (difference, collaboration, competence, work_group, comment) {
            (
                Some(difference),
                Some(collaboration),
                Some(competence),
                Some(work_group),
                Some(comment),
            ) if errors.is_empty() => Ok(Self {
                difference,
                collaboration,
                competence,
                work_group,
                comment,
            }),
            _ => Err(errors),
        }
    }
}

/// The rating's questions, by their form field names (and the stored columns).
pub const RATING_QUESTIONS: [&str; 3] = ["helped", "next_step", "ask_again"];

/// The rating form's id and its fields' prefix.
pub const RATING_FORM: &str = "rating";

/// An asker's rating of a closed sparring request: three statements on the agreement scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SparringRating {
    /// "I got the help I needed."
    pub helped: Agreement,
    /// "I know what to do next."
    pub next_step: Agreement,
    /// "I would ask for sparring again."
    pub ask_again: Agreement,
}

impl SparringRating {
    /// Parses the form; every unanswered statement is reported.
    pub fn parse(field: impl Fn(&str) -> String) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let [helped, next_step, ask_again] =
            RATING_QUESTIONS.map(|name| noted(&mut errors, name, Agreement::parse(&field(name))));
        match (helped, next_step, ask_again) {
            (Some(helped), Some(next_step), Some(ask_again)) => Ok(Self {
                helped,
                next_step,
                ask_again,
            }),
            _ => Err(errors),
        }
    }

    /// The answers in the order of [`RATING_QUESTIONS`].
    pub fn answers(&self) -> [Agreement; 3] {
        [self.helped, self.next_step, self.ask_again]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        let fields = pairs.to_vec();
        move |name| crate::domain::form::Fields::get(&fields, name).to_owned()
    }

    #[test]
    fn a_professionals_answer_parses_with_its_group_and_no_comment() {
        let answers = ProfessionalAnswers::parse(form(&[
            ("difference", "agree"),
            ("collaboration", "very_satisfied"),
            ("competence", "dont_know"),
            ("work_group", "school"),
        ]))
        .expect("complete");
        assert_eq!(answers.work_group, WorkGroup::School);
        assert_eq!(answers.competence, Agreement::DontKnow);
        assert_eq!(answers.comment, None);
    }

    #[test]
    fn every_problem_of_a_professionals_answer_is_reported_in_order() {
        let errors = ProfessionalAnswers::parse(form(&[
            ("collaboration", "agree"),
            ("work_group", "police"),
            ("comment", "Barnet har cpr 010203-1234"),
        ]))
        .expect_err("incomplete");
        let names: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            names,
            [
                "difference",
                "collaboration",
                "competence",
                "work_group",
                "comment"
            ]
        );
        assert_eq!(errors[1].problem, Problem::NotAChoice);
        assert_eq!(errors[4].problem, Problem::ContainsCpr);
    }

    #[test]
    fn a_rating_needs_all_three_statements() {
        let errors = SparringRating::parse(form(&[("helped", "agree")])).expect_err("two missing");
        assert_eq!(
            errors,
            vec![
                FieldError::new("next_step", Problem::Unanswered),
                FieldError::new("ask_again", Problem::Unanswered),
            ]
        );
        let rating = SparringRating::parse(form(&[
            ("helped", "agree"),
            ("next_step", "strongly_agree"),
            ("ask_again", "disagree"),
        ]))
        .expect("complete");
        assert_eq!(rating.answers()[2], Agreement::Disagree);
    }
}
