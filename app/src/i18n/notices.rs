//! One-time notices in the reader's language.

use crate::domain::{Lang, Notice};

/// The sentence for `notice`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match (lang, notice) {
        (Lang::Da, Notice::PasswordChanged) => "Din adgangskode er skiftet.".into(),
        (_, Notice::PasswordChanged) => "Your password has been changed.".into(),
        (Lang::Da, Notice::StaffCreated(n)) => format!("{n} er oprettet som medarbejder."),
        (_, Notice::StaffCreated(n)) => format!("{n} has been added as staff."),
        (Lang::Da, Notice::StaffUpdated(n)) => format!("Oplysningerne om {n} er gemt."),
        (_, Notice::StaffUpdated(n)) => format!("The details of {n} have been saved."),
        (Lang::Da, Notice::StaffDeactivated(n)) => {
            format!("{n} er deaktiveret og logget ud alle steder.")
        }
        (_, Notice::StaffDeactivated(n)) => {
            format!("{n} has been deactivated and logged out everywhere.")
        }
        (Lang::Da, Notice::StaffReactivated(n)) => format!("{n} er aktiv igen."),
        (_, Notice::StaffReactivated(n)) => format!("{n} is active again."),
        (Lang::Da, Notice::PasswordReset(n)) => {
            format!("{n} har fået en engangsadgangskode og skal vælge en ny ved næste login.")
        }
        (_, Notice::PasswordReset(n)) => {
            format!("{n} has a one-time password and must choose a new one at the next login.")
        }
        (Lang::Da, Notice::InstitutionCreated(n)) => format!("{n} er tilføjet."),
        (_, Notice::InstitutionCreated(n)) => format!("{n} has been added."),
        (Lang::Da, Notice::InstitutionUpdated(n)) => format!("{n} er gemt."),
        (_, Notice::InstitutionUpdated(n)) => format!("{n} has been saved."),
        (Lang::Da, Notice::SparringAssigned(id, n)) => format!("Henvendelse #{id} er tildelt {n}."),
        (_, Notice::SparringAssigned(id, n)) => format!("Request #{id} is assigned to {n}."),
        (Lang::Da, Notice::SparringMeetingProposed(id)) => {
            format!("Mødet er foreslået til spørgeren på henvendelse #{id}.")
        }
        (_, Notice::SparringMeetingProposed(id)) => {
            format!("The meeting has been proposed to the asker of request #{id}.")
        }
        (Lang::Da, Notice::SparringMessageSent(id)) => {
            format!("Beskeden er sendt til spørgeren på henvendelse #{id}.")
        }
        (_, Notice::SparringMessageSent(id)) => {
            format!("The message has been sent to the asker of request #{id}.")
        }
        (Lang::Da, Notice::SparringClosed(id)) => format!("Henvendelse #{id} er afsluttet."),
        (_, Notice::SparringClosed(id)) => format!("Request #{id} has been closed."),
        (Lang::Da, Notice::SettingsSaved) => "Indstillingerne er gemt.".into(),
        (_, Notice::SettingsSaved) => "The settings have been saved.".into(),
        (Lang::Da, Notice::CourseSaved(r)) => format!("Forløb {r} er gemt."),
        (_, Notice::CourseSaved(r)) => format!("Course {r} has been saved."),
        (Lang::Da, Notice::FiguresCorrected(v)) => {
            format!("Tallene er offentliggjort igen som udgave {v}; de tidligere udgaver er gemt.")
        }
        (_, Notice::FiguresCorrected(v)) => {
            format!(
                "The figures have been published again as version {v}; earlier versions are kept."
            )
        }
        (Lang::Da, Notice::FiguresUnchanged(day)) => {
            format!("Intet bag tallene har ændret sig siden {day}; siden er uændret.")
        }
        (_, Notice::FiguresUnchanged(day)) => {
            format!("Nothing behind the figures has changed since {day}; the page is unchanged.")
        }
    }
}
