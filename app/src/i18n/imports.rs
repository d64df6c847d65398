//! Texts shared by every CSV import (courses, notifications, staircase).

use crate::domain::Lang;

/// Texts of an import's form and its report.
pub struct Imports {
    pub file: &'static str,
    /// Import button.
    pub button: &'static str,
    /// Import refused: heading.
    pub refused: &'static str,
    /// Line column.
    pub line: &'static str,
    /// Column column.
    pub column: &'static str,
    /// Problem column.
    pub problem: &'static str,
}

const DA: Imports = Imports {
    file: "CSV-fil",
    button: "Importér",
    refused: "Filen er ikke importeret. Ret linjerne herunder, og prøv igen – intet er gemt.",
    line: "Linje",
    column: "Kolonne",
    problem: "Problem",
};

const EN: Imports = Imports {
    file: "CSV file",
    button: "Import",
    refused:
        "The file was not imported. Correct the lines below and try again – nothing has been saved.",
    line: "Line",
    column: "Column",
    problem: "Problem",
};

/// The import texts in `lang`.
pub fn imports(lang: Lang) -> &'static Imports {
    match lang {
        Lang::Da => &DA,
        _ => &EN,
    }
}
