//! Texts shared by every CSV import (courses, notifications, staircase).

crate::texts! {
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
    /// The import texts in `lang`.
    pub fn imports => "imports";
}
