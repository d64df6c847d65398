//! Anonymous sparring: the workplaces and the team's inbox (reads), the asker's posts (a request,
//! opening it with the receipt, replying), the team's actions on a request, and the mail to the
//! team's mailbox.

pub mod read;

#[cfg(feature = "ssr")]
pub mod post;

#[cfg(feature = "ssr")]
pub mod team;

#[cfg(feature = "ssr")]
pub mod notify;
