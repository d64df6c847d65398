//! Result goal 3 asks parents *and* professionals: the two groups side by side (positive
//! difference, satisfaction with the collaboration), the professionals' own statements and
//! groups, the response rate of each group, the askers' ratings of sparring, and the sparring
//! requests by the asker's role, theme and the child's age. Professionals are few: expect
//! most of these cells to be hidden.

use super::{
    disclosure::{Categories, Disclosure},
    evaluation::{agreement_row, answers_row, ordered, satisfaction_row},
};
use crate::domain::{
    dashboard::{DifferenceCounts, Labels, Summary},
    evaluation::QUESTIONS,
    professional_evaluation::{family, rating_family, WorkGroup, RATING_QUESTIONS},
    sparring::{AgeBand, AskerRole, Theme},
    table::{Chart, Row, Table, Value},
    Agreement, Satisfaction,
};

/// Families of the codes issued, per group.
const CODES: [&str; 2] = ["codes_parent", "codes_professional"];

/// "Strongly agree" and "agree" of the agreement scale.
pub(super) const AGREE: Categories = 0b11;

/// The tables and sentences goal 3 adds for the professionals and the askers.
pub fn build(
    counts: &DifferenceCounts,
    labels: &Labels,
    d: &Disclosure,
) -> (Vec<Table>, Vec<Summary>) {
    let pro = &counts.professionals;
    let [pro_difference, pro_collaboration, pro_competence, pro_group] =
        crate::domain::professional_evaluation::QUESTIONS.map(family);
    let row = |label: &str, values: Vec<Value>| Row {
        label: label.into(),
        values,
    };
    let with_n = |scale: &[&str]| -> Vec<String> {
        scale
            .iter()
            .map(|s| (*s).to_owned())
            .chain([labels.total_n.to_owned()])
            .collect()
    };
    let mut tables = vec![
        Table {
            id: "goal3-difference-both".into(),
            title: labels.both_difference.into(),
            row_head: labels.group.into(),
            columns: with_n(&labels.agreement),
            rows: vec![
                row(labels.parents, agreement_row(d, 2, &counts.agreement[0])),
                row(
                    labels.professionals,
                    answers_row(d, &pro_difference, &Agreement::ALL, &pro.difference),
                ),
            ],
            chart: Chart::Stacked {
                from: 0,
                to: Agreement::ALL.len(),
            },
        },
        Table {
            id: "goal3-collaboration-both".into(),
            title: labels.both_collaboration.into(),
            row_head: labels.group.into(),
            columns: with_n(&labels.satisfaction),
            rows: vec![
                row(
                    labels.parents,
                    satisfaction_row(d, 1, &counts.satisfaction[1]),
                ),
                row(
                    labels.professionals,
                    answers_row(
                        d,
                        &pro_collaboration,
                        &Satisfaction::ALL,
                        &pro.collaboration,
                    ),
                ),
            ],
            chart: Chart::Stacked {
                from: 0,
                to: Satisfaction::ALL.len(),
            },
        },
        Table {
            id: "goal3-professionals".into(),
            title: labels.professional_statements.into(),
            row_head: labels.statement.into(),
            columns: with_n(&labels.agreement),
            rows: vec![
                row(
                    labels.pro_statements[0],
                    answers_row(d, &pro_difference, &Agreement::ALL, &pro.difference),
                ),
                row(
                    labels.pro_statements[1],
                    answers_row(d, &pro_competence, &Agreement::ALL, &pro.competence),
                ),
            ],
            chart: Chart::Stacked {
                from: 0,
                to: Agreement::ALL.len(),
            },
        },
        one_column(
            d,
            ("goal3-work-groups", labels.work_groups_title, labels.group),
            &pro_group,
            &labels.work_groups,
            &ordered(WorkGroup::ALL, &pro.groups),
            labels,
        ),
        response(counts, labels, d),
    ];
    let mut summary = vec![Summary::PositiveDifference {
        parents: agreeing(d, QUESTIONS[2], &counts.agreement[0]),
        professionals: agreeing(d, &pro_difference, &pro.difference),
    }];
    match &counts.ratings {
        Some(ratings) => tables.push(ratings_table(
            ("goal3-sparring-ratings", labels.ratings_title),
            &labels.ratings,
            rating_family,
            ratings,
            labels,
            d,
        )),
        None => summary.push(Summary::RatingsForAllAreas),
    }
    tables.extend(by_asker(
        &counts.sparring_by,
        [
            (
                "goal3-sparring-roles",
                labels.sparring_roles_title,
                "sparring_role",
            ),
            (
                "goal3-sparring-themes",
                labels.sparring_themes_title,
                "sparring_theme",
            ),
            (
                "goal3-sparring-ages",
                labels.sparring_ages_title,
                "sparring_age",
            ),
        ],
        (
            &AskerRole::ALL
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>(),
            &labels.sparring_roles,
        ),
        labels,
        d,
    ));
    (tables, summary)
}

