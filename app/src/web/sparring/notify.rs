//! E-mail to the FI team's shared mailbox when a sparring request arrives. The mail says that
//! one has arrived and where to read it – nothing from the request itself. Where and how to
//! send it is a start-up setting (`store::state::SmtpSettings`).

use lettre::{
    message::header::ContentType, transport::smtp::authentication::Credentials, AsyncSmtpTransport,
    AsyncTransport, Message, Tokio1Executor,
};

use crate::{
    i18n::sparring::new_request_mail,
    store::state::{SmtpSecurity, SmtpSettings},
};

/// Sends "a new sparring request has arrived" with a link to the inbox.
pub async fn new_sparring_request(smtp: &SmtpSettings, inbox_link: &str) -> anyhow::Result<()> {
    let (subject, body) = new_request_mail(inbox_link);
    let message = Message::builder()
        .from(smtp.from.parse()?)
        .to(smtp.to.parse()?)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)?;
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
