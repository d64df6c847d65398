//! The project lead's pages: `/ledelse` (the three goals at a glance) and `/ledelse/maal/:n`
//! (one goal's tables and charts under filters), and what the lead's other pages share (the
//! report: `lead_report`; the imports: `lead_import`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    components::{
        context::use_lang,
        figure::Figure,
        form::{PostId, SelectField},
        staff_layout::StaffLayout,
    },
    domain::{
        dashboard::{Dashboard, DashboardQuery, Gap, Goal, COMPARISON_TABLES, PER_THOUSAND_TABLES},
        Area,
    },
    i18n::{
        admin::admin,
        comparison::comparison_text,
        dashboard::{dashboard_text, goal_short, goal_title, period_name, quarters_text},
        goals::summary_text,
        population::population_text,
        registry::{gap_texts, registry_text},
    },
    pages::{
        lead_targets::{TargetRules, Targets},
        not_found::NotFound,
    },
    web::{dashboard::read::goal_figures, error::AppError},
};

/// The filters in the address.
pub(super) fn address_query() -> DashboardQuery {
    let query = use_query_map();
    query.with_untracked(|q| DashboardQuery::parse(|name| q.get(name).unwrap_or_default()))
}

/// The links between the lead's pages.
#[component]
pub(super) fn LeadNav() -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    view! {
        <nav class="lead-nav no-print" aria-label=text.title>
            <ul>
                <li><a href="/ledelse">{text.title}</a></li>
                {Goal::ALL.map(|g| view! { <li><a href=format!("/ledelse/maal/{}", g.number())>{goal_short(lang, g)}</a></li> }).collect_view()}
                <li><a href="/ledelse/rapport">{text.report}</a></li>
                <li><a href="/ledelse/import">{text.imports}</a></li>
            </ul>
        </nav>
    }
}

/// A goal's summary sentences and every table.
#[component]
pub(super) fn GoalFigures(
    dashboard: Dashboard,
    query: String,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let empty = dashboard.tables.iter().all(|t| t.rows.is_empty());
    let published = dashboard
        .period
        .zip(dashboard.published_on.clone())
        .map(|((_, span), day)| {
            text.published.fill(&[
                ("period", quarters_text(lang, span).into()),
                ("day", day.into()),
            ])
        });
    let corrected = dashboard
        .correction
        .as_ref()
        .zip(dashboard.published_on.as_ref())
        .map(|(c, day)| {
            text.corrected.fill(&[
                ("v", c.version.into()),
                ("day", day.as_str().into()),
                ("first", c.first_published_on.as_str().into()),
            ])
        });
    let not_closed = dashboard.goal == Goal::Difference && dashboard.published_on.is_none();
    let hidden_note = text.suppression.fill(&[("t", dashboard.threshold.into())]);
    let has_targets = !dashboard.targets.is_empty();
    let per_thousand = dashboard
        .tables
        .iter()
        .any(|t| PER_THOUSAND_TABLES.contains(&t.id.as_str()));
    let compared = dashboard
        .tables
        .iter()
        .any(|t| t.id.starts_with(COMPARISON_TABLES) && !t.rows.is_empty());
    let by_district = dashboard.tables.iter().any(|t| t.id == "goal3-districts");
    let registry = registry_text(lang);
    let gaps: Vec<String> = dashboard
        .gaps
        .iter()
        .flat_map(|g| gap_texts(lang, g))
        .collect();
    // What a dash means matters where registry figures are missing, not where only the
    // period before is.
    let dashes = dashboard
        .gaps
        .iter()
        .any(|g| !matches!(g, Gap::PreviousMissing(_) | Gap::NoPreviousPeriod));
    let preventive =
        (dashboard.goal == Goal::Staircase && !dashboard.tables.is_empty()).then(|| {
            registry
                .preventive_note
                .fill(&[("kinds", dashboard.preventive_kinds.join(", ").into())])
        });
    view! {
        {published.map(|p| view! { <p class="hint">{p}</p> })}
        {corrected.map(|c| view! { <p class="hint">{c}</p> })}
        {(not_closed && !dashboard.periods.is_empty()).then(|| view! { <p role="status">{text.not_closed}</p> })}
        {dashboard.summary.iter().map(|s| view! { <p class="summary">{summary_text(lang, s)}</p> }).collect_view()}
        {empty.then(|| view! { <p>{text.no_figures}</p> })}
        {dashboard.tables.into_iter().filter(|t| !t.rows.is_empty()).map(|t| view! { <Figure table=t query=query.clone() nested=nested/> }).collect_view()}
        {(!gaps.is_empty()).then(|| view! {
            <div class="hint gaps">
                <ul>{gaps.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                {dashes.then(|| view! { <p>{registry.gap_note}</p> })}
            </div>
        })}
        {preventive.map(|p| view! { <p class="hint">{p}</p> })}
        {compared.then(|| view! { <p class="hint">{comparison_text(lang).note}</p> })}
        {by_district.then(|| view! { <p class="hint">{text.districts_note}</p> })}
        {per_thousand.then(|| view! { <p class="hint">{population_text(lang).note}</p> })}
        {has_targets.then(|| view! { <TargetRules/> })}
        <p class="hint">{hidden_note}</p>
    }
}

/// `/ledelse`: each goal's status in sentences, with a link to its figures.
#[component]
pub fn LeadOverview() -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let data = Resource::new_blocking(
        || (),
        |()| async move {
            let mut all = Vec::new();
            for goal in Goal::ALL {
                all.push(goal_figures(goal.number(), DashboardQuery::default()).await?);
            }
            Ok::<_, AppError>(all)
        },
    );
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <LeadNav/>
            <Suspense>
                {move || Suspend::new(async move {
                    data.await.map(|all| all.into_iter().map(|d| {
                        let goal = d.goal;
                        view! {
                            <section class="goal-card" aria-labelledby=format!("goal-{}", goal.number())>
                                <h2 id=format!("goal-{}", goal.number())>{goal_title(lang, goal)}</h2>
                                {d.summary.iter().map(|s| view! { <p>{summary_text(lang, s)}</p> }).collect_view()}
                                {d.summary.is_empty().then(|| view! { <p>{text.no_figures}</p> })}
                                <p><a href=format!("/ledelse/maal/{}", goal.number())>{text.open_goal}<span class="sr-only">": " {goal_title(lang, goal)}</span></a></p>
                            </section>
                        }
                    }).collect_view())
                })}
            </Suspense>
        </StaffLayout>
    }
}

