//! Recognising Danish CPR numbers in free text, so no child or parent is named by number.
//!
//! A CPR number is DDMMYY-XXXX: six digits that form a real date, then four digits. People
//! write it with or without the dash, with spaces, dots or slashes between the groups
//! (`010203-1234`, `0102031234`, `010203 - 1234`, `01/02/03-1234`), and word processors put in
//! their own characters: an en dash, a non-breaking or thin space, a line break, full-width
//! digits from an East Asian keyboard. The text is therefore normalised first (Unicode NFKC on
//! the server, which also catches the rarer look-alike digits; every kind of dash and space),
//! and then a CPR number is ten digits in the groups 2-2-2-4 with at most one separator
//! between groups – a dot, dash or slash with up to one space each side, or up to three spaces.
//! Ten digits inside a longer run of digits (an account number, a phone number with country
//! code) are not counted. Written by hand rather than with a regular expression so the check
//! also runs in the browser without the regex engine.

/// True when `text` contains something written like a CPR number with a valid date.
pub fn contains_cpr(text: &str) -> bool {
    let chars = normalised(text);
    (0..chars.len()).any(|start| {
        let starts_a_number = start == 0 || !chars[start - 1].is_ascii_digit();
        starts_a_number && cpr_at(&chars[start..])
    })
}

/// The text with look-alike digits made ASCII, every dash `-` and every space ` `.
fn normalised(text: &str) -> Vec<char> {
    #[cfg(feature = "ssr")]
    let chars: Vec<char> = unicode_normalization::UnicodeNormalization::nfkc(text).collect();
    // The browser's check (a hint before sending; the server's is the one that counts) maps
    // the full-width digits itself rather than carry the Unicode tables.
    #[cfg(not(feature = "ssr"))]
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            other => other,
        })
        .collect();
    chars
        .into_iter()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
            '\u{FF0E}' => '.',
            '\u{FF0F}' | '\u{2044}' | '\u{2215}' => '/',
            c if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}') => ' ',
            c => c,
        })
        .collect()
}

/// How many characters of `chars` form a separator between two groups: a dot, dash or slash
/// with up to one space each side, or one to three spaces; 0 when none.
fn separator(chars: &[char]) -> usize {
    let spaces = |from: usize, most: usize| {
        chars[from.min(chars.len())..]
            .iter()
            .take(most)
            .take_while(|c| **c == ' ')
            .count()
    };
    let before = spaces(0, 3);
    match chars.get(before) {
        Some('.' | '-' | '/') if before <= 1 => before + 1 + spaces(before + 1, 1),
        _ => before,
    }
}

/// Whether a CPR number starts at the beginning of `chars`.
fn cpr_at(chars: &[char]) -> bool {
    let mut digits = [0u8; 10];
    let mut count = 0;
    let mut i = 0;
    // The places after which a separator may stand: DD, MM, YY.
    while count < 10 {
        let Some(&c) = chars.get(i) else { return false };
        let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
            return false;
        };
        digits[count] = d as u8;
        count += 1;
        i += 1;
        if matches!(count, 2 | 4 | 6) {
            i += separator(&chars[i..]);
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
            // What Word, phones and copy-paste put in (issue 15).
            "010203\u{2013}1234",
            "010203\u{2014}1234",
            "010203 - 1234",
            "010203\u{00A0}1234",
            "010203\u{2009}1234",
            "010203\u{202F}-\u{202F}1234",
            "01/02/03-1234",
            "01/02/03/1234",
            "010203\n1234",
            "010203\r\n1234",
            "\u{FF10}\u{FF11}\u{FF10}\u{FF12}\u{FF10}\u{FF13}\u{FF0D}\u{FF11}\u{FF12}\u{FF13}\u{FF14}",
            "01 . 02 . 03 - 1234",
            "barnet, 010203\u{2212}1234, græder",
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
            // Dates, times, amounts, phone and reference numbers as people write them.
            "Mødet er 01/02/2026 kl. 10.30",
            "01.02.2026 - 1234 kr. i alt",
            "ring på +45 12 34 56 78",
            "tlf. 12345678",
            "j.nr. 2026-0142-1234",
            "sag 27.15.00-A00-1-26",
            "beløb 1.234.567,00 kr",
            "010203 -- 1234",
            "010203    1234",
            "uge 12-13, 2026",
        ] {
            assert!(!contains_cpr(text), "{text}");
        }
    }
}
