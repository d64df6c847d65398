//! A dashboard table as CSV or XLSX: the same cells as the page, suppressed the same way
//! ("< 5" where the page says so), numbers as plain numbers.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::indicators::table::{ExportCell, Table};

/// The table as CSV (UTF-8 with a byte-order mark, so Excel reads æ, ø and å).
pub fn csv(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(
        std::iter::once(table.row_head.as_str()).chain(table.columns.iter().map(String::as_str)),
    )?;
    for row in &table.rows {
        let cells = row.values.iter().map(|v| match v.export() {
            ExportCell::Number(n) => number(n),
            ExportCell::Text(t) => t.to_owned(),
            ExportCell::Empty => String::new(),
        });
        writer.write_record(std::iter::once(row.label.clone()).chain(cells))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// Whole numbers without a decimal point, others with one decimal.
fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

/// The table as an XLSX workbook with one sheet, its title above the header.
pub fn xlsx(table: &Table) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    // Sheet names are at most 31 characters and may not hold some signs.
    let name: String = table.id.chars().take(31).collect();
    sheet.set_name(&name)?;
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
                ExportCell::Text(t) => {
                    sheet.write_string(line, col(c + 1), t)?;
                }
                ExportCell::Empty => {}
            }
        }
    }
    sheet.set_column_width(0, 28)?;
    workbook.save_to_buffer()
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
