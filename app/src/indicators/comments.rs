//! Which parents' comments may be read: a month's comments of an area only when that month has
//! at least `threshold` answers; a month with fewer waits for the next month of the same area
//! and is shown with it, once the months together reach the threshold.

use crate::domain::parent_comments::{CommentGroup, MonthOfComments};

/// The groups of comments that may be shown, newest first. `months` may come in any order.
pub fn comment_groups(mut months: Vec<MonthOfComments>, threshold: u64) -> Vec<CommentGroup> {
    months.sort_by(|a, b| (a.area.as_str(), &a.month).cmp(&(b.area.as_str(), &b.month)));
    let mut groups = Vec::new();
    let mut open: Option<CommentGroup> = None;
    for month in months {
        let group = match open.take() {
            Some(mut group) if group.area == month.area => {
                group.to = month.month;
                group.answers += month.answers;
                group.comments.extend(month.comments);
                group
            }
            // A new area: what the last one held back keeps waiting.
            _ => CommentGroup {
                area: month.area,
                from: month.month.clone(),
                to: month.month,
                answers: month.answers,
                comments: month.comments,
            },
        };
        if group.answers >= threshold {
            if !group.comments.is_empty() {
                groups.push(group);
            }
        } else {
            open = Some(group);
        }
    }
    groups.sort_by(|a, b| b.to.cmp(&a.to).then(a.area.as_str().cmp(b.area.as_str())));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Area;

    fn month(area: Area, month: &str, answers: u64, comments: &[&str]) -> MonthOfComments {
        MonthOfComments {
            area,
            month: month.into(),
            answers,
            comments: comments.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    #[test]
    fn a_month_with_too_few_answers_waits_for_the_next_of_its_area() {
        let groups = comment_groups(
            vec![
                month(Area::Skole, "2026-10", 4, &["c"]),
                month(Area::Skole, "2026-09", 3, &["a", "b"]),
                month(Area::Dagtilbud, "2026-10", 6, &["d"]),
                month(Area::Dagpleje, "2026-09", 2, &["e"]),
                month(Area::Dagtilbud, "2026-11", 5, &[]),
            ],
            5,
        );
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert_eq!(
            (
                groups[0].area,
                groups[0].from.as_str(),
                groups[0].to.as_str()
            ),
            (Area::Dagtilbud, "2026-10", "2026-10")
        );
        assert_eq!(
            (
                groups[1].area,
                groups[1].from.as_str(),
                groups[1].to.as_str(),
                groups[1].answers
            ),
            (Area::Skole, "2026-09", "2026-10", 7)
        );
        assert_eq!(groups[1].comments, ["a", "b", "c"]);
        assert!(
            groups.iter().all(|g| g.area != Area::Dagpleje),
            "two answers wait, however old"
        );
    }
}
