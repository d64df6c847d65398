//! Charts drawn on the server as SVG from a dashboard table: stacked bars, bars and lines.
//! Colours from the Okabe–Ito palette (safe for colour-blind readers) with a pattern per
//! series, so the series also part in black-and-white print. The figures themselves are in
//! the table under each chart, which screen readers read instead.

use leptos::prelude::*;

use crate::{
    components::context::use_lang,
    domain::{
        table::{Chart, Table, Value},
        Lang,
    },
    i18n::{dashboard::dashboard_text, figures::value_text},
};

/// Okabe–Ito colours.
const COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];
/// The drawing over each colour: none, diagonal, dots, horizontal, cross, vertical …
const MARKS: [&str; 8] = [
    "",
    "M0,8 L8,0",
    "M3,3 h2 v2 h-2 z",
    "M0,4 H8",
    "M0,0 L8,8 M0,8 L8,0",
    "M4,0 V8",
    "M0,2 H8 M0,6 H8",
    "M0,8 L8,0 M4,0 V8",
];
// Drawn 400 units wide and shown at most 400 pixels wide, so the 12-unit text stays readable
// on a 360-pixel phone (about 10.5 pixels) and is never blown up on a wide screen.
const WIDTH: f64 = 400.0;
const ROW: f64 = 26.0;
/// The width of an average character of the 12-unit text, and the most characters a row
/// label's line takes before it breaks (two lines at most), so a label is never cut off.
const CHAR: f64 = 6.6;
const LABEL_LINE: usize = 24;
const HIDDEN_FILL: &str = "#BBBBBB";

fn fill(table: &Table, series: usize) -> String {
    format!("url(#{}-p{})", table.id, series % COLOURS.len())
}

/// The patterns of one chart (ids are prefixed with the table's, as a page has several).
fn patterns(table: &Table) -> String {
    let mut defs = String::from("<defs>");
    for (i, (colour, mark)) in COLOURS.iter().zip(MARKS).enumerate() {
        let stroke = if i == 6 { "#000000" } else { "#FFFFFF" };
        defs.push_str(&format!(
            "<pattern id=\"{}-p{i}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">\
             <rect width=\"8\" height=\"8\" fill=\"{colour}\"/><path d=\"{mark}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/></pattern>",
            table.id
        ));
    }
    defs.push_str(&format!(
        "<pattern id=\"{}-hidden\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">\
         <rect width=\"6\" height=\"6\" fill=\"{HIDDEN_FILL}\"/><path d=\"M0,6 L6,0\" stroke=\"#666666\"/></pattern></defs>",
        table.id
    ));
    defs
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn label(x: f64, y: f64, anchor: &str, text: &str) -> String {
    format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>",
        escape(text)
    )
}

/// A row label in at most two lines of about [`LABEL_LINE`] characters, broken at spaces; what
/// would need a third line ends the second with "…" (the table under the chart has it whole).
fn label_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LABEL_LINE => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > 2 {
        let rest = lines.split_off(1).join(" ");
        let kept: String = rest.chars().take(LABEL_LINE - 1).collect();
        lines.push(format!("{kept}…"));
    }
    lines
}

/// The width of the label column: as wide as the longest line needs, no wider.
fn label_column(table: &Table) -> f64 {
    let longest = table
        .rows
        .iter()
        .flat_map(|r| label_lines(&r.label))
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    (longest as f64 * CHAR + 10.0).clamp(40.0, LABEL_LINE as f64 * CHAR + 10.0)
}

/// A row's label, right-aligned before `x`, in the row that starts at `top`.
fn row_label(x: f64, top: f64, text: &str) -> String {
    match label_lines(text).as_slice() {
        [one] => label(x, top + 16.0, "end", one),
        lines => lines
            .iter()
            .enumerate()
            .map(|(i, line)| label(x, top + 11.0 + i as f64 * 12.0, "end", line))
            .collect(),
    }
}