/// The tables of requests by the asker's role, the theme and the child's age: each table's
/// id, title and disclosure family, and the roles' stored values and names.
pub(super) fn by_asker(
    counts: &[Vec<(String, u64)>; 3],
    tables: [(&str, &str, &str); 3],
    (role_values, role_names): (&[&str], &[&str]),
    labels: &Labels,
    d: &Disclosure,
) -> Vec<Table> {
    let [roles, themes, ages] = counts;
    let by = |all: &[&str], stored: &[(String, u64)]| -> Vec<u64> {
        all.iter()
            .map(|v| stored.iter().filter(|(s, _)| s == v).map(|(_, n)| n).sum())
            .collect()
    };
    let theme_values: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
    let age_values: Vec<&str> = AgeBand::ALL.iter().map(|a| a.as_str()).collect();
    let [(roles_id, roles_title, roles_family), (themes_id, themes_title, themes_family), (ages_id, ages_title, ages_family)] =
        tables;
    let mut by_theme = one_column(
        d,
        (themes_id, themes_title, labels.theme),
        themes_family,
        &labels.sparring_themes,
        &by(&theme_values, themes),
        labels,
    );
    if let Some(total) = by_theme.rows.last_mut() {
        total.label = labels.themes_total.into();
    }
    vec![
        one_column(
            d,
            (roles_id, roles_title, labels.role),
            roles_family,
            role_names,
            &by(role_values, roles),
            labels,
        ),
        by_theme,
        one_column(
            d,
            (ages_id, ages_title, labels.age),
            ages_family,
            &labels.age_bands,
            &by(&age_values, ages),
            labels,
        ),
    ]
}

/// The askers' ratings (`id`, `title`): a row per statement of `statements`, each its own
/// disclosure family (`family` of the question).
pub(super) fn ratings_table(
    (id, title): (&str, &str),
    statements: &[&str; 3],
    family: fn(&str) -> String,
    ratings: &[Vec<(Agreement, u64)>; 3],
    labels: &Labels,
    d: &Disclosure,
) -> Table {
    Table {
        id: id.into(),
        title: title.into(),
        row_head: labels.statement.into(),
        columns: labels
            .agreement
            .iter()
            .map(|s| (*s).to_owned())
            .chain([labels.total_n.to_owned()])
            .collect(),
        rows: RATING_QUESTIONS
            .iter()
            .zip(ratings)
            .zip(statements)
            .map(|((question, answers), label)| Row {
                label: (*label).into(),
                values: answers_row(d, &family(question), &Agreement::ALL, answers),
            })
            .collect(),
        chart: Chart::Stacked {
            from: 0,
            to: Agreement::ALL.len(),
        },
    }
}

/// A table of one count column: a row per category of `family`, then the total.
pub(super) fn one_column(
    d: &Disclosure,
    (id, title, head): (&str, &str, &str),
    family: &str,
    names: &[&str],
    counts: &[u64],
    labels: &Labels,
) -> Table {
    let (cells, _) = d.row(family, None, counts);
    let n: u64 = counts.iter().sum();
    Table {
        id: id.into(),
        title: title.into(),
        row_head: head.into(),
        columns: vec![labels.count_share.into()],
        rows: names
            .iter()
            .zip(cells)
            .map(|(name, cell)| Row {
                label: (*name).into(),
                values: vec![Value::Count(cell)],
            })
            .chain([Row {
                label: labels.total_n.into(),
                values: vec![d.total(family, None, counts.len(), n)],
            }])
            .collect(),
        chart: Chart::Bars { column: 0 },
    }
}

/// The share who agree (strongly or not) with an agreement question of `family`.
fn agreeing(d: &Disclosure, family: &str, answers: &[(Agreement, u64)]) -> Value {
    let counts = ordered(&Agreement::ALL, answers);
    let n = counts.iter().sum();
    d.share(
        family,
        None,
        (AGREE, Agreement::ALL.len()),
        counts[0] + counts[1],
        n,
    )
}