pub(super) fn year_options(years: &[u32]) -> Vec<(String, String)> {
    years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect()
}

/// The filter form of one goal.
#[component]
fn Filters(dashboard: Dashboard, query: DashboardQuery) -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let goal = dashboard.goal;
    let fields = match goal {
        Goal::Notifications | Goal::Staircase => {
            let senders: Vec<(String, String)> =
                std::iter::once((String::new(), text.all.to_owned()))
                    .chain(dashboard.senders.iter().map(|s| (s.clone(), s.clone())))
                    .collect();
            let has_senders = !dashboard.senders.is_empty();
            view! {
                <SelectField form="filters" name="baseline" label=text.baseline options=year_options(&dashboard.years) selected=dashboard.baseline.map(|y| y.to_string()).unwrap_or_default()/>
                <SelectField form="filters" name="year" label=text.year options=year_options(&dashboard.years) selected=dashboard.year.map(|y| y.to_string()).unwrap_or_default()/>
                {(goal == Goal::Notifications && has_senders).then(|| view! {
                    <SelectField form="filters" name="sender" label=text.sender options=senders selected=query.sender.clone().unwrap_or_default()/>
                })}
            }
            .into_any()
        }
        Goal::Difference => {
            let areas: Vec<(String, String)> =
                std::iter::once((String::new(), text.all.to_owned()))
                    .chain(
                        Area::ALL
                            .iter()
                            .map(|a| (a.as_str().to_owned(), admin(lang).area(*a).to_owned())),
                    )
                    .collect();
            let periods: Vec<(String, String)> = dashboard
                .periods
                .iter()
                .map(|p| (p.as_param(), period_name(lang, *p)))
                .collect();
            view! {
                <SelectField form="filters" name="area" label=text.area options=areas selected=query.area.map(|a| a.as_str().to_owned()).unwrap_or_default()/>
                <SelectField form="filters" name="period" label=text.period options=periods selected=query.period.unwrap_or_default().as_param()/>
                <p class="hint">{text.period_hint}</p>
            }
            .into_any()
        }
    };
    view! {
        <form method="get" action=format!("/ledelse/maal/{}", goal.number()) class="filters no-print" aria-label=text.filters>
            {fields}
            <button type="submit" class="button button-secondary">{text.show}</button>
        </form>
    }
}

/// `/ledelse/maal/:n`: one goal's figures under the filters in the address.
/// Goal 3's published page can be published again as a new, dated version where courses or
/// sparring were registered or closed after it was published.
#[component]
fn Correct(dashboard: Dashboard, query: DashboardQuery) -> impl IntoView {
    let text = dashboard_text(use_lang());
    let period = dashboard
        .period
        .map(|(p, _)| p.as_param())
        .unwrap_or_default();
    let area = query
        .area
        .map(|a| a.as_str().to_owned())
        .unwrap_or_default();
    view! {
        <form method="post" action="/ledelse/maal/3/ret" class="no-print" aria-labelledby="correct-title">
            <h2 id="correct-title">{text.correct_title}</h2>
            <p class="hint">{text.correct_hint}</p>
            <PostId form="correct"/>
            <input type="hidden" name="period" value=period/>
            <input type="hidden" name="area" value=area/>
            <button type="submit">{text.correct}</button>
        </form>
    }
}

#[component]
pub fn GoalPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let goal = params.with_untracked(|p| p.get("n").and_then(|n| Goal::from_number(&n)));
    let query = address_query();
    let Some(goal) = goal else {
        return view! { <NotFound/> }.into_any();
    };
    let data = Resource::new_blocking(
        {
            let query = query.clone();
            move || query.clone()
        },
        move |query| goal_figures(goal.number(), query),
    );
    view! {
        <Title text=goal_title(lang, goal)/>
        <StaffLayout>
            <h1>{goal_title(lang, goal)}</h1>
            <LeadNav/>
            <Suspense>
                {move || {
                    let query = query.clone();
                    Suspend::new(async move {
                        data.await.map(|dashboard| {
                            let link_query = DashboardQuery {
                                baseline: dashboard.baseline,
                                year: dashboard.year,
                                ..query.clone()
                            }
                            .to_query_string();
                            let correct = dashboard.published_on.is_some().then(|| view! { <Correct dashboard=dashboard.clone() query=query.clone()/> });
                            let targets = view! { <Targets dashboard=dashboard.clone()/> };
                            view! {
                                <Filters dashboard=dashboard.clone() query=query.clone()/>
                                <GoalFigures dashboard=dashboard query=link_query/>
                                {targets}
                                {correct}
                            }
                        })
                    })
                }}
            </Suspense>
        </StaffLayout>
    }
    .into_any()
}
