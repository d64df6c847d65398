//! Reading a submitted form into domain types. Every constructor (`NewCourse::parse`,
//! `NewRequest::parse`, …) reads the fields through [`Fields`] and reports every problem at
//! once, each at its field, in the order of the form.

use super::{FieldError, Problem};

/// The fields of a submitted form.
pub trait Fields {
    /// The value of `name` (the last one, if repeated); empty when absent.
    fn get(&self, name: &str) -> &str;
    /// Every value sent for `name` (ticked checkboxes), in order.
    fn all(&self, name: &str) -> Vec<&str>;
}

/// A form as its `(name, value)` pairs, in order.
impl<K: AsRef<str>, V: AsRef<str>> Fields for Vec<(K, V)> {
    fn get(&self, name: &str) -> &str {
        self.iter()
            .rev()
            .find(|(key, _)| key.as_ref() == name)
            .map_or("", |(_, value)| value.as_ref())
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.iter()
            .filter(|(key, _)| key.as_ref() == name)
            .map(|(_, value)| value.as_ref())
            .collect()
    }
}

/// The problems found so far while a form is read.
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldError>);

/// Where a reader notes each field's problem: a form's [`Problems`], or a file's line.
pub trait Check {
    /// The parsed value, or `None` with its problem noted at `field`.
    fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T>;
}

impl Check for Problems {
    fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        Problems::check(self, field, parsed)
    }
}

impl Problems {
    /// The parsed value, or `None` with its problem noted at `field`.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        parsed.map_err(|problem| self.add(field, problem)).ok()
    }

    /// Notes `problem` at `field`.
    pub fn add(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldError::new(field, problem));
    }

    /// Notes the problems of a part of the form read on its own.
    pub fn extend(&mut self, errors: Vec<FieldError>) {
        self.0.extend(errors);
    }

    /// What `build` makes of the checked values if nothing was wrong (it gets `None` only
    /// for a field with a problem), else every problem.
    pub fn finish<T>(self, build: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            build().ok_or(self.0)
        } else {
            Err(self.0)
        }
    }
}

/// The ticked values of a checkbox group, each parsed, without repeats; the first problem if
/// any.
pub fn ticked<T: PartialEq>(
    values: Vec<&str>,
    parse: impl Fn(&str) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    let mut out = Vec::new();
    for value in values {
        let parsed = parse(value)?;
        if !out.contains(&parsed) {
            out.push(parsed);
        }
    }
    Ok(out)
}

/// A form's `0`/`1` choice.
pub fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// A text of 1 to `max` characters (trimmed).
pub fn required_text(input: &str, max: usize) -> Result<String, Problem> {
    let text = short_text(input, max)?;
    if text.is_empty() {
        Err(Problem::Required)
    } else {
        Ok(text)
    }
}

/// A text of at most `max` characters (trimmed), which may be empty.
pub fn short_text(input: &str, max: usize) -> Result<String, Problem> {
    let text = input.trim();
    if text.chars().count() > max {
        Err(Problem::TooLong { max: max as u32 })
    } else {
        Ok(text.to_owned())
    }
}

/// A whole number from `min` to `max`; `TooMany` above it, and for anything else the range
/// that is allowed.
pub fn count_up_to(input: &str, min: u64, max: u64) -> Result<u64, Problem> {
    match input.trim().parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(n) if n > max => Err(Problem::TooMany { max: max as u32 }),
        _ => Err(Problem::WholeNumberFrom {
            min: min as u32,
            max: max as u32,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_and_nothing_is_built() {
        let form = vec![("a", "x"), ("b", "2")];
        let mut problems = Problems::default();
        let a = problems.check("a", count_up_to(form.get("a"), 1, 5));
        let b = problems.check("b", count_up_to(form.get("b"), 1, 5));
        let c = problems.check("c", count_up_to(form.get("c"), 1, 5));
        let built = problems.finish(|| Some((a?, b?, c?)));
        assert_eq!(
            built,
            Err(vec![
                FieldError::new("a", Problem::WholeNumberFrom { min: 1, max: 5 }),
                FieldError::new("c", Problem::WholeNumberFrom { min: 1, max: 5 }),
            ])
        );
    }

    #[test]
    fn ticked_boxes_parse_once_each_and_numbers_have_a_range() {
        let form = vec![("t", "1"), ("t", "0"), ("t", "1")];
        assert_eq!(
            ticked(form.all("t"), |v| Ok(v == "1")),
            Ok(vec![true, false])
        );
        assert_eq!(count_up_to("81", 1, 80), Err(Problem::TooMany { max: 80 }));
        assert_eq!(
            count_up_to("0", 1, 80),
            Err(Problem::WholeNumberFrom { min: 1, max: 80 })
        );
        assert_eq!(flag("1"), Some(true));
        assert_eq!(flag("ja"), None);
    }
}
