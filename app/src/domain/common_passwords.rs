//! Refusing the passwords people use most. The list is the 30,000 most common passwords that
//! the `zxcvbn` crate (MIT licence, © 2016 Joshua Holmer, a port of Dropbox's zxcvbn) carries,
//! taken from Mark Burnett's / Xato's 10 million leaked passwords – three times the 10,000 the
//! usual guidance asks for (NIST SP 800-63B § 5.1.1.2: "passwords obtained from previous
//! breach corpuses"). A password is common when the crate's best reading of it is one of them
//! as a whole, whatever its capitals.

use zxcvbn::matching::patterns::MatchPattern;

/// True when the whole of `password` is one of the common passwords.
pub fn is_common(password: &str) -> bool {
    let entropy = zxcvbn::zxcvbn(password, &[]);
    let length = password.chars().count();
    entropy.sequence().iter().any(|found| {
        let MatchPattern::Dictionary(word) = &found.pattern else {
            return false;
        };
        // The crate does not export the type of its dictionaries' names, only their debug
        // form; `Passwords` is the list of leaked passwords (the others are words and names).
        found.i == 0
            && found.j + 1 == length
            && format!("{:?}", word.dictionary_name) == "Passwords"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_tens_of_thousands_of_leaked_passwords() {
        for common in [
            "password1234",
            "PASSWORD1234",
            "qwertyuiop123",
            "1q2w3e4r5t6y",
            "qwerty123456",
            "justinbieber",
        ] {
            assert!(is_common(common), "{common}");
        }
    }

    #[test]
    fn passphrases_and_the_demo_passwords_are_not_common() {
        for fine in [
            "korrekt-hest-batteri",
            "lang-nok-adgangskode",
            "hemmelig-kode-1",
            "Fælles Indsats 2026!",
        ] {
            assert!(!is_common(fine), "{fine}");
        }
    }
}
