//! Texts of anonymous sparring: the request form, the receipt, the asker's page, the inbox.

use crate::domain::{
    sparring::{AgeBand, AskerRole, Outcome, ParentsKnow, PreferredForm, SparringStatus, Theme},
    Lang,
};

/// Texts of the sparring pages.
pub struct Sparring {
    /// Request form: title.
    pub title: &'static str,
    /// Request form: what sparring is.
    pub intro: &'static str,
    /// Request form: the warning above the fields.
    pub warning: &'static str,
    pub role: &'static str,
    pub institution: &'static str,
    /// The "other" choice of institution.
    pub institution_other_choice: &'static str,
    /// Field: the other institution's name.
    pub institution_other: &'static str,
    /// Hint under it.
    pub institution_other_hint: &'static str,
    pub age_band: &'static str,
    pub themes: &'static str,
    /// Hint under themes.
    pub themes_hint: &'static str,
    pub concern: &'static str,
    /// Hint under it.
    pub concern_hint: &'static str,
    /// Field: do the parents know.
    pub parents_know: &'static str,
    pub preferred_form: &'static str,
    /// Heading of the optional contact fields.
    pub contact_heading: &'static str,
    /// Text under it.
    pub contact_intro: &'static str,
    /// Field: work name.
    pub contact_name: &'static str,
    /// Field: work phone.
    pub contact_phone: &'static str,
    /// Field: work e-mail.
    pub contact_email: &'static str,
    /// The confirmation box after the warning about contact details in the text.
    pub confirm: &'static str,
    pub send: &'static str,
    /// After sending: title.
    pub sent_title: &'static str,
    /// After sending: text above the receipt.
    pub sent_body: &'static str,
    /// After sending: advice.
    pub sent_advice: &'static str,
    /// Receipt page: title.
    pub receipt_title: &'static str,
    /// Receipt page: text.
    pub receipt_intro: &'static str,
    pub receipt: &'static str,
    pub receipt_hint: &'static str,
    pub open: &'static str,
    /// Asker page: title.
    pub request_title: &'static str,
    /// Asker page: status label.
    pub status: &'static str,
    /// Asker page: meeting heading.
    pub meeting: &'static str,
    /// Asker page: your concern heading.
    pub your_concern: &'static str,
    /// Asker page: conversation heading.
    pub conversation: &'static str,
    /// Author label: the asker.
    pub you: &'static str,
    /// Author label: the team.
    pub team: &'static str,
    pub reply: &'static str,
    /// Reply button.
    pub reply_send: &'static str,
    /// Shown after a reply.
    pub reply_sent: &'static str,
    /// Under the messages while the team has not written yet (`{days}`: working days).
    pub awaiting_answer: &'static str,
    /// On the page after sending, once the receipt may no longer be shown.
    pub sent_gone: &'static str,
    /// On the receipt page, once an opened request may no longer be shown without the receipt.
    pub opened_gone: &'static str,
    /// Deletion notice while open.
    pub deletion_open: &'static str,
    /// Deletion notice once closed; `{date}` is replaced.
    pub deletion_closed: &'static str,
    /// Closed requests take no replies.
    pub closed_no_reply: &'static str,
}

