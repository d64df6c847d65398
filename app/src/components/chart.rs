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
// Drawn 400 units wide and shown at most 400 pixels wide with 16-unit text: on a 320-pixel
// phone the text is still about 11.5 pixels, at full width it is the page's own 16. Row labels
// stand above their bars, across the whole width, so a narrow screen keeps them whole.
const WIDTH: f64 = 400.0;
const TEXT: f64 = 16.0;
/// A line of text, a bar, and the space under a row.
const LINE: f64 = 19.0;
const BAR: f64 = 18.0;
const GAP: f64 = 8.0;
/// The width of an average character of the text, and the most characters a row label's line
/// takes before it breaks (two lines at most), so a label is never cut off.
const CHAR: f64 = 8.8;
const LABEL_LINE: usize = 44;
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

/// About how wide `text` is drawn in 16-unit text, erring wide: figures, signs and capitals
/// take more room than the average letter ([`CHAR`]) in the widest common sans-serif fonts.
fn width_of(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 5.2,
            '%' => 15.2,
            '+' | '−' => 13.4,
            c if c.is_ascii_digit() || c.is_uppercase() => 10.4,
            _ => CHAR,
        })
        .sum()
}

/// `text` centred on `x`, but moved in where it would reach past either edge.
fn centred(x: f64, y: f64, text: &str) -> String {
    let half = width_of(text) / 2.0 + 2.0;
    label(x.clamp(half, (WIDTH - half).max(half)), y, "middle", text)
}

fn label(x: f64, y: f64, anchor: &str, text: &str) -> String {
    format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"{TEXT}\" fill=\"#1a1a1a\">{}</text>",
        escape(text)
    )
}

/// A row label in at most two lines of about [`LABEL_LINE`] characters, broken at spaces; what
/// would need a third line ends the second with "…" (the table under the chart has it whole).
fn label_lines(text: &str) -> Vec<String> {
    lines_of(text, LABEL_LINE)
}

/// `text` in at most two lines of at most `most` characters (see [`label_lines`]).
fn lines_of(text: &str, most: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= most => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > 2 {
        let rest = lines.split_off(1).join(" ");
        let kept: String = rest.chars().take(most - 1).collect();
        lines.push(format!("{kept}…"));
    }
    lines
}

/// A row of a bar chart: its label's lines from `top`, and where its bar starts below them.
fn row_label(top: f64, text: &str) -> (String, f64) {
    let lines = label_lines(text);
    let drawn = lines
        .iter()
        .enumerate()
        // A little in from the edge: a glyph such as "T" reaches a little left of its start.
        .map(|(i, line)| label(2.0, top + TEXT + i as f64 * LINE, "start", line))
        .collect();
    (drawn, top + lines.len() as f64 * LINE + 4.0)
}

/// A legend under the bars: one swatch per series.
fn legend(names: &[(String, String)], top: f64) -> (String, f64) {
    // A swatch, then the name: a long name breaks into lines that fit beside its swatch.
    const SWATCH: f64 = 21.0;
    let most = ((WIDTH - SWATCH) / CHAR) as usize;
    let mut out = String::new();
    let (mut x, mut y, mut row_lines) = (0.0, top, 1);
    for (name, paint) in names {
        let lines = lines_of(name, most);
        let widest = lines.iter().map(|l| width_of(l)).fold(0.0, f64::max);
        let width = SWATCH + 3.0 + widest;
        if x > 0.0 && x + width > WIDTH {
            x = 0.0;
            y += row_lines as f64 * LINE + 4.0;
            row_lines = 1;
        }
        out.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"16\" height=\"14\" fill=\"{paint}\" stroke=\"#333333\" stroke-width=\"0.5\"/>",
            y - 12.0
        ));
        for (i, line) in lines.iter().enumerate() {
            out.push_str(&label(x + SWATCH, y + i as f64 * LINE, "start", line));
        }
        row_lines = row_lines.max(lines.len());
        x += width + 10.0;
    }
    (out, y + (row_lines - 1) as f64 * LINE + 8.0)
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
    let scale = if max > 0.0 { (WIDTH - 2.0) / max } else { 0.0 };
    let mut body = String::new();
    let mut any_hidden = false;
    let mut top = 0.0;
    for row in &table.rows {
        let (drawn, y) = row_label(top, &row.label);
        body.push_str(&drawn);
        top = y + BAR + GAP;
        let mut x = 0.0;
        let mut shown = 0.0;
        for (s, value) in row.values[from..to].iter().enumerate() {
            if let Some(v) = value.plotted() {
                let w = v * scale;
                body.push_str(&format!(
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\"/>",
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
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{BAR}\" fill=\"url(#{}-hidden)\"/>",
                rest * scale,
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
    let (legend, height) = legend(&names, top + TEXT);
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
    // Room on the right for the longest value written after its bar ("27 (64 %)").
    let longest = table
        .rows
        .iter()
        .filter_map(|r| r.values.get(column))
        .map(|v| width_of(&value_text(lang, v)))
        .fold(0.0, f64::max);
    let room = WIDTH - 8.0 - longest;
    let zero = (-low) / span * room;
    let mut body = String::new();
    let mut top = 0.0;
    let mut axis = Vec::new();
    for (row, value) in table.rows.iter().zip(&values) {
        let (drawn, y) = row_label(top, &row.label);
        body.push_str(&drawn);
        top = y + BAR + GAP;
        axis.push(y);
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
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\"/>",
                    fill(table, 0)
                ));
                body.push_str(&label(zero.max(x + w) + 4.0, y + 14.0, "start", &text));
            }
            None => body.push_str(&label(zero + 4.0, y + 14.0, "start", &text)),
        }
    }
    // The zero line through every bar (not through the labels above them).
    for y in axis {
        body.push_str(&format!(
            "<line x1=\"{zero:.1}\" x2=\"{zero:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#333333\"/>",
            y - 2.0,
            y + BAR + 2.0
        ));
    }
    (body, top)
}

