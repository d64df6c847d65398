//! Field problems as people read them, in their language (`problems.ftl`).

use crate::{
    domain::{Lang, Problem, Shown},
    i18n::catalogue::{text, Value},
};

fn values(problem: &Problem) -> Vec<(&'static str, Value)> {
    problem
        .shown()
        .into_iter()
        .map(|(name, shown)| {
            let value = match shown {
                Shown::Number(n) => Value::from(n),
                Shown::Character(c) => Value::from(c),
            };
            (name, value)
        })
        .collect()
}

/// The message shown beside a field (and in the error summary) for `problem`.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    text(
        lang,
        &format!("problem-{}", problem.key()),
        &values(problem),
    )
}

/// The message for problems like `problem` with its values left as `{name}`, for a browser
/// island that finds the problem itself and fills them in.
pub fn problem_template(lang: Lang, problem: &Problem) -> String {
    let unfilled: Vec<(&str, Value)> = problem
        .shown()
        .into_iter()
        .map(|(name, _)| (name, Value::Text(format!("{{{name}}}"))))
        .collect();
    text(lang, &format!("problem-{}", problem.key()), &unfilled)
}
