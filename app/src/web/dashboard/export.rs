//! `GET /ledelse/eksport/{table}.csv|.xlsx`: one dashboard table under the same filters as
//! the page it is on, suppressed exactly as shown there; and `report.xlsx?year=…`, the whole
//! status report as one workbook. Each download is in the audit log.

use axum::{
    extract::{Path, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{IntoResponse as _, Response},
    Extension,
};
use chrono::{DateTime, Utc};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::{
    domain::{
        audit::{Action, Actor},
        dashboard::{Dashboard, DashboardQuery, Goal, STANDARD_CSV},
        table::{ExportCell, Table},
        CurrentStaff, Lang,
    },
    i18n::{
        dashboard::{dashboard_text, goal_title},
        figures::{hidden_text, status_name},
        goals::summary_text,
        refusals,
        registry::gap_texts,
    },
    store::{audit_store, AppState, Database},
    web::{
        dashboard::{build, report, report_year},
        kit::internal,
        request::lang_of,
    },
};

/// The address of downloads.
pub const PATH: &str = "/ledelse/eksport/{file}";

/// How a CSV download separates its fields and writes decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// What Danish Excel opens by double-click: semicolons and decimal commas (`goal1-age.csv`).
    DanishExcel,
    /// Commas and decimal points, for other programs (`goal1-age.standard.csv`).
    Standard,
}