/// The plotted values of `column`, by row.
fn points(table: &Table, column: usize) -> Vec<(usize, f64)> {
    table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.values
                .get(column)
                .and_then(Value::plotted)
                .map(|v| (i, v))
        })
        .collect()
}

/// A line through `column`; with `target`, that column's value as a dashed line across, with
/// its heading and value written above its right end.
fn line(table: &Table, column: usize, target: Option<usize>, lang: Lang) -> (String, f64) {
    let height = 200.0;
    let points = points(table, column);
    let goal = target.and_then(|t| {
        table
            .rows
            .iter()
            .find_map(|r| r.values.get(t).filter(|v| v.plotted().is_some()))
            .map(|v| (t, *v))
    });
    let max = points
        .iter()
        .map(|(_, v)| *v)
        .chain(goal.and_then(|(_, v)| v.plotted()))
        .fold(0.0, f64::max)
        .max(1.0);
    let n = table.rows.len().max(2) as f64 - 1.0;
    let x = |i: usize| 30.0 + i as f64 / n * (WIDTH - 60.0);
    let y = |v: f64| 26.0 + (1.0 - v / max) * (height - 60.0);
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
    // The target: a dashed line across, named in a key under the years (where no point's
    // label can meet it).
    let mut total = height;
    if let Some((t, value)) = goal {
        let at = y(value.plotted().unwrap_or(0.0));
        let dashed = |x1: f64, x2: f64, y: f64, class: &str| {
            format!(
                "<line class=\"{class}\" x1=\"{x1:.1}\" x2=\"{x2:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                COLOURS[5]
            )
        };
        body.push_str(&dashed(30.0, WIDTH - 30.0, at, "target-line"));
        let heading = table.columns.get(t).cloned().unwrap_or_default();
        body.push_str(&dashed(2.0, 26.0, height + 10.0, "target-key"));
        body.push_str(&label(
            32.0,
            height + 15.0,
            "start",
            &format!("{heading}: {}", value_text(lang, &value)),
        ));
        total += 24.0;
    }
    // Where the rows' labels (or their values) would run into each other, every k-th is
    // written, and the last; the table under the chart has them all.
    let spacing = (WIDTH - 60.0) / n;
    let widest = table
        .rows
        .iter()
        .flat_map(|r| {
            let value = r.values.get(column).map(|v| value_text(lang, v));
            [Some(r.label.clone()), value].into_iter().flatten()
        })
        .map(|text| width_of(&text) + 6.0)
        .fold(0.0, f64::max);
    let step = (widest / spacing).ceil().max(1.0) as usize;
    let last = table.rows.len() - 1;
    let written = |i: usize| i == last || (i.is_multiple_of(step) && last - i >= step);
    for (i, v) in &points {
        body.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{}\"/>",
            x(*i) - 4.0,
            y(*v) - 4.0,
            COLOURS[1]
        ));
        if written(*i) {
            let text = value_text(lang, &table.rows[*i].values[column]);
            body.push_str(&centred(x(*i), y(*v) - 9.0, &text));
        }
    }
    for (i, row) in table.rows.iter().enumerate().filter(|(i, _)| written(*i)) {
        body.push_str(&centred(x(i), height - 8.0, &row.label));
    }
    (body, total)
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
        Chart::Line { column } if points(&table, column).len() < 2 => return None,
        Chart::Line { column } => line(&table, column, None, lang),
        // A target gives even one point its meaning.
        Chart::Target { column, target } => line(&table, column, Some(target), lang),
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
            ["Forebyggende foranstaltninger i alt"]
        );
        assert_eq!(
            label_lines("Anbringelse uden for hjemmet på døgninstitution eller opholdssted"),
            [
                "Anbringelse uden for hjemmet på",
                "døgninstitution eller opholdssted"
            ]
        );
        let long = label_lines(
            "Tilfreds eller middel tilfreds med forløbet og samarbejdet i det hele taget, også da det var svært",
        );
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
        let widest = long.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= LABEL_LINE, "{long:?}");
    }

    #[test]
    fn a_label_line_fits_the_width_of_the_chart() {
        assert!(LABEL_LINE as f64 * CHAR <= WIDTH);
    }
}