/// A legend under the bars: one swatch per series.
fn legend(names: &[(String, String)], top: f64) -> (String, f64) {
    let mut out = String::new();
    let (mut x, mut y) = (0.0, top);
    for (name, paint) in names {
        let width = 22.0 + name.chars().count() as f64 * 6.6;
        if x + width > WIDTH {
            x = 0.0;
            y += 18.0;
        }
        out.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"12\" fill=\"{paint}\" stroke=\"#333333\" stroke-width=\"0.5\"/>",
            y - 10.0
        ));
        out.push_str(&label(x + 18.0, y, "start", name));
        x += width + 10.0;
    }
    (out, y + 8.0)
}

fn stacked(table: &Table, from: usize, to: usize, lang: Lang) -> (String, f64) {
    let total_of = |values: &[Value]| -> f64 {
        values[to..]
            .iter()
            .find_map(|v| {
                matches!(v, Value::Total(_) | Value::Money(Some(_)))
                    .then(|| v.plotted())
                    .flatten()
            })
            .unwrap_or_else(|| values[from..to].iter().filter_map(Value::plotted).sum())
    };
    let max = table
        .rows
        .iter()
        .map(|r| total_of(&r.values))
        .fold(0.0, f64::max);
    let left = label_column(table);
    let scale = if max > 0.0 {
        (WIDTH - left - 10.0) / max
    } else {
        0.0
    };
    let mut body = String::new();
    let mut any_hidden = false;
    for (r, row) in table.rows.iter().enumerate() {
        let y = r as f64 * ROW;
        body.push_str(&row_label(left - 6.0, y, &row.label));
        let mut x = left;
        let mut shown = 0.0;
        for (s, value) in row.values[from..to].iter().enumerate() {
            if let Some(v) = value.plotted() {
                let w = v * scale;
                body.push_str(&format!(
                    "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\"/>",
                    y + 3.0,
                    ROW - 6.0,
                    fill(table, s)
                ));
                x += w;
                shown += v;
            }
        }
        // What the hidden cells add up to is the total less the shown cells: drawn as one
        // grey segment, so the bar keeps its length without showing any hidden cell.
        let rest = total_of(&row.values) - shown;
        if rest > 0.0 {
            any_hidden = true;
            body.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"url(#{}-hidden)\"/>",
                y + 3.0,
                rest * scale,
                ROW - 6.0,
                table.id
            ));
        }
    }
    let mut names: Vec<(String, String)> = table.columns[from..to]
        .iter()
        .enumerate()
        .map(|(s, name)| (name.clone(), fill(table, s)))
        .collect();
    if any_hidden {
        names.push((
            dashboard_text(lang).hidden.to_owned(),
            format!("url(#{}-hidden)", table.id),
        ));
    }
    let top = table.rows.len() as f64 * ROW + 20.0;
    let (legend, height) = legend(&names, top);
    (body + &legend, height)
}

fn bars(table: &Table, column: usize, lang: Lang) -> (String, f64) {
    let values: Vec<Option<f64>> = table
        .rows
        .iter()
        // A total row (the n) is written, not drawn: its bar would dwarf the others.
        .map(|r| {
            r.values
                .get(column)
                .filter(|v| !matches!(v, Value::Total(_)))
                .and_then(Value::plotted)
        })
        .collect();
    let low = values.iter().flatten().fold(0.0_f64, |a, b| a.min(*b));
    let high = values.iter().flatten().fold(0.0_f64, |a, b| a.max(*b));
    let span = if high - low > 0.0 { high - low } else { 1.0 };
    let left = label_column(table);
    let room = WIDTH - left - 70.0;
    let zero = left + (-low) / span * room;
    let mut body = String::new();
    for (r, (row, value)) in table.rows.iter().zip(&values).enumerate() {
        let y = r as f64 * ROW;
        body.push_str(&row_label(left - 6.0, y, &row.label));
        let text = row
            .values
            .get(column)
            .map(|v| value_text(lang, v))
            .unwrap_or_default();
        match value {
            Some(v) => {
                let w = v.abs() / span * room;
                let x = if *v < 0.0 { zero - w } else { zero };
                body.push_str(&format!(
                    "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\"/>",
                    y + 3.0,
                    ROW - 6.0,
                    fill(table, 0)
                ));
                body.push_str(&label(zero.max(x + w) + 4.0, y + 16.0, "start", &text));
            }
            None => body.push_str(&label(zero + 4.0, y + 16.0, "start", &text)),
        }
    }
    body.push_str(&format!(
        "<line x1=\"{zero:.1}\" x2=\"{zero:.1}\" y1=\"0\" y2=\"{:.1}\" stroke=\"#333333\"/>",
        table.rows.len() as f64 * ROW
    ));
    (body, table.rows.len() as f64 * ROW + 4.0)
}

