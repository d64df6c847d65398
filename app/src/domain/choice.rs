//! Closed lists of choices (a role, an age band, a theme …) declared once: the variants, the
//! value stored and submitted for each, the list in display order, and parsing.

/// Declares an enum of choices with `ALL`, `as_str` and `parse`.
///
/// ```ignore
/// choice! {
///     /// The child's age band.
///     pub enum AgeBand { Age0To2 => "0-2", Age3To5 => "3-5" }
/// }
/// ```
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $value:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every choice, in the order lists show them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value stored in the database and sent by forms.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value),+
                }
            }

            /// Parses a stored or submitted value; empty means nothing was chosen.
            pub fn parse(value: &str) -> Result<Self, $crate::domain::Problem> {
                let value = value.trim();
                if value.is_empty() {
                    return Err($crate::domain::Problem::Unanswered);
                }
                Self::ALL
                    .iter()
                    .copied()
                    .find(|choice| choice.as_str() == value)
                    .ok_or($crate::domain::Problem::NotAChoice)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
