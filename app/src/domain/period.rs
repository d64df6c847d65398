//! The periods figures are published for: whole calendar quarters, whole years and "since the
//! start" through the last closed quarter – never a free range of months, and never a quarter
//! that has not ended and been sealed, so two looks at one period always show the same figures
//! and no difference of two periods is finer than a quarter.

use serde::{Deserialize, Serialize};

/// A quarter as one number, `year × 4 + quarter − 1`, so that runs of quarters are ranges.
pub type Quarter = i32;

/// The quarter numbered for `year` and `q` (1–4).
pub fn quarter(year: u32, q: u8) -> Quarter {
    year as i32 * 4 + i32::from(q) - 1
}

/// The year and quarter (1–4) of a numbered quarter.
pub fn year_and_quarter(q: Quarter) -> (u32, u8) {
    ((q.div_euclid(4)) as u32, (q.rem_euclid(4) + 1) as u8)
}

/// The quarter of a month written `YYYY-MM`.
pub fn quarter_of_month(month: &str) -> Option<Quarter> {
    let (year, m) = month.split_once('-')?;
    let (year, m): (u32, u32) = (year.parse().ok()?, m.parse().ok()?);
    (1..=12)
        .contains(&m)
        .then(|| quarter(year, ((m - 1) / 3 + 1) as u8))
}

/// The first and last month (`YYYY-MM`) of the quarters `from..=to`.
pub fn months(from: Quarter, to: Quarter) -> (String, String) {
    let (fy, fq) = year_and_quarter(from);
    let (ty, tq) = year_and_quarter(to);
    (
        format!("{fy:04}-{:02}", u32::from(fq) * 3 - 2),
        format!("{ty:04}-{:02}", u32::from(tq) * 3),
    )
}

/// A period figures are published for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Period {
    /// One calendar quarter (1–4).
    Quarter { year: u32, quarter: u8 },
    /// One calendar year.
    Year(u32),
    /// Every quarter from the first with figures through the last closed one.
    #[default]
    SinceStart,
}

impl Period {
    /// Reads the address's value: `2026-K1` (or `2026-Q1`), `2026`, or `start`.
    pub fn parse(value: &str) -> Option<Period> {
        let value = value.trim();
        if value == "start" {
            return Some(Period::SinceStart);
        }
        let year_ok =
            |y: &str| y.len() == 4 && y.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y));
        if let Some((year, q)) = value.split_once('-') {
            let q = q.strip_prefix('K').or_else(|| q.strip_prefix('Q'))?;
            let q: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            return year_ok(year).then(|| Period::Quarter {
                year: year.parse().unwrap_or_default(),
                quarter: q,
            });
        }
        year_ok(value).then(|| Period::Year(value.parse().unwrap_or_default()))
    }

    /// The address's value for the period (`2026-K1`, `2026`, `start`).
    pub fn as_param(self) -> String {
        match self {
            Period::Quarter { year, quarter } => format!("{year}-K{quarter}"),
            Period::Year(year) => year.to_string(),
            Period::SinceStart => "start".to_owned(),
        }
    }

    /// The quarters the period covers, given the first quarter with figures and the last
    /// closed one; `None` when it is not closed yet (or ends before the first).
    pub fn span(self, first: Quarter, last_closed: Quarter) -> Option<(Quarter, Quarter)> {
        let (from, to) = match self {
            Period::Quarter { year, quarter: q } => (quarter(year, q), quarter(year, q)),
            Period::Year(year) => (quarter(year, 1), quarter(year, 4)),
            Period::SinceStart => (first.min(last_closed), last_closed),
        };
        (to <= last_closed).then_some((from, to))
    }

    /// The period of the same length just before this one: the quarter before a quarter, the
    /// year before a year; "since the start" has none.
    pub fn previous(self) -> Option<Period> {
        match self {
            Period::Quarter { year, quarter: 1 } => Some(Period::Quarter {
                year: year - 1,
                quarter: 4,
            }),
            Period::Quarter { year, quarter } => Some(Period::Quarter {
                year,
                quarter: quarter - 1,
            }),
            Period::Year(year) => Some(Period::Year(year - 1)),
            Period::SinceStart => None,
        }
    }

    /// Every period that may be published, newest first after "since the start": the whole
    /// years, then the quarters.
    pub fn offered(first: Quarter, last_closed: Quarter) -> Vec<Period> {
        let first = first.min(last_closed);
        let mut out = vec![Period::SinceStart];
        let (first_year, _) = year_and_quarter(first);
        let (last_year, last_q) = year_and_quarter(last_closed);
        let last_whole_year = if last_q == 4 {
            last_year
        } else {
            last_year - 1
        };
        out.extend((first_year..=last_whole_year).rev().map(Period::Year));
        out.extend((first..=last_closed).rev().map(|q| {
            let (year, quarter) = year_and_quarter(q);
            Period::Quarter { year, quarter }
        }));
        out
    }
}

