//! Spotting contact details in free text, where they may name a family: an e-mail address or
//! a phone number in the concern is worth a second look before it is sent. (CPR numbers are
//! refused outright, see [`super::cpr`].)

/// True when `text` holds something shaped like an e-mail address (`name@domain.tld`).
pub fn contains_email(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '<' | '>'))
        .any(|word| {
            let word = word.trim_end_matches(['.', ':', '!', '?']);
            match word.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            }
        })
}

/// True when `text` holds a Danish phone number: eight digits, perhaps grouped by spaces or
/// dashes (`12 34 56 78`, `1234-5678`), perhaps after `+45`; not part of a longer number.
pub fn contains_phone(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).any(|start| {
        let boundary = start == 0 || !chars[start - 1].is_ascii_digit();
        boundary && chars[start].is_ascii_digit() && phone_at(&chars[start..])
    })
}

fn phone_at(chars: &[char]) -> bool {
    // Digits, and single spaces or dashes between digits, all count to one number.
    let mut digits = 0;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let separator =
            (c == ' ' || c == '-') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            digits += 1;
        } else if !separator {
            break;
        }
        i += 1;
    }
    digits == 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_are_spotted() {
        assert!(contains_email("skriv til mor@example.dk."));
        assert!(contains_email("(far.hansen@mail.com)"));
        assert!(!contains_email("vi mødes @ skolen"));
        assert!(!contains_email("ingen adresse her"));
    }

    #[test]
    fn danish_phone_numbers_are_spotted_and_other_numbers_are_not() {
        for text in [
            "ring 12345678",
            "ring 12 34 56 78",
            "tlf. 1234-5678",
            "+45 20 30 40 50",
        ] {
            assert!(contains_phone(text), "{text}");
        }
        for text in [
            "barnet er 5 år",
            "i 2026",
            "kontonr 123456789012",
            "1234 5678 9",
        ] {
            assert!(!contains_phone(text), "{text}");
        }
    }
}
