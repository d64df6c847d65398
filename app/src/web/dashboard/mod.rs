//! The project lead's result goals: the figures of each goal and the status report (reads), the
//! CSV/XLSX downloads, and the imports of registry figures. Every output is built by [`build`]
//! from the same counts, so they agree to the cell.

pub mod read;

#[cfg(feature = "ssr")]
pub mod export;

#[cfg(feature = "ssr")]
pub mod import;

#[cfg(feature = "ssr")]
pub mod correction;

#[cfg(feature = "ssr")]
pub mod targets;

#[cfg(feature = "ssr")]
pub mod kinds;

#[cfg(feature = "ssr")]
pub use build::{build, report, report_year};

#[cfg(feature = "ssr")]
mod build {
    use chrono::NaiveDate;

    use crate::{
        domain::{
            comparison::ComparisonFigure,
            dashboard::{Dashboard, DashboardQuery, Gap, Goal, Labels, StaircaseCounts},
            disclosure::Published,
            period::{Period, Quarter},
            table::Table,
            // Not the goal 3 page's `Target` below: a lead's target for a figure.
            target::{Target as FigureTarget, TargetFigure},
            Area,
            Lang,
        },
        i18n::{
            comparison::{self, comparison_text},
            dashboard::period_name,
            goals::labels,
            population::population_text,
            registry::registry_text,
            targets,
        },
        indicators::{
            self,
            comparison::ComparisonWords,
            difference::{self, Earlier},
            disclosure::{self, Scope, ANYWHERE},
            notifications,
            population::{self, PopulationWords},
            staircase::{self, StaircaseWords},
            target::TargetWords,
        },
        store::{
            comparison_store, dashboard_store, ledger_store, population_store, settings_store,
            target_store, Database,
        },
    };

    /// One goal's tables for the page, the report and the downloads alike, worded in `lang`,
    /// all under the disclosure rule (`indicators::disclosure`). Goal 3 is published once per
    /// closed period and area and shown as published ever after.
    pub async fn build(
        db: &Database,
        today: NaiveDate,
        goal: Goal,
        query: &DashboardQuery,
        lang: Lang,
    ) -> Result<Dashboard, sqlx::Error> {
        let threshold = settings_store::threshold(db).await?;
        let labels = labels(lang);
        let mut page = match goal {
            Goal::Notifications => {
                let counts = dashboard_store::notifications(db, query).await?;
                let mut page = disclosure::protected(ANYWHERE, threshold, &[], |d| {
                    notifications::build(&counts, query, labels, d)
                })
                .0;
                let people = population_store::population(db).await?;
                population::notifications(&mut page, &people, &population_words(lang, labels));
                page
            }
            Goal::Staircase => {
                let counts = dashboard_store::staircase(db).await?;
                let mut page = staircase_page(&counts, query, lang, threshold);
                let people = population_store::population(db).await?;
                let (kinds, of_step) = staircase::kinds_in_use(&counts);
                let names: Vec<String> = kinds.iter().map(|k| k.label(lang).to_owned()).collect();
                page.preventive_kinds = kinds
                    .iter()
                    .filter(|k| k.preventive)
                    .map(|k| k.label(lang).to_owned())
                    .collect();
                population::staircase(
                    &mut page,
                    &people,
                    (&names, &of_step),
                    &population_words(lang, labels),
                );
                let others = comparison_store::comparison(db).await?;
                page.tables
                    .extend(comparison_tables(&others, page.baseline, page.year, lang));
                page
            }
            Goal::Difference => {
                let mut page = difference_page(db, today, query, lang, threshold).await?;
                // A whole year's page judges its targets against the year before; another
                // period's page has no year to judge them in.
                if let Some((Period::Year(year), _)) = page.period {
                    (page.baseline, page.year) = (Some(year - 1), Some(year));
                }
                page
            }
        };
        page.threshold = threshold;
        page.targets = target_store::targets(db)
            .await?
            .into_iter()
            .filter(|t| t.figure.goal() == goal.number())
            .collect();
        let title = |target: &FigureTarget| targets::target_title(lang, target);
        let figure = |figure: TargetFigure| targets::figure_heading(lang, figure);
        let text = targets::target_text(lang);
        let words = TargetWords {
            title: &title,
            figure: &figure,
            target: text.target_column,
            status: text.status_column,
            year: labels.year,
        };
        let set = page.targets.clone();
        if goal != Goal::Difference || page.year.is_some() {
            indicators::target::apply(&mut page, &set, &words);
        }
        Ok(page)
    }

