//! The parents' evaluation: the answer scales and a parsed, complete answer.

use serde::{Deserialize, Serialize};

use super::{Comment, FieldError, Problem};

/// Q1 and Q2: how satisfied the parent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Satisfaction {
    /// Meget tilfreds.
    VerySatisfied,
    /// Tilfreds.
    Satisfied,
    /// Middel tilfreds.
    Medium,
    /// Utilfreds.
    Dissatisfied,
    /// Meget utilfreds.
    VeryDissatisfied,
}

impl Satisfaction {
    /// The scale, most satisfied first, as the form lists it.
    pub const ALL: [Satisfaction; 5] = [
        Satisfaction::VerySatisfied,
        Satisfaction::Satisfied,
        Satisfaction::Medium,
        Satisfaction::Dissatisfied,
        Satisfaction::VeryDissatisfied,
    ];

    /// The stored and submitted value.
    pub fn as_str(self) -> &'static str {
        match self {
            Satisfaction::VerySatisfied => "very_satisfied",
            Satisfaction::Satisfied => "satisfied",
            Satisfaction::Medium => "medium",
            Satisfaction::Dissatisfied => "dissatisfied",
            Satisfaction::VeryDissatisfied => "very_dissatisfied",
        }
    }

    /// Parses a stored or submitted value; empty means unanswered.
    pub fn parse(value: &str) -> Result<Self, Problem> {
        if value.is_empty() {
            return Err(Problem::Unanswered);
        }
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == value)
            .ok_or(Problem::NotAChoice)
    }
}

/// Q3 and Q4: how much the parent agrees, or does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Agreement {
    /// Helt enig.
    StronglyAgree,
    /// Enig.
    Agree,
    /// Hverken enig eller uenig.
    Neither,
    /// Uenig.
    Disagree,
    /// Helt uenig.
    StronglyDisagree,
    /// Ved ikke.
    DontKnow,
}

impl Agreement {
    /// The scale as the form lists it, "don't know" last.
    pub const ALL: [Agreement; 6] = [
        Agreement::StronglyAgree,
        Agreement::Agree,
        Agreement::Neither,
        Agreement::Disagree,
        Agreement::StronglyDisagree,
        Agreement::DontKnow,
    ];

    /// The stored and submitted value.
    pub fn as_str(self) -> &'static str {
        match self {
            Agreement::StronglyAgree => "strongly_agree",
            Agreement::Agree => "agree",
            Agreement::Neither => "neither",
            Agreement::Disagree => "disagree",
            Agreement::StronglyDisagree => "strongly_disagree",
            Agreement::DontKnow => "dont_know",
        }
    }

    /// Parses a stored or submitted value; empty means unanswered.
    pub fn parse(value: &str) -> Result<Self, Problem> {
        if value.is_empty() {
            return Err(Problem::Unanswered);
        }
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == value)
            .ok_or(Problem::NotAChoice)
    }
}

/// The evaluation's questions, by their form field names.
pub const QUESTIONS: [&str; 4] = ["overall", "collaboration", "difference", "involved"];

/// A complete answer to the evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    /// Q1: overall satisfaction with the course.
    pub overall: Satisfaction,
    /// Q2: satisfaction with the collaboration and dialogue during the course.
    pub collaboration: Satisfaction,
    /// Q3: the course made a positive difference for my child.
    pub difference: Agreement,
    /// Q4: I felt listened to and involved.
    pub involved: Agreement,
    /// Q5: optional comment.
    pub comment: Option<Comment>,
}

impl Answers {
    /// Parses the form's fields (`field` gives a field's value, empty when absent); reports
    /// every problem, in the order of the questions.
    pub fn parse(field: impl Fn(&str) -> String) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut note = |name: &str, problem: Problem| errors.push(FieldError::new(name, problem));
        let overall = Satisfaction::parse(&field("overall")).map_err(|p| note("overall", p));
        let collaboration =
            Satisfaction::parse(&field("collaboration")).map_err(|p| note("collaboration", p));
        let difference = Agreement::parse(&field("difference")).map_err(|p| note("difference", p));
        let involved = Agreement::parse(&field("involved")).map_err(|p| note("involved", p));
        let comment = Comment::parse(&field("comment")).map_err(|p| note("comment", p));
        match (overall, collaboration, difference, involved, comment) {
            (Ok(overall), Ok(collaboration), Ok(difference), Ok(involved), Ok(comment)) => {
                Ok(Self {
                    overall,
                    collaboration,
                    difference,
                    involved,
                    comment,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The form's id (the language switch posts it) and the prefix of its fields' ids.
pub const FORM: &str = "evaluation";

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
                .unwrap_or_default()
        }
    }

    #[test]
    fn a_complete_answer_parses_and_the_comment_is_optional() {
        let answers = Answers::parse(form(&[
            ("overall", "very_satisfied"),
            ("collaboration", "medium"),
            ("difference", "dont_know"),
            ("involved", "agree"),
            ("comment", "  "),
        ]))
        .expect("complete");
        assert_eq!(answers.overall, Satisfaction::VerySatisfied);
        assert_eq!(answers.difference, Agreement::DontKnow);
        assert_eq!(answers.comment, None);
    }

    #[test]
    fn every_missing_answer_is_reported_in_question_order() {
        let errors = Answers::parse(form(&[
            ("collaboration", "satisfied"),
            ("involved", "maybe"),
        ]))
        .expect_err("incomplete");
        assert_eq!(
            errors,
            vec![
                FieldError::new("overall", Problem::Unanswered),
                FieldError::new("difference", Problem::Unanswered),
                FieldError::new("involved", Problem::NotAChoice),
            ]
        );
    }
}