const DA: Sparring = Sparring {
    title: "Anonym sparring",
    intro: "Er du bekymret for et barn, og vil forældrene ikke (endnu) være med i et FI-møde? Så kan du få sparring med FI-teamet – en socialrådgiver, en psykolog og en sundhedsplejerske – uden at barnet nævnes.",
    warning: "Skriv ikke barnets eller familiens navne, CPR-numre eller adresser. Beskriv bekymringen, så barnet ikke kan genkendes.",
    role: "Din rolle",
    institution: "Din arbejdsplads",
    institution_other_choice: "Anden (skriv navnet)",
    institution_other: "Arbejdspladsens navn",
    institution_other_hint: "Kun hvis den ikke er på listen.",
    age_band: "Barnets alder",
    themes: "Hvad handler bekymringen om?",
    themes_hint: "Vælg alt det, der passer.",
    concern: "Beskriv bekymringen",
    concern_hint: "Mindst 20 og højst 4.000 tegn. Uden navne, CPR-numre og adresser.",
    parents_know: "Kender forældrene til bekymringen?",
    preferred_form: "Hvordan vil du helst tale med FI-teamet?",
    contact_heading: "Hvordan kan FI-teamet kontakte dig? (frivilligt)",
    contact_intro: "Skriv dit arbejdsnavn og dit arbejdsnummer eller din arbejdsmail, hvis teamet må ringe eller skrive til dig. Ellers svarer teamet kun på siden, du åbner med kvitteringskoden.",
    contact_name: "Navn",
    contact_phone: "Arbejdstelefon",
    contact_email: "Arbejdsmail",
    confirm: "Jeg har tjekket teksten: den peger ikke på barnet eller familien",
    send: "Send henvendelsen",
    sent_title: "Din henvendelse er sendt",
    sent_body: "Her er din kvitteringskode. Med den kan du se svar fra FI-teamet og skrive tilbage:",
    sent_advice: "Skriv koden ned nu. Den vises kun her, i et kvarter, og vi kan ikke finde den igen for dig.",
    receipt_title: "Læs svar på anonym sparring",
    receipt_intro: "Skriv kvitteringskoden, du fik, da du sendte din henvendelse.",
    receipt: "Kvitteringskode",
    receipt_hint: "16 cifre, fx 1234 5678 9012 3456.",
    open: "Åbn henvendelsen",
    request_title: "Din henvendelse",
    status: "Status",
    meeting: "Forslag til møde",
    your_concern: "Din bekymring",
    conversation: "Beskeder",
    you: "Dig",
    team: "FI-teamet",
    reply: "Skriv til FI-teamet",
    reply_send: "Send besked",
    reply_sent: "Din besked er sendt.",
    awaiting_answer: "FI-teamet har ikke svaret endnu. Du kan normalt regne med et svar inden for {days} hverdage – det kommer her, hvor du åbner henvendelsen med din kvitteringskode.",
    sent_gone: "Din henvendelse er modtaget. Kvitteringskoden vises kun i et kvarter efter afsendelsen og kan ikke vises igen.",
    opened_gone: "Af hensyn til din anonymitet vises henvendelsen kun et kvarter ad gangen. Skriv kvitteringskoden igen for at åbne den.",
    deletion_open: "Teksterne slettes automatisk, når henvendelsen er afsluttet og en periode er gået. Tallene til statistik bliver.",
    deletion_closed: "Henvendelsen er afsluttet. Teksterne slettes automatisk {date}.",
    closed_no_reply: "Henvendelsen er afsluttet, så du kan ikke skrive mere her. Send en ny henvendelse, hvis du har brug for mere sparring.",
};

