//! Recognising Danish CPR numbers in free text, so no child or parent is named by number.
//!
//! A CPR number is DDMMYY-XXXX: six digits that form a real date, then four digits. People
//! write it with or without the dash, or with spaces or dots (`010203-1234`, `0102031234`,
//! `010203 1234`, `01.02.03-1234`). Ten digits inside a longer run of digits (an account
//! number, a phone number with country code) are not counted. Written by hand rather than with
//! a regular expression so the check also runs in the browser without the regex engine.

/// True when `text` contains something written like a CPR number with a valid date.
pub fn contains_cpr(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).any(|start| {
        let starts_a_number = start == 0 || !chars[start - 1].is_ascii_digit();
        starts_a_number && cpr_at(&chars[start..])
    })
}

/// Whether a CPR number starts at the beginning of `chars`.
fn cpr_at(chars: &[char]) -> bool {
    let mut digits = [0u8; 10];
    let mut count = 0;
    let mut i = 0;
    // The places after which one separator may stand: DD, MM, YY.
    while count < 10 {
        let Some(&c) = chars.get(i) else { return false };
        let Some(d) = c.to_digit(10) else {
            return false;
        };
        digits[count] = d as u8;
        count += 1;
        i += 1;
        if matches!(count, 2 | 4 | 6) && matches!(chars.get(i), Some(' ' | '.' | '-')) {
            i += 1;
        }
    }
    let ends_the_number = !chars.get(i).is_some_and(char::is_ascii_digit);
    ends_the_number && valid_date(&digits)
}

fn valid_date(d: &[u8; 10]) -> bool {
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    let year = u32::from(d[4] * 10 + d[5]);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        // The century is not written: a 29th of February counts if any century has one.
        2 if year % 4 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpr_numbers_are_found_however_they_are_written() {
        for text in [
            "010203-1234",
            "0102031234",
            "010203 1234",
            "010203.1234",
            "01.02.03-1234",
            "01 02 03 1234",
            "Barnet (cpr 311299-0000) er ked af det",
            "290200-1234",
        ] {
            assert!(contains_cpr(text), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_cpr_numbers_pass() {
        for text in [
            "Han er 5 år og går i 0. klasse",
            "320103-1234",
            "011303-1234",
            "290201-1234",
            "ring på 45 12 34 56 78",
            "kontonummer 12345678901234",
            "00102031234",
            "010203-12345",
            "010203--1234",
            "Mødet er 01.02.2026 kl. 10",
        ] {
            assert!(!contains_cpr(text), "{text}");
        }
    }
}
