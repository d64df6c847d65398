//! E-mail to the FI team's shared mailbox when a sparring request arrives. The mail says that
//! one has arrived and where to read it – nothing from the request itself.

use lettre::{
    message::header::ContentType, transport::smtp::authentication::Credentials, AsyncSmtpTransport,
    AsyncTransport, Message, Tokio1Executor,
};

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP (a relay on the local network, or tests).
    None,
    /// STARTTLS on the submission port.
    StartTls,
    /// TLS from the start (port 465).
    Tls,
}

/// Where and how to send notifications.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// Mail server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// Connection security.
    pub security: SmtpSecurity,
    /// Login, if the server wants one.
    pub credentials: Option<(String, String)>,
    /// Sender address.
    pub from: String,
    /// The team's shared mailbox.
    pub to: String,
}

/// Sends "a new sparring request has arrived" with a link to the inbox.
pub async fn new_sparring_request(smtp: &SmtpSettings, inbox_link: &str) -> anyhow::Result<()> {
    let message = Message::builder()
        .from(smtp.from.parse()?)
        .to(smtp.to.parse()?)
        .subject("Ny henvendelse om anonym sparring / New anonymous consultation request")
        .header(ContentType::TEXT_PLAIN)
        .body(format!(
            "Der er kommet en ny henvendelse om anonym sparring i Tidlig.\n\
             Læs den her (log ind først): {inbox_link}\n\n\
             A new anonymous consultation request has arrived in Tidlig.\n\
             Read it here (log in first): {inbox_link}\n"
        ))?;
    let builder = match smtp.security {
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
    };
    let mut builder = builder.port(smtp.port);
    if let Some((user, password)) = &smtp.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    builder.build().send(message).await?;
    Ok(())
}
