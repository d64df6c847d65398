//! `tidlig`: the server of the Tidlig portal and its administrative commands.

use clap::{Parser, Subcommand};
use server::{
    commands::{
        self, create_user::CreateUser, export::Export, import::Import, issue_codes::IssueCodes,
        seal::Seal,
    },
    config::Config,
    telemetry,
};

/// Tidlig – the portal of Fælles Indsats.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve {
        /// Fill a new, empty database with demo data and print the demo logins.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Create a staff account; the password is read from standard input.
    CreateUser(CreateUser),
    /// Fill a new, empty database with demo data and print the demo logins.
    DemoData,
    /// Issue evaluation codes for a print run and print them, one per line.
    IssueCodes(IssueCodes),
    /// Import registry figures from CSV: notifications, staircase steps or staircase figures.
    Import(Import),
    /// Write a table of the result goals as CSV or XLSX, as the goal's page downloads it.
    Export(Export),
    /// Seal the parents' answers of every month that has ended (or through --through YYYY-MM,
    /// which may be the current month).
    Seal(Seal),
    /// Write a consistent backup of the database to a new file.
    Backup {
        /// The backup file (must not exist).
        file: std::path::PathBuf,
    },
    /// Restore a backup into an empty database (on SQLite, with the server stopped).
    Restore {
        /// The backup file.
        file: std::path::PathBuf,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Every file this process creates – the SQLite database, its write-ahead log, backups,
    // exports, the key file – is its owner's alone, whatever umask it was started with: they
    // hold what the portal must keep from others on the machine.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = Cli::parse();
    telemetry::init(cli.config.log_format);
    let result = match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => commands::serve::run(&cli.config, demo).await,
        Command::Migrate => cli.config.open_database().await.map(|db| {
            println!("The {} database is up to date.", db.backend().name());
        }),
        Command::CreateUser(args) => commands::create_user::run(&cli.config, &args).await,
        Command::DemoData => commands::demo_data::run(&cli.config).await,
        Command::IssueCodes(args) => commands::issue_codes::run(&cli.config, &args).await,
        Command::Import(args) => commands::import::run(&cli.config, &args).await,
        Command::Export(args) => commands::export::run(&cli.config, &args).await,
        Command::Seal(args) => commands::seal::run(&cli.config, &args).await,
        Command::Backup { file } => commands::backup::backup(&cli.config, &file).await,
        Command::Restore { file } => commands::backup::restore(&cli.config, &file).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tidlig: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
