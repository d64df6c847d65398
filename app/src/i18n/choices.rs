//! The names of the closed lists of choices (`choices.ftl`). A choice's message is
//! `<list>-<value>`, where the value is the one stored and submitted (`as_str`), so a translator
//! sees what each choice is, and a new choice without a name fails the test below.

use std::{collections::HashMap, sync::Mutex};

use super::catalogue::text;
use crate::domain::Lang;

/// The name of the choice `value` of `list` in `lang`.
pub fn choice_name(lang: Lang, list: &str, value: &str) -> &'static str {
    static CACHE: [Mutex<Option<HashMap<String, &'static str>>>; Lang::ALL.len()] =
        [const { Mutex::new(None) }; Lang::ALL.len()];
    let id = format!("{list}-{value}");
    let mut names = CACHE[lang as usize]
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Read once per choice and language, so leaking is bounded by the catalogue's size.
    names
        .get_or_insert_with(HashMap::new)
        .entry(id)
        .or_insert_with_key(|id| Box::leak(text(lang, id, &[]).into_boxed_str()))
}

/// The names of the choices `all` of `list`, in their order (`as_str` gives each one's value).
pub fn choice_list<T: Copy, const N: usize>(
    lang: Lang,
    list: &str,
    all: &[T],
    as_str: fn(T) -> &'static str,
) -> [&'static str; N] {
    std::array::from_fn(|i| {
        all.get(i)
            .map_or("", |choice| choice_name(lang, list, as_str(*choice)))
    })
}

#[cfg(test)]
mod tests {
    use crate::domain::{
        advice::CitizenRole,
        audit::Action,
        course::{CourseOutcome, CourseStatus, MeetingForm, Participant},
        offer::Access,
        sparring::{
            AgeBand, AskerKind, AskerRole, Outcome, ParentsKnow, PreferredForm, SparringStatus,
            Theme,
        },
        target::{Direction, TargetFigure, TargetStatus},
        Lang,
    };
    use crate::i18n::{catalogue::Catalogue, choices::choice_name};

    fn values<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|choice| as_str(*choice)).collect()
    }

    #[test]
    fn every_choice_has_a_name_in_danish_and_english() {
        let catalogue = Catalogue::shipped();
        let lists = [
            (
                "meeting_form",
                values(MeetingForm::ALL, MeetingForm::as_str),
            ),
            ("participant", values(Participant::ALL, Participant::as_str)),
            (
                "course_outcome",
                values(CourseOutcome::ALL, CourseOutcome::as_str),
            ),
            (
                "course_status",
                values(CourseStatus::ALL, CourseStatus::as_str),
            ),
            ("asker_kind", values(AskerKind::ALL, AskerKind::as_str)),
            ("asker_role", values(AskerRole::ALL, AskerRole::as_str)),
            ("advice_role", values(CitizenRole::ALL, CitizenRole::as_str)),
            ("age_band", values(AgeBand::ALL, AgeBand::as_str)),
            ("advice_age_band", values(AgeBand::ALL, AgeBand::as_str)),
            ("advice_theme", values(Theme::ALL, Theme::as_str)),
            (
                "advice_sparring_status",
                values(SparringStatus::ALL, SparringStatus::as_str),
            ),
            ("theme", values(Theme::ALL, Theme::as_str)),
            (
                "parents_know",
                values(ParentsKnow::ALL, ParentsKnow::as_str),
            ),
            (
                "preferred_form",
                values(PreferredForm::ALL, PreferredForm::as_str),
            ),
            (
                "sparring_status",
                values(SparringStatus::ALL, SparringStatus::as_str),
            ),
            ("sparring_outcome", values(Outcome::ALL, Outcome::as_str)),
            ("audit_action", values(&Action::ALL, Action::as_str)),
            (
                "target_figure",
                values(TargetFigure::ALL, TargetFigure::as_str),
            ),
            ("direction", values(Direction::ALL, Direction::as_str)),
            ("offer_access", values(Access::ALL, Access::as_str)),
            (
                "target_status",
                values(TargetStatus::ALL, TargetStatus::as_str),
            ),
        ];
        for (list, values) in lists {
            for value in values {
                for lang in Lang::DANISH_AND_ENGLISH {
                    assert!(
                        catalogue.has(lang, &format!("{list}-{value}")),
                        "no {lang:?} name for {list} {value}"
                    );
                }
            }
        }
        assert_eq!(
            choice_name(Lang::Da, "theme", "sprog"),
            "Sprog og udvikling"
        );
        assert_eq!(choice_name(Lang::En, "age_band", "3-5"), "3–5 years");
    }
}