fn line(table: &Table, column: usize, lang: Lang) -> (String, f64) {
    let height = 180.0;
    let points: Vec<(usize, f64)> = table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.values
                .get(column)
                .and_then(Value::plotted)
                .map(|v| (i, v))
        })
        .collect();
    let max = points.iter().map(|(_, v)| *v).fold(0.0, f64::max).max(1.0);
    let n = table.rows.len().max(2) as f64 - 1.0;
    let x = |i: usize| 30.0 + i as f64 / n * (WIDTH - 60.0);
    let y = |v: f64| 20.0 + (1.0 - v / max) * (height - 50.0);
    let mut body = format!(
        "<line x1=\"30\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#333333\"/>",
        WIDTH - 30.0,
        y(0.0),
        y(0.0)
    );
    let path: Vec<String> = points
        .iter()
        .map(|(i, v)| format!("{:.1},{:.1}", x(*i), y(*v)))
        .collect();
    body.push_str(&format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>",
        path.join(" "),
        COLOURS[0]
    ));
    for (i, v) in &points {
        body.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{}\"/>",
            x(*i) - 4.0,
            y(*v) - 4.0,
            COLOURS[1]
        ));
        let text = value_text(lang, &table.rows[*i].values[column]);
        body.push_str(&label(x(*i), y(*v) - 8.0, "middle", &text));
    }
    for (i, row) in table.rows.iter().enumerate() {
        body.push_str(&label(x(i), height - 10.0, "middle", &row.label));
    }
    (body, height)
}

/// The chart of `table`, or nothing for tables without one.
#[component]
pub fn TableChart(table: Table) -> impl IntoView {
    let lang = use_lang();
    if table.rows.is_empty() {
        return None;
    }
    let (body, height) = match table.chart {
        Chart::None => return None,
        Chart::Stacked { from, to } => stacked(&table, from, to, lang),
        Chart::Bars { column } => bars(&table, column, lang),
        // A line through one point is a dot that says nothing the table does not.
        Chart::Line { column }
            if table
                .rows
                .iter()
                .filter(|r| r.values.get(column).and_then(Value::plotted).is_some())
                .count()
                < 2 =>
        {
            return None
        }
        Chart::Line { column } => line(&table, column, lang),
    };
    let svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-label=\"{}: {}\">{}{body}</svg>",
        escape(&table.title),
        dashboard_text(lang).chart_hint,
        patterns(&table)
    );
    Some(view! { <div class="chart-box" inner_html=svg></div> })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_row_label_breaks_into_two_lines_and_is_never_cut() {
        assert_eq!(label_lines("2015"), ["2015"]);
        assert_eq!(
            label_lines("Forebyggende foranstaltninger i alt"),
            ["Forebyggende", "foranstaltninger i alt"]
        );
        let long = label_lines(
            "Tilfreds eller middel tilfreds med forløbet og samarbejdet i det hele taget",
        );
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
        let widest = long.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= LABEL_LINE, "{long:?}");
    }
}