const EN: Sparring = Sparring {
    title: "Anonymous consultation",
    intro: "Are you worried about a child, and the parents do not (yet) want an FI meeting? You can consult the FI team – a social worker, a psychologist and a health visitor – without naming the child.",
    warning: "Do not write the names of the child or the family, CPR numbers or addresses. Describe the concern so that the child cannot be recognised.",
    role: "Your role",
    institution: "Your workplace",
    institution_other_choice: "Other (type the name)",
    institution_other: "Name of the workplace",
    institution_other_hint: "Only if it is not in the list.",
    age_band: "The child's age",
    themes: "What is the concern about?",
    themes_hint: "Choose all that apply.",
    concern: "Describe the concern",
    concern_hint: "At least 20 and at most 4,000 characters. No names, CPR numbers or addresses.",
    parents_know: "Do the parents know about the concern?",
    preferred_form: "How would you prefer to talk to the FI team?",
    contact_heading: "How can the FI team reach you? (optional)",
    contact_intro: "Give your work name and work phone or e-mail if the team may call or write to you. Otherwise the team answers only on the page you open with the receipt code.",
    contact_name: "Name",
    contact_phone: "Work phone",
    contact_email: "Work e-mail",
    confirm: "I have checked the text: it does not point to the child or the family",
    send: "Send the request",
    sent_title: "Your request has been sent",
    sent_body: "Here is your receipt code. With it you can read the FI team's replies and write back:",
    sent_advice: "Write the code down now. It is shown only here, for a quarter of an hour, and we cannot find it for you again.",
    receipt_title: "Read the reply to an anonymous consultation",
    receipt_intro: "Enter the receipt code you got when you sent your request.",
    receipt: "Receipt code",
    receipt_hint: "16 digits, e.g. 1234 5678 9012 3456.",
    open: "Open the request",
    request_title: "Your request",
    status: "Status",
    meeting: "Proposed meeting",
    your_concern: "Your concern",
    conversation: "Messages",
    you: "You",
    team: "The FI team",
    reply: "Write to the FI team",
    reply_send: "Send message",
    reply_sent: "Your message has been sent.",
    awaiting_answer: "The FI team has not answered yet. You can usually expect an answer within {days} working days – it will appear here, where you open the request with your receipt code.",
    sent_gone: "Your request has been received. The receipt code is shown only for a quarter of an hour after sending and cannot be shown again.",
    opened_gone: "To protect your anonymity, a request stays open for a quarter of an hour at a time. Enter your receipt code again to open it.",
    deletion_open: "The texts are deleted automatically a while after the request is closed. The counts for the statistics remain.",
    deletion_closed: "The request is closed. The texts will be deleted automatically on {date}.",
    closed_no_reply: "The request is closed, so you cannot write more here. Send a new request if you need more advice.",
};

/// The sparring texts in `lang`.
pub fn sparring(lang: Lang) -> &'static Sparring {
    lang.pick(&DA, &EN)
}

/// The askers' roles in `AskerRole::ALL`'s order: Danish, English.
pub const ROLES: [[&str; 6]; 2] = [
    [
        "Pædagog",
        "Dagplejer",
        "Lærer",
        "Leder",
        "Sundhedsplejerske",
        "Anden",
    ],
    [
        "Pedagogue",
        "Childminder",
        "Teacher",
        "Manager",
        "Health visitor",
        "Other",
    ],
];

/// The age bands in `AgeBand::ALL`'s order: Danish, English.
pub const AGE_BANDS: [[&str; 5]; 2] = [
    ["0–2 år", "3–5 år", "6–9 år", "10–13 år", "14–16 år"],
    [
        "0–2 years",
        "3–5 years",
        "6–9 years",
        "10–13 years",
        "14–16 years",
    ],
];

/// The themes in `Theme::ALL`'s order: Danish, English.
pub const THEMES: [[&str; 7]; 2] = [
    [
        "Trivsel",
        "Adfærd",
        "Sprog og udvikling",
        "Fravær",
        "Familieforhold",
        "Motorik og sansning",
        "Andet",
    ],
    [
        "Well-being",
        "Behaviour",
        "Language and development",
        "Absence",
        "Family circumstances",
        "Motor skills and senses",
        "Other",
    ],
];

/// The name at `value`'s place in `all`, from `names` (Danish, English) in `lang`.
fn named<T: PartialEq, const N: usize>(
    lang: Lang,
    all: &[T],
    value: &T,
    names: &[[&'static str; N]; 2],
) -> &'static str {
    let i = all.iter().position(|v| v == value).unwrap_or(0);
    lang.pick(names[0], names[1])[i]
}

/// The name of an asker's role.
pub fn role_name(lang: Lang, role: AskerRole) -> &'static str {
    named(lang, AskerRole::ALL, &role, &ROLES)
}