    /// The status report of `year`: every goal, goals 1 and 2 from the first year to `year`,
    /// goal 3 within `year` (when that year has closed; else nothing is shown of it).
    pub async fn report(
        db: &Database,
        today: NaiveDate,
        year: u32,
        lang: Lang,
    ) -> Result<Vec<Dashboard>, sqlx::Error> {
        let query = DashboardQuery {
            year: Some(year),
            period: Some(Period::Year(year)),
            ..DashboardQuery::default()
        };
        let mut out = Vec::new();
        for goal in Goal::ALL {
            out.push(build(db, today, goal, &query, lang).await?);
        }
        Ok(out)
    }

    /// The year a status report opens with when none is asked for: the latest year with
    /// evaluations, else the latest year with data of any kind, else this year.
    pub async fn report_year(db: &Database, today: NaiveDate) -> Result<u32, sqlx::Error> {
        use chrono::Datelike as _;
        let (years, evaluated) = dashboard_store::report_years(db).await?;
        let this_year = u32::try_from(today.year()).unwrap_or_default();
        Ok(evaluated.or(years.last().copied()).unwrap_or(this_year))
    }

    /// Goal 2's tables in `lang`, under the disclosure rule.
    fn staircase_page(
        counts: &StaircaseCounts,
        query: &DashboardQuery,
        lang: Lang,
        threshold: u64,
    ) -> Dashboard {
        let text = registry_text(lang);
        let measures_of = |kind: &str| text.measures_of.fill(&[("kind", kind.into())]);
        let expenditure_of = |kind: &str| text.expenditure_of.fill(&[("kind", kind.into())]);
        let words = StaircaseWords {
            kind_measures: text.kind_measures,
            kind_expenditure: text.kind_expenditure,
            measures_of: &measures_of,
            expenditure_of: &expenditure_of,
        };
        disclosure::protected(ANYWHERE, threshold, &[], |d| {
            staircase::build(counts, query, labels(lang), &words, lang, d)
        })
        .0
    }