/// Each group's codes issued in the period, answers in the period, and the one as a share of
/// the other (shown where both are: it tells nothing either does not).
fn response(counts: &DifferenceCounts, labels: &Labels, d: &Disclosure) -> Table {
    let parents: u64 = counts.satisfaction[0].iter().map(|(_, n)| n).sum();
    let professionals: u64 = counts.professionals.difference.iter().map(|(_, n)| n).sum();
    let pro_difference = family("difference");
    let groups = [
        (
            labels.parents,
            QUESTIONS[0],
            Satisfaction::ALL.len(),
            parents,
        ),
        (
            labels.professionals,
            pro_difference.as_str(),
            Agreement::ALL.len(),
            professionals,
        ),
    ];
    let rows = groups
        .into_iter()
        .zip(CODES)
        .zip(counts.codes_issued)
        .map(|(((label, family, len, answered), codes), issued)| {
            let issued_value = d.total(codes, None, 1, issued);
            let answered_value = d.total(family, None, len, answered);
            let both = matches!(
                (issued_value, answered_value),
                (Value::Total(_), Value::Total(_))
            );
            let rate = Value::Share {
                percent: (both && issued > 0)
                    .then(|| (answered as f64 * 1000.0 / issued as f64).round() / 10.0),
                n: issued,
            };
            Row {
                label: label.into(),
                values: vec![issued_value, answered_value, rate],
            }
        })
        .collect();
    Table {
        id: "goal3-response".into(),
        title: labels.response_title.into(),
        row_head: labels.group.into(),
        columns: vec![
            labels.codes_issued.into(),
            labels.answers_n.into(),
            labels.response_rate.into(),
        ],
        rows,
        chart: Chart::Bars { column: 2 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::table::Cell;

    const HIDDEN: Value = Value::Count(Cell::Suppressed);
    use crate::{
        domain::dashboard::ProfessionalCounts,
        indicators::disclosure::{protected, ANYWHERE},
    };

    fn built(counts: &DifferenceCounts) -> (Vec<Table>, Vec<Summary>) {
        protected(ANYWHERE, 5, &[], |d| build(counts, &Labels::default(), d)).0
    }

    fn table<'a>(tables: &'a [Table], id: &str) -> &'a Table {
        tables.iter().find(|t| t.id == id).expect(id)
    }

    /// 20 parents (12 strongly agree, 8 agree), 10 professionals (5 agree, 5 neither) of 16
    /// codes, and 3 ratings.
    fn counts() -> DifferenceCounts {
        DifferenceCounts {
            satisfaction: [
                vec![(Satisfaction::VerySatisfied, 20)],
                vec![(Satisfaction::Satisfied, 20)],
            ],
            agreement: [
                vec![(Agreement::StronglyAgree, 12), (Agreement::Agree, 8)],
                Vec::new(),
            ],
            professionals: ProfessionalCounts {
                difference: vec![(Agreement::Agree, 5), (Agreement::Neither, 5)],
                collaboration: vec![(Satisfaction::VerySatisfied, 10)],
                competence: vec![(Agreement::Agree, 7), (Agreement::DontKnow, 3)],
                groups: vec![(WorkGroup::School, 6), (WorkGroup::Daycare, 4)],
            },
            ratings: Some([
                vec![(Agreement::Agree, 3)],
                vec![(Agreement::Agree, 3)],
                vec![(Agreement::Agree, 3)],
            ]),
            codes_issued: [40, 16],
            ..DifferenceCounts::default()
        }
    }

    #[test]
    fn both_groups_stand_side_by_side_with_their_shares_agreeing() {
        let (tables, summary) = built(&counts());
        let both = table(&tables, "goal3-difference-both");
        assert_eq!(
            both.rows[0].values[0],
            Value::Count(Cell::Shown {
                count: 12,
                percent: 60
            })
        );
        assert_eq!(
            both.rows[1].values[1],
            Value::Count(Cell::Shown {
                count: 5,
                percent: 50
            })
        );
        assert_eq!(both.rows[1].values[6], Value::Total(10));
        assert_eq!(
            summary[0],
            Summary::PositiveDifference {
                parents: Value::Share {
                    percent: Some(100.0),
                    n: 20
                },
                professionals: Value::Share {
                    percent: Some(50.0),
                    n: 10
                },
            }
        );
    }

    #[test]
    fn the_response_rate_is_answers_against_codes_issued() {
        let (tables, _) = built(&counts());
        let response = table(&tables, "goal3-response");
        assert_eq!(
            response.rows[0].values,
            [
                Value::Total(40),
                Value::Total(20),
                Value::Share {
                    percent: Some(50.0),
                    n: 40
                }
            ]
        );
        assert_eq!(
            response.rows[1].values[2],
            Value::Share {
                percent: Some(62.5),
                n: 16
            }
        );
    }

    #[test]
    fn few_professionals_and_ratings_are_hidden_and_say_so() {
        let (tables, _) = built(&counts());
        let statements = table(&tables, "goal3-professionals");
        assert_eq!(statements.rows[1].values[5], HIDDEN, "three do not know");
        let ratings = table(&tables, "goal3-sparring-ratings");
        assert!(
            ratings
                .rows
                .iter()
                .all(|r| r.values.iter().all(|v| *v == HIDDEN)),
            "three ratings in all"
        );
        // 4 in daycare is hidden, and so is 6 in school, which would give 10 − 6.
        let groups = table(&tables, "goal3-work-groups");
        assert_eq!(groups.rows[0].values[0], HIDDEN);
        assert_eq!(groups.rows[1].values[0], HIDDEN);
        assert_eq!(groups.rows[4].values[0], Value::Total(10));
        let area_page = DifferenceCounts {
            ratings: None,
            ..counts()
        };
        let (tables, summary) = built(&area_page);
        assert!(tables.iter().all(|t| t.id != "goal3-sparring-ratings"));
        assert!(summary.contains(&Summary::RatingsForAllAreas));
    }
}