/// A table's file as built for a download: its bytes and content type.
pub struct TableFile {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

/// Why a table's file could not be made.
#[derive(Debug)]
pub enum TableFileError {
    /// No table of that name and format (or none for the period asked).
    NotFound,
    Failed(String),
}

impl From<sqlx::Error> for TableFileError {
    fn from(e: sqlx::Error) -> Self {
        TableFileError::Failed(e.to_string())
    }
}

/// The table named in `file` (`goal3-split.xlsx`, `goal1-age.standard.csv`) under `query`,
/// written in `lang`, and the download recorded in the audit log as `actor`'s: the one way
/// to a figures file, for the browser and the command line alike.
pub async fn table_file(
    db: &Database,
    now: DateTime<Utc>,
    actor: Actor<'_>,
    file: &str,
    query: &DashboardQuery,
    lang: Lang,
) -> Result<TableFile, TableFileError> {
    let (id, format) = file.rsplit_once('.').ok_or(TableFileError::NotFound)?;
    if (id, format) == (REPORT, "xlsx") {
        return report_file(db, now, actor, query, lang).await;
    }
    let (id, dialect) = match id.strip_suffix(STANDARD_CSV) {
        Some(id) if format == "csv" => (id, Dialect::Standard),
        Some(_) => return Err(TableFileError::NotFound),
        None => (id, Dialect::DanishExcel),
    };
    let goal = id
        .strip_prefix("goal")
        .and_then(|rest| rest.get(..1))
        .and_then(Goal::from_number)
        .ok_or(TableFileError::NotFound)?;
    let dashboard = build(db, now.date_naive(), goal, query, lang).await?;
    let table = dashboard
        .tables
        .iter()
        .find(|t| t.id == id)
        .ok_or(TableFileError::NotFound)?;
    let (bytes, content_type) = match format {
        "csv" => (
            csv(table, lang, dialect).map_err(|e| e.to_string()),
            "text/csv; charset=utf-8",
        ),
        "xlsx" => (xlsx(table, lang).map_err(|e| e.to_string()), XLSX),
        _ => return Err(TableFileError::NotFound),
    };
    let bytes = bytes.map_err(TableFileError::Failed)?;
    audit_store::record(
        db.pool(),
        now,
        actor,
        Action::Exported,
        format!("{file} {}", query.to_query_string()).trim(),
    )
    .await?;
    Ok(TableFile {
        bytes,
        content_type,
    })
}

/// The name of the status report's workbook: `report.xlsx?year=2020`.
pub const REPORT: &str = "report";

/// The status report of the query's year (the report's own first year when none is given)
/// as one workbook: the report's sentences on the first sheet, then a sheet per table.
async fn report_file(
    db: &Database,
    now: DateTime<Utc>,
    actor: Actor<'_>,
    query: &DashboardQuery,
    lang: Lang,
) -> Result<TableFile, TableFileError> {
    let today = now.date_naive();
    let year = match query.year {
        Some(year) => year,
        None => report_year(db, today).await?,
    };
    let goals = report(db, today, year, lang).await?;
    let bytes =
        report_xlsx(&goals, year, lang).map_err(|e| TableFileError::Failed(e.to_string()))?;
    audit_store::record(
        db.pool(),
        now,
        actor,
        Action::Exported,
        &format!("{REPORT}.xlsx year={year}"),
    )
    .await?;
    Ok(TableFile {
        bytes,
        content_type: XLSX,
    })
}

/// Answers with the table named in `file` (`goal2-measures.xlsx`).
pub async fn export(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    Path(file): Path<String>,
    parts: Parts,
) -> Response {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(parts.uri.query().unwrap_or("")).unwrap_or_default();
    let query = DashboardQuery::parse(|name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    });
    let (lang, _) = lang_of(&parts);
    let actor = Actor {
        staff_id: Some(staff.id),
        email: &staff.email,
    };
    let made = table_file(&state.db, state.clock.now(), actor, &file, &query, lang).await;
    let TableFile {
        bytes,
        content_type,
    } = match made {
        Ok(made) => made,
        Err(TableFileError::NotFound) => {
            return (StatusCode::NOT_FOUND, refusals::NO_SUCH_TABLE).into_response()
        }
        Err(TableFileError::Failed(e)) => return internal(e),
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(disposition) =
        HeaderValue::from_str(&format!("attachment; filename=\"tidlig-{file}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}

/// The table as CSV (UTF-8 with a byte-order mark, so Excel reads æ, ø and å).
fn csv(table: &Table, lang: Lang, dialect: Dialect) -> Result<Vec<u8>, csv::Error> {
    let delimiter = match dialect {
        Dialect::DanishExcel => b';',
        Dialect::Standard => b',',
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(
        std::iter::once(&table.row_head)
            .chain(&table.columns)
            .map(|t| inert(t)),
    )?;
    for row in &table.rows {
        let cells = row.values.iter().map(|v| match v.export() {
            ExportCell::Number(n) => number(n, dialect),
            ExportCell::Hidden => hidden_text(lang).to_owned(),
            ExportCell::Status(status) => status_name(lang, status).to_owned(),
            ExportCell::Empty => String::new(),
        });
        writer.write_record(std::iter::once(inert(&row.label)).chain(cells))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// Text as a spreadsheet takes it for text, never a formula: a label imported from a file (a
/// sender, a step) that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading apostrophe (OWASP's advice against CSV injection). Numbers are written by us and
/// stay numbers.
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Whole numbers without a decimal separator, others with one decimal (a comma for Danish
/// Excel).
fn number(n: f64, dialect: Dialect) -> String {
    let text = if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    };
    match dialect {
        Dialect::DanishExcel => text.replace('.', ","),
        Dialect::Standard => text,
    }
}

/// The content type of a workbook.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The table as an XLSX workbook with one sheet, its title above the header.
fn xlsx(table: &Table, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    // Sheet names are at most 31 characters and may not hold some signs.
    let name: String = table.id.chars().take(31).collect();
    sheet.set_name(&name)?;
    write_table(sheet, table, lang)?;
    workbook.save_to_buffer()
}

/// The status report as a workbook: a first sheet with the title, the introduction and each
/// goal's sentences – its status, what the figures leave out, the notes under them – and the
/// sheet each of its tables is on; then the tables, one a sheet, as the page shows them.
fn report_xlsx(goals: &[Dashboard], year: u32, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let text = dashboard_text(lang);
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let heading = Format::new().set_bold().set_font_size(14);
    let front = workbook.add_worksheet();
    front.set_name(text.report)?;
    front.set_column_width(0, 100)?;
    front.write_string_with_format(
        0,
        0,
        text.report_title.fill(&[("year", year.to_string().into())]),
        &heading,
    )?;
    front.write_string(
        1,
        0,
        text.report_intro.fill(&[("year", year.to_string().into())]),
    )?;
    let mut line = 3u32;
    let mut names: Vec<String> = Vec::new();
    let mut sheets: Vec<(String, &Table)> = Vec::new();
    for goal in goals {
        front.write_string_with_format(line, 0, goal_title(lang, goal.goal), &bold)?;
        line += 1;
        let sentences = goal
            .summary
            .iter()
            .map(|s| summary_text(lang, s))
            .chain(goal.gaps.iter().flat_map(|g| gap_texts(lang, g)));
        for sentence in sentences {
            front.write_string(line, 0, sentence)?;
            line += 1;
        }
        for table in goal.tables.iter().filter(|t| !t.rows.is_empty()) {
            let name = sheet_name(&table.id, &names);
            front.write_string(line, 0, format!("{} → {name}", table.title))?;
            line += 1;
            names.push(name.clone());
            sheets.push((name, table));
        }
        line += 1;
    }
    let threshold = goals.first().map_or(5, |g| g.threshold);
    front.write_string(line, 0, text.suppression.fill(&[("t", threshold.into())]))?;
    for (name, table) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name)?;
        write_table(sheet, table, lang)?;
    }
    workbook.save_to_buffer()
}

/// A sheet's name for the table `id`: at most 31 characters, and not one of `taken`.
fn sheet_name(id: &str, taken: &[String]) -> String {
    let base: String = id.chars().take(31).collect();
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        let suffix = format!("-{n}");
        name = format!(
            "{}{suffix}",
            base.chars().take(31 - suffix.len()).collect::<String>()
        );
        n += 1;
    }
    name
}

/// The table on `sheet`: its title above its header and rows.
fn write_table(
    sheet: &mut rust_xlsxwriter::Worksheet,
    table: &Table,
    lang: Lang,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, &table.title, &bold)?;
    sheet.write_string_with_format(2, 0, &table.row_head, &bold)?;
    for (c, column) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(2, col(c + 1), column, &bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let line = u32::try_from(r + 3).unwrap_or(u32::MAX);
        sheet.write_string(line, 0, &row.label)?;
        for (c, value) in row.values.iter().enumerate() {
            match value.export() {
                ExportCell::Number(n) => {
                    sheet.write_number(line, col(c + 1), n)?;
                }
                ExportCell::Hidden => {
                    sheet.write_string(line, col(c + 1), hidden_text(lang))?;
                }
                ExportCell::Status(status) => {
                    sheet.write_string(line, col(c + 1), status_name(lang, status))?;
                }
                ExportCell::Empty => {}
            }
        }
    }
    sheet.set_column_width(0, 28)?;
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