    /// The words of the tables per 1,000 in `lang`.
    fn population_words(lang: Lang, labels: &'static Labels) -> PopulationWords<'static> {
        let text = population_text(lang);
        PopulationWords {
            notifications_title: text.notifications_title,
            measures_title: text.measures_title,
            expenditure_title: text.expenditure_title,
            notifications: text.notifications,
            children: text.children,
            young: text.young,
            per_thousand: text.per_thousand,
            total: text.total,
            year: labels.year,
        }
    }

    /// Others' key figures for the years from the baseline to the year compared (all years
    /// when the municipality has no figures of its own yet).
    fn comparison_tables(
        figures: &[ComparisonFigure],
        baseline: Option<u32>,
        year: Option<u32>,
        lang: Lang,
    ) -> Vec<Table> {
        let text = comparison_text(lang);
        let years = baseline.zip(year).map(|(a, b)| (a.min(b), a.max(b)));
        let title = |year: u32| text.title.fill(&[("year", year.into())]);
        let group_name = |key: &str| comparison::group_name(lang, key);
        let indicator_name = |key: &str| comparison::indicator_name(lang, key);
        let words = ComparisonWords {
            title: &title,
            group: text.group,
            group_name: &group_name,
            indicator_name: &indicator_name,
        };
        indicators::comparison::tables(figures, years, &words)
    }

    /// One publication at a time: two pages audited against the same ledger without each
    /// other could together give away what each alone keeps.
    pub(super) static PUBLISHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

    /// Where goal 3's page for a query lies: the periods on offer, and (once the period asked
    /// for has closed) the period, its quarters and the page's key in the ledger.
    pub(super) struct Target {
        pub window: (Quarter, Quarter),
        pub periods: Vec<Period>,
        pub chosen: Option<(Period, (i32, i32), String)>,
    }

    pub(super) async fn target(
        db: &Database,
        today: NaiveDate,
        query: &DashboardQuery,
    ) -> Result<Option<Target>, sqlx::Error> {
        let Some((first, last)) = dashboard_store::publication_window(db, today).await? else {
            return Ok(None);
        };
        let period = query.period.unwrap_or_default();
        let chosen = period.span(first, last).map(|span| {
            let key = format!(
                "goal3|{}|{}|{}",
                span.0,
                span.1,
                query.area.map_or("all", Area::as_str)
            );
            (period, span, key)
        });
        Ok(Some(Target {
            window: (first, last),
            periods: Period::offered(first, last),
            chosen,
        }))
    }

    /// Goal 3 for the query's period and area: the published page, publishing it first if
    /// this is its first look.
    async fn difference_page(
        db: &Database,
        today: NaiveDate,
        query: &DashboardQuery,
        lang: Lang,
        threshold: u64,
    ) -> Result<Dashboard, sqlx::Error> {
        let mut empty = Dashboard::empty(Goal::Difference);
        empty.threshold = threshold;
        let Some(target) = target(db, today, query).await? else {
            return Ok(empty);
        };
        empty.periods = target.periods.clone();
        let Some((period, span, key)) = target.chosen else {
            return Ok(empty);
        };
        let finish = |mut page: Dashboard| {
            page.periods = target.periods.clone();
            page.period = Some((period, span));
            page
        };
        if let Some(page) = ledger_store::page(db, &key, lang).await? {
            return Ok(finish(page));
        }
        let _publishing = PUBLISHING.lock().await;
        if let Some(page) = ledger_store::page(db, &key, lang).await? {
            return Ok(finish(page));
        }
        let (pages, figures) = audited(
            db,
            today,
            query.area,
            (period, span),
            target.window,
            threshold,
        )
        .await?;
        ledger_store::publish(db, &key, today, threshold, [&pages[0], &pages[1]], &figures).await?;
        let [danish, english] = pages;
        Ok(finish(lang.pick(danish, english)))
    }

    /// Goal 3's page for `area` over the `period` and its quarters from today's figures, in
    /// Danish and English, with this status against the period before it, protected against
    /// the whole ledger (call it holding [`PUBLISHING`]), and every figure it publishes.
    pub(super) async fn audited(
        db: &Database,
        today: NaiveDate,
        area: Option<Area>,
        (period, span): (Period, (i32, i32)),
        (first, last): (Quarter, Quarter),
        threshold: u64,
    ) -> Result<([Dashboard; 2], Vec<Published>), sqlx::Error> {
        let districts = dashboard_store::districts(db).await?;
        let counts = dashboard_store::difference(db, area, span, &districts).await?;
        // The period before, where it has figures: it is published with this one.
        let before = period
            .previous()
            .and_then(|p| Some((p, p.span(first, last)?)))
            .filter(|(_, (_, to))| *to >= first);
        let earlier_counts = match before {
            Some((_, before_span)) => {
                Some(dashboard_store::difference(db, area, before_span, &districts).await?)
            }
            None => None,
        };
        // What the page says where it has no earlier period to stand beside.
        let gap = move |lang: Lang| match (period.previous(), before) {
            (None, _) => Some(Gap::NoPreviousPeriod),
            (Some(p), None) => Some(Gap::PreviousMissing(period_name(lang, p))),
            (Some(_), Some(_)) => None,
        };
        let ledger = ledger_store::figures(db).await?;
        let atoms = dashboard_store::evaluation_atoms(db, last).await?;
        let sensitive = disclosure::sensitive_figures(&atoms, first, last, threshold);
        let areas = match area {
            Some(area) => 1 << Area::ALL.iter().position(|a| *a == area).unwrap_or(0),
            None => 0b111,
        };
        let scope = Scope {
            areas,
            from: span.0,
            to: span.1,
            split: indicators::districts::split(&counts.by_district),
        };
        let mut sensitive = sensitive;
        sensitive.extend(indicators::districts::sensitive(
            &counts.by_district,
            scope,
            threshold,
        ));
        let day = today.format("%Y-%m-%d").to_string();
        // The audit is CPU work of up to seconds on a first look: off the async workers, so
        // that parents' pages are not kept waiting behind it.
        tokio::task::spawn_blocking(move || {
            let earlier = |lang: Lang| {
                let (p, before_span) = before?;
                Some(Earlier {
                    counts: earlier_counts.as_ref()?,
                    spans: [before_span, span],
                    names: [period_name(lang, p), period_name(lang, period)],
                })
            };
            let (decided, figures) =
                disclosure::decide(scope, threshold, &ledger, &sensitive, |d| {
                    difference::build(&counts, earlier(Lang::Da).as_ref(), labels(Lang::Da), d)
                });
            let pages = [Lang::Da, Lang::En].map(|l| {
                let mut page = difference::build(&counts, earlier(l).as_ref(), labels(l), &decided);
                page.gaps.extend(gap(l));
                page.published_on = Some(day.clone());
                page.threshold = threshold;
                page
            });
            (pages, figures)
        })
        .await
        .map_err(|e| sqlx::Error::Protocol(format!("the disclosure audit stopped: {e}")))
    }
}