/// The last closed quarter on `today` (a date's year, month): the quarter before today's,
/// or earlier where answers of its last month are not sealed yet (`sealed_through`, `YYYY-MM`).
pub fn last_closed(today_year: u32, today_month: u32, sealed_through: Option<&str>) -> Quarter {
    let before_today = quarter(today_year, ((today_month - 1) / 3 + 1) as u8) - 1;
    let sealed = sealed_through
        .and_then(|m| {
            let q = quarter_of_month(m)?;
            let (_, last) = months(q, q);
            // A quarter counts as sealed once its last month is.
            Some(if last.as_str() == m { q } else { q - 1 })
        })
        .unwrap_or(before_today);
    before_today.min(sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_number_in_order_and_back() {
        assert_eq!(quarter(2026, 1) + 3, quarter(2026, 4));
        assert_eq!(quarter(2026, 4) + 1, quarter(2027, 1));
        assert_eq!(year_and_quarter(quarter(2025, 3)), (2025, 3));
        assert_eq!(quarter_of_month("2025-06"), Some(quarter(2025, 2)));
        assert_eq!(
            months(quarter(2025, 1), quarter(2025, 4)),
            ("2025-01".into(), "2025-12".into())
        );
    }

    #[test]
    fn only_quarters_years_and_since_the_start_parse() {
        assert_eq!(
            Period::parse("2026-K1"),
            Some(Period::Quarter {
                year: 2026,
                quarter: 1
            })
        );
        assert_eq!(
            Period::parse("2026-Q4"),
            Some(Period::Quarter {
                year: 2026,
                quarter: 4
            })
        );
        assert_eq!(Period::parse("2025"), Some(Period::Year(2025)));
        assert_eq!(Period::parse("start"), Some(Period::SinceStart));
        for bad in ["2026-05", "2026-K5", "2026-01..2026-05", "", "26", "2026-K"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        for p in [
            Period::Year(2025),
            Period::SinceStart,
            Period::Quarter {
                year: 2024,
                quarter: 2,
            },
        ] {
            assert_eq!(Period::parse(&p.as_param()), Some(p));
        }
    }

    #[test]
    fn the_current_quarter_and_an_unsealed_one_are_not_published() {
        // 1 December 2026: the fourth quarter is running; the third is closed once September
        // is sealed.
        assert_eq!(last_closed(2026, 12, Some("2026-11")), quarter(2026, 3));
        assert_eq!(last_closed(2026, 10, Some("2026-08")), quarter(2026, 2));
        let closed = last_closed(2026, 12, Some("2026-11"));
        assert_eq!(
            Period::Quarter {
                year: 2026,
                quarter: 4
            }
            .span(0, closed),
            None
        );
        assert_eq!(Period::Year(2026).span(0, closed), None);
        assert_eq!(
            Period::Year(2025).span(0, closed),
            Some((quarter(2025, 1), quarter(2025, 4)))
        );
        let first = quarter(2025, 2);
        assert_eq!(
            Period::SinceStart.span(first, closed),
            Some((first, closed))
        );
        let offered = Period::offered(first, closed);
        assert_eq!(offered[..2], [Period::SinceStart, Period::Year(2025)]);
        assert_eq!(
            offered.len(),
            2 + 6,
            "whole 2025, and six quarters 2025-K2..2026-K3"
        );
    }
}
