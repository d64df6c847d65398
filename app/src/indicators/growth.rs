//! Growth against the baseline year, in whole percent.

use crate::domain::table::Value;

/// Change from `base` to `now` in whole percent; `None` without a base.
pub fn change(base: Option<u64>, now: Option<u64>) -> Value {
    Value::Change(match (base, now) {
        (Some(b), Some(n)) if b > 0 => {
            Some(((n as f64 - b as f64) * 100.0 / b as f64).round() as i64)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_is_the_change_in_whole_percent_and_needs_a_base() {
        assert_eq!(change(Some(226), Some(355)), Value::Change(Some(57)));
        assert_eq!(
            change(Some(12_900_000), Some(18_300_000)),
            Value::Change(Some(42))
        );
        assert_eq!(change(None, Some(3)), Value::Change(None));
    }
}
