//! Figures in the reader's words: thousands separators and decimal commas in Danish, "skjult"
//! for a hidden figure, kroner in millions.

use crate::domain::{
    table::{Cell, Value},
    target::TargetStatus,
    Lang,
};

/// What a hidden figure says, on the page and in every export. Not "< 5": a figure hidden so
/// that a small group cannot be worked out from it may be larger.
pub fn hidden_text(lang: Lang) -> &'static str {
    number_words(lang).hidden
}

/// A table cell as the page (and the chart's labels) show it.
pub fn value_text(lang: Lang, value: &Value) -> String {
    match *value {
        Value::Count(Cell::Shown { count, percent }) => {
            format!("{} ({percent} %)", thousands(lang, count))
        }
        Value::Count(Cell::Suppressed) => hidden_text(lang).to_owned(),
        Value::Total(n) => thousands(lang, n),
        Value::Share {
            percent: Some(p), ..
        } => format!("{} %", decimal(lang, p)),
        Value::Share { percent: None, .. } => hidden_text(lang).to_owned(),
        Value::Change(Some(c)) => format!("{c:+} %"),
        Value::Points(Some(p)) => format!(
            "{}{} {}",
            if p > 0.0 { "+" } else { "" },
            decimal(lang, p),
            number_words(lang).points
        ),
        Value::Money(Some(dkk)) => {
            format!(
                "{} {}",
                decimal(lang, dkk as f64 / 1e6),
                number_words(lang).million_kroner
            )
        }
        Value::Mean(Some(m)) => decimal(lang, m),
        Value::Figure { value, decimals } => fixed(lang, value, decimals),
        Value::Status(status) => status_name(lang, status).to_owned(),
        Value::Change(None)
        | Value::Points(None)
        | Value::Money(None)
        | Value::Mean(None)
        | Value::Missing => "–".to_owned(),
    }
}

crate::texts! {
    /// How a language writes numbers.
    pub struct NumberWords {
        /// A hidden figure.
        pub hidden: &'static str,
        /// Between the whole and the decimals.
        pub decimal_separator: &'static str,
        /// Between groups of three digits.
        pub thousands_separator: &'static str,
        /// After an amount in millions of kroner.
        pub million_kroner: &'static str,
        /// After a change of a share in percentage points.
        pub points: &'static str,
    }
    /// The number words in `lang`.
    pub fn number_words => "figures";
}

/// `value` with one decimal.
pub fn decimal(lang: Lang, value: f64) -> String {
    format!("{value:.1}").replace('.', number_words(lang).decimal_separator)
}

/// `value` with `decimals` decimals, its whole part in groups of three.
pub fn fixed(lang: Lang, value: f64, decimals: u8) -> String {
    let written = format!("{value:.*}", usize::from(decimals));
    let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
    let whole = thousands(lang, whole.parse().unwrap_or(0));
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{}{fraction}", number_words(lang).decimal_separator)
    }
}

/// `n` with its digits in groups of three.
pub fn thousands(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(number_words(lang).thousands_separator);
        }
        out.push(c);
    }
    out
}

/// A status against a target, as a word (`choices`' list `target_status`).
pub fn status_name(lang: Lang, status: TargetStatus) -> &'static str {
    super::choices::choice_name(lang, "target_status", status.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::table::ExportCell;

    #[test]
    fn cells_read_the_same_on_the_page_and_in_exports() {
        let hidden = Value::Count(Cell::Suppressed);
        assert_eq!(value_text(Lang::Da, &hidden), "skjult");
        assert_eq!(value_text(Lang::En, &hidden), "hidden");
        assert_eq!(hidden.export(), ExportCell::Hidden);
        let shown = Value::Count(Cell::Shown {
            count: 27,
            percent: 64,
        });
        assert_eq!(value_text(Lang::Da, &shown), "27 (64 %)");
        assert_eq!(shown.export(), ExportCell::Number(27.0));
        assert_eq!(
            value_text(Lang::Da, &Value::Money(Some(37_600_000))),
            "37,6 mio. kr."
        );
        assert_eq!(
            value_text(Lang::En, &Value::Money(Some(47_100_000))),
            "47.1 m DKK"
        );
        assert_eq!(value_text(Lang::Da, &Value::Total(1_000_000)), "1.000.000");
        assert_eq!(value_text(Lang::Da, &Value::Change(Some(42))), "+42 %");
        assert_eq!(value_text(Lang::Da, &Value::Change(None)), "–");
        let published = Value::Figure {
            value: 11735.0,
            decimals: 0,
        };
        assert_eq!(value_text(Lang::Da, &published), "11.735");
        assert_eq!(value_text(Lang::En, &published), "11,735");
        assert_eq!(published.export(), ExportCell::Number(11735.0));
        let share = Value::Figure {
            value: 54.6,
            decimals: 1,
        };
        assert_eq!(value_text(Lang::Da, &share), "54,6");
    }
}
