//! The optional free text of a form, which must never name a child by CPR number.

use super::{cpr::contains_cpr, Problem};

/// A free text that may be left out: a parent's comment on the evaluation, the team's note on
/// a course. At most [`Comment::MAX`] characters, and never a CPR number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment(String);

impl Comment {
    /// Most characters a comment may have.
    pub const MAX: usize = 2000;

    /// `None` for an empty comment.
    pub fn parse(input: &str) -> Result<Option<Self>, Problem> {
        let text = input.trim();
        if text.is_empty() {
            Ok(None)
        } else if text.chars().count() > Self::MAX {
            Err(Problem::TooLong {
                max: Self::MAX as u32,
            })
        } else if contains_cpr(text) {
            Err(Problem::ContainsCpr)
        } else {
            Ok(Some(Self(text.to_owned())))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_with_a_cpr_number_or_too_long_is_refused() {
        assert_eq!(
            Comment::parse("Min søn 010203-1234 er glad"),
            Err(Problem::ContainsCpr)
        );
        assert_eq!(
            Comment::parse(&"a".repeat(2001)),
            Err(Problem::TooLong { max: 2000 })
        );
        assert!(Comment::parse(&"a".repeat(2000)).is_ok());
    }

    #[test]
    fn a_note_is_optional_but_never_holds_a_cpr_number() {
        assert_eq!(Comment::parse("  "), Ok(None));
        assert_eq!(
            Comment::parse("Født 010203-1234"),
            Err(Problem::ContainsCpr)
        );
        assert!(Comment::parse("Aftalt opfølgning efter jul")
            .expect("ok")
            .is_some());
    }
}
