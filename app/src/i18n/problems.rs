//! Field problems as people read them, in their language.

use crate::domain::{Lang, Problem};

/// The message shown beside a field (and in the error summary) for `problem`.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    match (lang, problem) {
        (Lang::Da, Problem::Required) => "Udfyld feltet.".into(),
        (Lang::En, Problem::Required) => "Fill in this field.".into(),
        (Lang::Da, Problem::TooLong { max }) => format!("Skriv højst {max} tegn."),
        (Lang::En, Problem::TooLong { max }) => format!("Use at most {max} characters."),
        (Lang::Da, Problem::TooShort { min }) => format!("Skriv mindst {min} tegn."),
        (Lang::En, Problem::TooShort { min }) => format!("Use at least {min} characters."),
        (Lang::Da, Problem::CodeLength { found }) => {
            format!("Koden har 10 tegn. Du har skrevet {found}.")
        }
        (Lang::En, Problem::CodeLength { found }) => {
            format!("The code has 10 characters. You entered {found}.")
        }
        (Lang::Da, Problem::CodeCharacter { found }) => format!(
            "Koden indeholder ikke tegnet »{found}«. Tjek kortet: koder bruger hverken 0, O, 1, I, L, 2, Z, 5, S, 8 eller B."
        ),
        (Lang::En, Problem::CodeCharacter { found }) => format!(
            "Codes do not contain the character “{found}”. Check the card: codes never use 0, O, 1, I, L, 2, Z, 5, S, 8 or B."
        ),
        (Lang::Da, Problem::CodeUnknown) => {
            "Vi kan ikke finde koden. Tjek, at du har skrevet den som på kortet.".into()
        }
        (Lang::En, Problem::CodeUnknown) => {
            "We cannot find this code. Check that you typed it as printed on the card.".into()
        }
        (Lang::Da, Problem::DayInFuture) => "Datoen ligger i fremtiden. Registrér kun det, der er sket.".into(),
        (Lang::En, Problem::DayInFuture) => "The date lies in the future. Register only what has happened.".into(),
        (Lang::Da, Problem::DayBeforeStart) => "Datoen ligger før forløbets start.".into(),
        (Lang::En, Problem::DayBeforeStart) => "The date lies before the course started.".into(),
        (Lang::Da, Problem::CodeMissing) => "Skriv koden fra dit kort.".into(),
        (Lang::En, Problem::CodeMissing) => "Type the code from your card.".into(),
        (Lang::Da, Problem::CodeUsed) => {
            "Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem – tak. Hver kode kan kun bruges én gang.".into()
        }
        (Lang::En, Problem::CodeUsed) => {
            "This code has been used. If you sent your answers with it, they have arrived – thank you. Each code can be used only once.".into()
        }
        (Lang::Da, Problem::CodeExpired) => {
            "Koden er udløbet. Kontakt FI-teamet, hvis du stadig vil evaluere forløbet.".into()
        }
        (Lang::En, Problem::CodeExpired) => {
            "This code has expired. Contact the FI team if you would still like to evaluate the course.".into()
        }
        (Lang::Da, Problem::CodeForParents) => {
            "Koden er til forældrenes evaluering. Åbn den på forsiden under »Evaluér et forløb«.".into()
        }
        (Lang::En, Problem::CodeForParents) => {
            "This code is for the parents' evaluation. Open it on the front page under “Evaluate a course”.".into()
        }
        (Lang::Da, Problem::CodeForProfessionals) => {
            "Koden er til fagpersoners evaluering. Åbn den på adressen fra kortet: /evaluering/fagperson.".into()
        }
        (Lang::En, Problem::CodeForProfessionals) => {
            "This code is for the professionals' evaluation. Open it at the address on the card: /evaluering/fagperson.".into()
        }
        (Lang::Da, Problem::Email) => "Skriv en e-mailadresse som navn@kommune.dk.".into(),
        (Lang::En, Problem::Email) => "Enter an e-mail address like name@municipality.dk.".into(),
        (Lang::Da, Problem::NotAChoice) => "Vælg en af mulighederne.".into(),
        (Lang::En, Problem::NotAChoice) => "Choose one of the options.".into(),
        (Lang::Da, Problem::LoginFailed) => "E-mail eller adgangskode er forkert.".into(),
        (Lang::En, Problem::LoginFailed) => "The e-mail or the password is wrong.".into(),
        (Lang::Da, Problem::Throttled { minutes }) => {
            format!("For mange forsøg. Prøv igen om {minutes} {}.", if *minutes == 1 { "minut" } else { "minutter" })
        }
        (Lang::En, Problem::Throttled { minutes }) => {
            format!("Too many attempts. Try again in {minutes} {}.", if *minutes == 1 { "minute" } else { "minutes" })
        }
        (Lang::Da, Problem::Wait { seconds }) => {
            format!("For mange forkerte forsøg i træk. Vent {seconds} {}, og prøv igen.", if *seconds == 1 { "sekund" } else { "sekunder" })
        }
        (Lang::En, Problem::Wait { seconds }) => {
            format!("Too many wrong attempts in a row. Wait {seconds} {} and try again.", if *seconds == 1 { "second" } else { "seconds" })
        }
        (Lang::Da, Problem::Busy) => "Serveren har travlt lige nu. Prøv igen om et øjeblik – intet er gemt.".into(),
        (Lang::En, Problem::Busy) => "The server is busy right now. Try again in a moment – nothing was saved.".into(),
        (Lang::Da, Problem::CommonPassword) => {
            "Den adgangskode er blandt de mest brugte og gættes hurtigt. Vælg en anden, fx tre-fire tilfældige ord.".into()
        }
        (Lang::En, Problem::CommonPassword) => {
            "That password is among the most common ones and is quickly guessed. Choose another, e.g. three or four random words.".into()
        }
        (Lang::Da, Problem::PasswordWrong) => "Den nuværende adgangskode er forkert.".into(),
        (Lang::En, Problem::PasswordWrong) => "The current password is wrong.".into(),
        (Lang::Da, Problem::PasswordMismatch) => "De to nye adgangskoder er ikke ens.".into(),
        (Lang::En, Problem::PasswordMismatch) => "The two new passwords are not the same.".into(),
        (Lang::Da, Problem::EmailTaken) => "Der findes allerede en medarbejder med den e-mail.".into(),
        (Lang::En, Problem::EmailTaken) => "There is already a staff member with this e-mail.".into(),
        (Lang::Da, Problem::NameTaken) => "Der findes allerede en institution med det navn.".into(),
        (Lang::En, Problem::NameTaken) => "There is already an institution with this name.".into(),
        (Lang::Da, Problem::LastAdmin) => {
            "Der skal være mindst én aktiv administrator.".into()
        }
        (Lang::En, Problem::LastAdmin) => "There must be at least one active administrator.".into(),
        (Lang::Da, Problem::Unanswered) => "Vælg et svar.".into(),
        (Lang::En, Problem::Unanswered) => "Choose an answer.".into(),
        (Lang::Da, Problem::ContainsCpr) => {
            "Teksten ser ud til at indeholde et CPR-nummer. Fjern det – skriv aldrig CPR-numre eller navne.".into()
        }
        (Lang::Da, Problem::ReceiptFormat) => "Kvitteringskoden har 16 cifre, fx 1234 5678 9012 3456.".into(),
        (Lang::En, Problem::ReceiptFormat) => "The receipt code has 16 digits, e.g. 1234 5678 9012 3456.".into(),
        (Lang::Da, Problem::ReceiptUnknown) => {
            "Vi kan ikke finde en henvendelse med den kode. Tjek koden – eller teksten kan være slettet.".into()
        }
        (Lang::En, Problem::ReceiptUnknown) => {
            "We cannot find a request with this code. Check the code – or the text may have been deleted.".into()
        }
        (Lang::Da, Problem::Phone) => "Skriv et telefonnummer med 8 cifre.".into(),
        (Lang::En, Problem::Phone) => "Enter a phone number with 8 digits.".into(),
        (Lang::Da, Problem::LooksLikeContact) => {
            "Teksten ser ud til at indeholde en e-mailadresse eller et telefonnummer. Fjern det, hvis det kan pege på familien – eller bekræft nedenfor, at det er i orden.".into()
        }
        (Lang::En, Problem::LooksLikeContact) => {
            "The text seems to contain an e-mail address or a phone number. Remove it if it could point to the family – or confirm below that it is fine.".into()
        }
        (Lang::Da, Problem::Date) => "Skriv en dato som 2026-12-01.".into(),
        (Lang::En, Problem::Date) => "Enter a date like 2026-12-01.".into(),
        (Lang::Da, Problem::Time) => "Skriv et klokkeslæt som 09:30.".into(),
        (Lang::En, Problem::Time) => "Enter a time like 09:30.".into(),
        (Lang::Da, Problem::UnknownInstitution) => "Institutionen findes ikke i listen – skriv navnet præcis som der.".into(),
        (Lang::En, Problem::UnknownInstitution) => "The institution is not in the list – write the name exactly as there.".into(),
        (Lang::Da, Problem::CourseMismatch) => "Linjen er uenig med forløbets første linje om forløbet.".into(),
        (Lang::En, Problem::CourseMismatch) => "The line disagrees with the course's first line about the course.".into(),
        (Lang::Da, Problem::CsvFormat) => "Filen kan ikke læses som CSV.".into(),
        (Lang::En, Problem::CsvFormat) => "The file cannot be read as CSV.".into(),
        (Lang::Da, Problem::MissingColumn) => "Kolonnen mangler i første linje.".into(),
        (Lang::En, Problem::MissingColumn) => "The column is missing from the first line.".into(),
        (Lang::Da, Problem::DateOrder) => "Datoen ligger før forløbets start.".into(),
        (Lang::En, Problem::DateOrder) => "The date lies before the course's start.".into(),
        (Lang::Da, Problem::OutOfRange { min, max }) => format!("Skal være fra {min} til {max}."),
        (Lang::En, Problem::OutOfRange { min, max }) => format!("Must be from {min} to {max}."),
        (Lang::Da, Problem::UnknownStep) => "Trinnet findes ikke på indsatstrappen – importér trinnene først.".into(),
        (Lang::En, Problem::UnknownStep) => "The step is not on the staircase – import the steps first.".into(),
        (Lang::Da, Problem::DuplicateLine) => "Linjen gentager en tidligere linje.".into(),
        (Lang::En, Problem::DuplicateLine) => "The line repeats an earlier line.".into(),
        (Lang::Da, Problem::NotANumber) => "Skriv et helt tal.".into(),
        (Lang::En, Problem::NotANumber) => "Enter a whole number.".into(),
        (Lang::Da, Problem::WholeNumberFrom { min, max }) => {
            format!("Skriv et helt tal fra {min} til {max}.")
        }
        (Lang::En, Problem::WholeNumberFrom { min, max }) => {
            format!("Enter a whole number from {min} to {max}.")
        }
        (Lang::Da, Problem::TooMany { max }) => format!("Højst {max}."),
        (Lang::En, Problem::TooMany { max }) => format!("At most {max}."),
        (Lang::En, Problem::ContainsCpr) => {
            "The text seems to contain a CPR number. Remove it – never write CPR numbers or names.".into()
        }
    }
}
