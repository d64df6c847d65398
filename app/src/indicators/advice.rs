//! Goal 3's citizens' anonymous advice beside the professionals' sparring: the questions by
//! outcome, by who asks, theme and the child's age, the citizens' ratings, and how often the
//! team's replies pointed to each offer of the catalogue. None of it keeps an area, so it is
//! shown on the pages for every area only; each table is a disclosure family of its own.

use super::{
    disclosure::Disclosure,
    professionals::{by_asker, one_column, ratings_table},
    sparring::{outcome_row, outcome_table},
};
use crate::domain::{
    advice::{advice_rating_family, CitizenRole},
    dashboard::{AdviceCounts, Labels},
    table::Table,
};

/// The family of citizens' questions received, by outcome (`Outcome::ALL`, then "still open").
pub const ADVICE: &str = "advice";

/// The family of the times each offer was pointed to.
pub const OFFERS_POINTED: &str = "offers_pointed";

/// The most offers listed one by one; the rest are added up in one row, so that a catalogue of
/// any size stays one family the disclosure rule can weigh.
pub const MAX_OFFERS: usize = 40;

/// The advice's tables, in the order the goal page shows them.
pub fn tables(counts: &AdviceCounts, labels: &Labels, d: &Disclosure) -> Vec<Table> {
    let mut tables = vec![outcome_table(
        ("goal3-advice", labels.advice_title),
        ADVICE,
        &outcome_row(&counts.outcomes),
        labels,
        d,
    )];
    tables.extend(by_asker(
        &counts.by,
        [
            (
                "goal3-advice-roles",
                labels.advice_roles_title,
                "advice_role",
            ),
            (
                "goal3-advice-themes",
                labels.advice_themes_title,
                "advice_theme",
            ),
            ("goal3-advice-ages", labels.advice_ages_title, "advice_age"),
        ],
        (
            &CitizenRole::ALL
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>(),
            &labels.advice_roles,
        ),
        labels,
        d,
    ));
    tables.push(ratings_table(
        ("goal3-advice-ratings", labels.advice_ratings_title),
        &labels.advice_ratings,
        advice_rating_family,
        &counts.ratings,
        labels,
        d,
    ));
    if !counts.offers_pointed.is_empty() {
        let (names, times) = offers_rows(&counts.offers_pointed, labels.other_offers);
        tables.push(one_column(
            d,
            (
                "goal3-offers-pointed",
                labels.offers_pointed_title,
                labels.offer,
            ),
            OFFERS_POINTED,
            &names,
            &times,
            labels,
        ));
    }
    tables
}

/// The offers pointed to, most often first (then by name), at most [`MAX_OFFERS`] of them
/// and the rest added up under `others`.
fn offers_rows<'a>(pointed: &'a [(String, u64)], others: &'a str) -> (Vec<&'a str>, Vec<u64>) {
    let mut sorted: Vec<&(String, u64)> = pointed.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut names: Vec<&str> = sorted
        .iter()
        .take(MAX_OFFERS)
        .map(|(name, _)| name.as_str())
        .collect();
    let mut times: Vec<u64> = sorted.iter().take(MAX_OFFERS).map(|(_, n)| *n).collect();
    let rest: u64 = sorted.iter().skip(MAX_OFFERS).map(|(_, n)| n).sum();
    if sorted.len() > MAX_OFFERS {
        names.push(others);
        times.push(rest);
    }
    (names, times)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{table::Value, Agreement};
    use crate::indicators::disclosure::{protected, ANYWHERE};

    fn counts() -> AdviceCounts {
        AdviceCounts {
            outcomes: vec![
                ("advice".into(), 12),
                ("referred".into(), 6),
                (String::new(), 2),
            ],
            by: [
                vec![("parent".into(), 16), ("young".into(), 4)],
                vec![("trivsel".into(), 11), ("adfaerd".into(), 9)],
                vec![("3-5".into(), 10), ("6-9".into(), 10)],
            ],
            ratings: [
                vec![(Agreement::StronglyAgree, 8), (Agreement::Agree, 7)],
                vec![(Agreement::Agree, 15)],
                vec![(Agreement::StronglyAgree, 15)],
            ],
            offers_pointed: vec![("Stepping Stones".into(), 9), ("Cool Kids".into(), 2)],
        }
    }

    fn table<'a>(tables: &'a [Table], id: &str) -> &'a Table {
        tables.iter().find(|t| t.id == id).expect(id)
    }

    #[test]
    fn the_advice_is_counted_by_outcome_and_small_cells_are_hidden() {
        let labels = Labels::default();
        let (tables, _) = protected(ANYWHERE, 5, &[], |d| tables(&counts(), &labels, d));
        let outcomes = table(&tables, "goal3-advice");
        // 12 advice, 6 referred; the 2 open are counted in "received" only.
        assert_eq!(
            outcomes.rows.last().map(|r| r.values[0]),
            Some(Value::Total(20))
        );
        let roles = table(&tables, "goal3-advice-roles");
        assert!(
            matches!(
                roles.rows[1].values[0],
                Value::Count(crate::domain::table::Cell::Suppressed)
            ),
            "4 young people are too few"
        );
        assert!(
            matches!(
                roles.rows[0].values[0],
                Value::Count(crate::domain::table::Cell::Suppressed)
            ),
            "16 parents would give the 4 away from the total"
        );
        let pointed = table(&tables, "goal3-offers-pointed");
        assert_eq!(pointed.rows[0].label, "Stepping Stones", "most often first");
        assert!(
            matches!(
                pointed.rows[1].values[0],
                Value::Count(crate::domain::table::Cell::Suppressed)
            ),
            "pointed to twice"
        );
    }

    #[test]
    fn a_long_catalogue_is_cut_at_forty_offers_and_the_rest_added_up() {
        let pointed: Vec<(String, u64)> = (0..45).map(|i| (format!("Tilbud {i:02}"), 10)).collect();
        let (names, times) = offers_rows(&pointed, "Andre tilbud");
        assert_eq!(names.len(), MAX_OFFERS + 1);
        assert_eq!(names.last().copied(), Some("Andre tilbud"));
        assert_eq!(times.last().copied(), Some(50));
        assert_eq!(times.iter().sum::<u64>(), 450, "nothing is lost");
    }
}
