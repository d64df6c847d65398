//! The project lead's result goals: the figures of each goal and the status report (reads), the
//! CSV/XLSX downloads, and the imports of registry figures. Every output is built by [`build`]
//! from the same counts, so they agree to the cell.

pub mod read;

#[cfg(feature = "ssr")]
pub mod export;

#[cfg(feature = "ssr")]
pub mod import;

#[cfg(feature = "ssr")]
pub use build::build;

#[cfg(feature = "ssr")]
mod build {
    use crate::{
        domain::{
            dashboard::{Dashboard, DashboardQuery, Goal},
            Lang,
        },
        i18n::goals::labels,
        indicators::{difference, notifications, staircase},
        store::{dashboard_store, Database},
    };

    /// One goal's tables for the page, the report and the downloads alike: its counts from
    /// storage, made into tables by the goal's builder, worded in `lang`.
    pub async fn build(
        db: &Database,
        goal: Goal,
        query: &DashboardQuery,
        lang: Lang,
        threshold: u64,
    ) -> Result<Dashboard, sqlx::Error> {
        let labels = labels(lang);
        Ok(match goal {
            Goal::Notifications => notifications::build(
                &dashboard_store::notifications(db, query).await?,
                query,
                labels,
                threshold,
            ),
            Goal::Staircase => staircase::build(
                &dashboard_store::staircase(db).await?,
                query,
                labels,
                lang,
                threshold,
            ),
            Goal::Difference => difference::build(
                &dashboard_store::difference(db, query).await?,
                labels,
                threshold,
            ),
        })
    }
}