/// The name of an age band.
pub fn age_name(lang: Lang, band: AgeBand) -> &'static str {
    named(lang, AgeBand::ALL, &band, &AGE_BANDS)
}

/// The name of a theme.
pub fn theme_name(lang: Lang, theme: Theme) -> &'static str {
    named(lang, Theme::ALL, &theme, &THEMES)
}

/// Whether the parents know, in words.
pub fn parents_know_name(lang: Lang, value: ParentsKnow) -> &'static str {
    match value {
        ParentsKnow::ToldDeclined => {
            lang.pick("Ja, og de har sagt nej til FI", "Yes, and they declined FI")
        }
        ParentsKnow::NotYetTold => lang.pick("Nej, ikke endnu", "No, not yet"),
        ParentsKnow::Other => lang.pick("Andet", "Other"),
    }
}

/// A way of talking, in words.
pub fn form_name(lang: Lang, value: PreferredForm) -> &'static str {
    match value {
        PreferredForm::Phone => lang.pick("Telefon", "Phone"),
        PreferredForm::Video => lang.pick("Video", "Video"),
        PreferredForm::Meeting => lang.pick("Møde", "Meeting"),
    }
}

pub fn status_name(lang: Lang, status: SparringStatus) -> &'static str {
    use SparringStatus::*;
    match status {
        Received => lang.pick("Modtaget", "Received"),
        Assigned => lang.pick("Under behandling", "Being handled"),
        MeetingProposed => lang.pick("Møde foreslået", "Meeting proposed"),
        Answered => lang.pick("Besvaret", "Answered"),
        Closed => lang.pick("Afsluttet", "Closed"),
    }
}

/// The outcomes' names in `Outcome::ALL`'s order.
pub const OUTCOMES_DA: [&str; 6] = [
    "Råd givet",
    "FI-møde med forældrene anbefalet",
    "Underretning anbefalet",
    "Henvist til PPR eller sundhedstjenesten",
    "Andet",
    "Lukket efter lang tid uden aktivitet",
];
/// The outcomes' names in `Outcome::ALL`'s order.
pub const OUTCOMES_EN: [&str; 6] = [
    "Advice given",
    "FI meeting with the parents recommended",
    "Notification recommended",
    "Referred to PPR or the health service",
    "Other",
    "Closed after a long time without activity",
];

pub fn outcome_name(lang: Lang, outcome: Outcome) -> &'static str {
    named(lang, Outcome::ALL, &outcome, &[OUTCOMES_DA, OUTCOMES_EN])
}

/// Texts of the team's inbox.
pub struct Inbox {
    pub title: &'static str,
    /// Filter: any value.
    pub any: &'static str,
    pub filter: &'static str,
    pub reference: &'static str,
    pub received: &'static str,
    pub status: &'static str,
    pub asker: &'static str,
    pub institution: &'static str,
    pub age: &'static str,
    pub themes: &'static str,
    /// Column: assigned to.
    pub assigned: &'static str,
    /// Nothing matches.
    pub empty: &'static str,
    /// Beside a request whose last message is the asker's.
    pub message_waiting: &'static str,
    /// Detail: the concern.
    pub concern: &'static str,
    /// Detail: contact.
    pub contact: &'static str,
    /// Detail: no contact given.
    pub no_contact: &'static str,
    /// Detail: parents know.
    pub parents_know: &'static str,
    /// Detail: preferred form.
    pub preferred_form: &'static str,
    /// Action: assign heading.
    pub assign: &'static str,
    /// Assign field.
    pub assign_to: &'static str,
    pub assign_button: &'static str,
    /// Action: propose meeting heading.
    pub propose: &'static str,
    pub meeting_day: &'static str,
    pub meeting_time: &'static str,
    pub meeting_place: &'static str,
    pub meeting_place_hint: &'static str,
    pub propose_button: &'static str,
    /// The meeting proposed, in the request's facts.
    pub proposed_meeting: &'static str,
    /// The "nobody yet" choice of the assign list.
    pub nobody: &'static str,
    /// Action: message heading.
    pub message: &'static str,
    pub message_button: &'static str,
    /// Action: close heading.
    pub close: &'static str,
    pub outcome: &'static str,
    pub close_button: &'static str,
    /// Back to the inbox.
    pub back: &'static str,
}

