//! Days and times as people read them: "8. december 2026 kl. 10.00" in Danish, "8 December 2026,
//! 10:00" in English. The stored forms (`2026-12-08`, `10:00`, and local moments
//! `2026-12-08 10:00`) are kept for forms and exports; anything else is shown as it is.

use super::catalogue::{Template, Value};
use crate::domain::Lang;

crate::texts! {
    /// How a language writes days, months and times.
    pub struct DateWords {
        /// January to December, as they stand inside a sentence.
        pub months: [&'static str; 12],
        /// A day: `{day}`, `{month}` (its name) and `{year}`.
        pub day: Template,
        /// A month: `{month}` and `{year}`.
        pub month: Template,
        /// A time of day: `{hours}` and `{minutes}`.
        pub time: Template,
        /// A day and a time: `{day}` and `{time}`, each already written out.
        pub day_and_time: Template,
    }
    /// The date words in `lang`.
    pub fn date_words => "dates";
}

/// `(year, month 1–12, day)` of `YYYY-MM-DD`.
fn parts(iso: &str) -> Option<(&str, usize, u32)> {
    let mut fields = iso.splitn(3, '-');
    let year = fields.next().filter(|y| y.len() == 4)?;
    let month: usize = fields.next()?.parse().ok()?;
    let day: u32 = fields.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// A day (`2026-12-08`): "8. december 2026" / "8 December 2026".
pub fn day_text(lang: Lang, iso: &str) -> String {
    match parts(iso) {
        Some((year, month, day)) => {
            let words = date_words(lang);
            words.day.fill(&[
                ("day", Value::from(day)),
                ("month", words.months[month - 1].into()),
                ("year", year.into()),
            ])
        }
        None => iso.to_owned(),
    }
}

/// A date in digits (`8.12.2026`), as every reader of a two-language card reads it alike.
pub fn digits_day_text(iso: &str) -> String {
    match parts(iso) {
        Some((year, month, day)) => format!("{day}.{month}.{year}"),
        None => iso.to_owned(),
    }
}

/// A time of day (`10:00`): "kl. 10.00" / "10:00".
pub fn time_text(lang: Lang, time: &str) -> String {
    match time.split_once(':') {
        Some((hours, minutes)) => date_words(lang)
            .time
            .fill(&[("hours", hours.into()), ("minutes", minutes.into())]),
        None => time.to_owned(),
    }
}

/// A day and a time: "8. december 2026 kl. 10.00" / "8 December 2026, 10:00".
pub fn day_and_time_text(lang: Lang, day: &str, time: &str) -> String {
    date_words(lang).day_and_time.fill(&[
        ("day", day_text(lang, day).into()),
        ("time", time_text(lang, time).into()),
    ])
}

/// A local moment (`2026-12-08 10:00`, as the server gives it in Copenhagen time).
pub fn moment_text(lang: Lang, local: &str) -> String {
    match local.split_once(' ') {
        Some((day, time)) => day_and_time_text(lang, day, time),
        None => day_text(lang, local),
    }
}

/// The month of `YYYY-MM`: "december 2026" / "December 2026".
pub fn month_text(lang: Lang, month: &str) -> String {
    match parts(&format!("{month}-01")) {
        Some((year, month, _)) => {
            let words = date_words(lang);
            words.month.fill(&[
                ("month", words.months[month - 1].into()),
                ("year", year.into()),
            ])
        }
        None => month.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_times_read_as_danes_write_them() {
        assert_eq!(day_text(Lang::Da, "2026-12-08"), "8. december 2026");
        assert_eq!(day_text(Lang::En, "2026-12-08"), "8 December 2026");
        assert_eq!(
            day_and_time_text(Lang::Da, "2026-12-08", "10:00"),
            "8. december 2026 kl. 10.00"
        );
        assert_eq!(
            moment_text(Lang::En, "2026-12-01 08:04"),
            "1 December 2026, 08:04"
        );
        assert_eq!(month_text(Lang::Da, "2026-03"), "marts 2026");
        assert_eq!(day_text(Lang::Da, "sometime"), "sometime", "kept as it is");
    }
}
