//! The questionnaires whose answers are anonymous, held apart and sealed a month at a time
//! (`store::seal`): where each keeps its answers and what an answer holds.

/// One questionnaire whose answers are held apart and sealed: its three tables and the
/// columns an answer keeps besides its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Survey {
    /// Where answers wait for their month to end.
    pub pending: &'static str,
    /// The sealed answers.
    pub sealed: &'static str,
    /// The sealed answers counted per (area,) month, question and answer.
    pub counts: &'static str,
    /// Whether an answer keeps the area (the askers' ratings keep only the month).
    pub area: bool,
    /// The questions, as columns.
    pub questions: &'static [&'static str],
    /// Whether an answer may have a comment.
    pub comment: bool,
}

impl Survey {
    /// The columns of a waiting answer: (area,) month, the questions, (comment).
    pub(super) fn columns(&self) -> Vec<&'static str> {
        let mut columns = Vec::new();
        if self.area {
            columns.push("area");
        }
        columns.push("month");
        columns.extend(self.questions);
        if self.comment {
            columns.push("comment");
        }
        columns
    }

    /// `area, ` where the counts keep the area.
    pub(super) fn area_column(&self) -> &'static str {
        if self.area {
            "area, "
        } else {
            ""
        }
    }
}

/// The parents' evaluation.
pub const PARENTS: Survey = Survey {
    pending: "evaluations_pending",
    sealed: "evaluations",
    counts: "evaluation_counts",
    area: true,
    questions: &crate::domain::evaluation::QUESTIONS,
    comment: true,
};

/// The professionals' evaluation of a course.
pub const PROFESSIONALS: Survey = Survey {
    pending: "professional_evaluations_pending",
    sealed: "professional_evaluations",
    counts: "professional_evaluation_counts",
    area: true,
    questions: &crate::domain::professional_evaluation::QUESTIONS,
    comment: true,
};

/// The askers' ratings of sparring.
pub const SPARRING_RATINGS: Survey = Survey {
    pending: "sparring_ratings_pending",
    sealed: "sparring_ratings",
    counts: "sparring_rating_counts",
    area: false,
    questions: &crate::domain::professional_evaluation::RATING_QUESTIONS,
    comment: false,
};

/// The citizens' ratings of their advice.
pub const ADVICE_RATINGS: Survey = Survey {
    pending: "advice_ratings_pending",
    sealed: "advice_ratings",
    counts: "advice_rating_counts",
    ..SPARRING_RATINGS
};

/// Every sealed questionnaire, parents' first.
pub const SURVEYS: [Survey; 4] = [PARENTS, PROFESSIONALS, SPARRING_RATINGS, ADVICE_RATINGS];