const INBOX_DA: Inbox = Inbox {
    title: "Anonym sparring – indbakke",
    any: "Alle",
    filter: "Filtrér",
    reference: "Nr.",
    received: "Modtaget",
    status: "Status",
    asker: "Spørger",
    institution: "Institution",
    age: "Alder",
    themes: "Temaer",
    assigned: "Tildelt",
    empty: "Ingen henvendelser matcher.",
    message_waiting: "Ny besked fra spørgeren",
    concern: "Bekymringen",
    contact: "Kontakt",
    no_contact: "Ingen kontakt oplyst – svar på siden.",
    parents_know: "Kender forældrene til bekymringen?",
    preferred_form: "Foretrukken form",
    assign: "Tildel",
    assign_to: "Medarbejder",
    assign_button: "Tildel",
    propose: "Foreslå møde",
    meeting_day: "Dato",
    meeting_time: "Klokkeslæt",
    meeting_place: "Sted eller link",
    meeting_place_hint: "Fx et mødelokale, et telefonnummer eller et videolink.",
    propose_button: "Foreslå møde",
    proposed_meeting: "Foreslået møde",
    nobody: "Vælg medarbejder",
    message: "Skriv til spørgeren",
    message_button: "Send besked",
    close: "Afslut",
    outcome: "Udfald",
    close_button: "Afslut henvendelsen",
    back: "Til indbakken",
};

const INBOX_EN: Inbox = Inbox {
    title: "Anonymous consultation – inbox",
    any: "All",
    filter: "Filter",
    reference: "No.",
    received: "Received",
    status: "Status",
    asker: "Asker",
    institution: "Institution",
    age: "Age",
    themes: "Themes",
    assigned: "Assigned",
    empty: "No requests match.",
    message_waiting: "New message from the asker",
    concern: "The concern",
    contact: "Contact",
    no_contact: "No contact given – answer on the page.",
    parents_know: "Do the parents know about the concern?",
    preferred_form: "Preferred form",
    assign: "Assign",
    assign_to: "Staff member",
    assign_button: "Assign",
    propose: "Propose a meeting",
    meeting_day: "Date",
    meeting_time: "Time",
    meeting_place: "Place or link",
    meeting_place_hint: "For example a meeting room, a phone number or a video link.",
    propose_button: "Propose meeting",
    proposed_meeting: "Proposed meeting",
    nobody: "Choose a team member",
    message: "Write to the asker",
    message_button: "Send message",
    close: "Close",
    outcome: "Outcome",
    close_button: "Close the request",
    back: "Back to the inbox",
};

/// The inbox texts in `lang`.
pub fn inbox(lang: Lang) -> &'static Inbox {
    lang.pick(&INBOX_DA, &INBOX_EN)
}

/// The mail to the team's shared mailbox about a new request, in Danish and English at once.
pub struct NewRequestMail {
    /// Subject line.
    pub subject: &'static str,
    /// Body; `{link}` is replaced by the inbox's address.
    pub body: &'static str,
}

/// The mail about a new request (it names nothing from the request).
pub const NEW_REQUEST_MAIL: NewRequestMail = NewRequestMail {
    subject: "Ny henvendelse om anonym sparring / New anonymous consultation request",
    body: "Der er kommet en ny henvendelse om anonym sparring i Tidlig.\n\
           Læs den her (log ind først): {link}\n\n\
           A new anonymous consultation request has arrived in Tidlig.\n\
           Read it here (log in first): {link}\n",
};
