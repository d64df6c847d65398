//! `tidlig create-user`: creates a staff account; the password comes on standard input.

use std::io::BufRead as _;

use anyhow::Context as _;
use app::{
    domain::{
        audit::{Action, Actor},
        Password, Profession, Role, StaffEmail, StaffName,
    },
    store::{audit_store, passwords, staff_store},
};

use super::COMMAND_LINE;

use crate::config::Config;

/// The account to create.
#[derive(Debug, Clone, clap::Args)]
pub struct CreateUser {
    /// Work e-mail, which is the login.
    #[arg(long)]
    pub email: String,
    /// Name shown to colleagues.
    #[arg(long)]
    pub name: String,
    /// admin, lead or team.
    #[arg(long)]
    pub role: String,
    /// socialraadgiver, psykolog, sundhedsplejerske, projektleder or other.
    #[arg(long, default_value = "other")]
    pub profession: String,
    /// Make the password a one-time password that must be changed at first login.
    #[arg(long)]
    pub one_time: bool,
}

fn field(name: &str, problem: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("--{name} {problem}")
}

/// Reads the password from the first line of standard input and creates the account.
pub async fn run(config: &Config, args: &CreateUser) -> anyhow::Result<()> {
    let email = StaffEmail::parse(&args.email).map_err(|p| field("email", p))?;
    let name = StaffName::parse(&args.name).map_err(|p| field("name", p))?;
    let role = Role::parse(&args.role).map_err(|_| field("role", "must be admin, lead or team"))?;
    let profession = Profession::parse(&args.profession).map_err(|_| {
        field(
            "profession",
            "must be socialraadgiver, psykolog, sundhedsplejerske, projektleder or other",
        )
    })?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = Password::parse(line.trim_end_matches(['\r', '\n']))
        .map_err(|p| anyhow::anyhow!("the password {p}"))?;

    let db = config.open_database().await?;
    let staff = staff_store::NewStaff {
        email,
        name,
        role,
        profession,
        password_hash: passwords::hash(password).await?,
        must_change_password: args.one_time,
    };
    // The account and its entry in the audit log are one transaction: both, or neither.
    let now = chrono::Utc::now();
    let mut tx = db.begin_write().await?;
    let id = staff_store::create(&mut *tx, &staff, now).await?;
    let actor = Actor {
        staff_id: None,
        email: COMMAND_LINE,
    };
    audit_store::record(
        &mut *tx,
        now,
        actor,
        Action::StaffCreated,
        staff.email.as_str(),
    )
    .await?;
    tx.commit().await?;
    println!(
        "Created {} account {} for {} (id {id}).",
        role.as_str(),
        staff.email,
        staff.name.as_str()
    );
    Ok(())
}
