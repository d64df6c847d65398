//! `/ledelse/rapport`: the yearly status report, following the structure of Rebild's report,
//! with print styles for A4.

use leptos::prelude::*;
use leptos_meta::Title;

use super::lead::{address_query, year_options, GoalFigures, LeadNav};
use crate::{
    components::{
        context::use_lang, form::SelectField, print_button::PrintButton, staff_layout::StaffLayout,
    },
    i18n::dashboard::{dashboard_text, goal_title},
    web::{
        dashboard::read::{report_years, status_report},
        error::AppError,
    },
};

/// `/ledelse/rapport?year=…`: the status report, ready for print.
#[component]
pub fn ReportPage() -> impl IntoView {
    let lang = use_lang();
    let text = dashboard_text(lang);
    let query = address_query();
    let data = Resource::new_blocking(
        move || query.year,
        |year| async move {
            let (mut years, first) = report_years().await?;
            let year = year.unwrap_or(first);
            years.push(year);
            years.sort_unstable();
            years.dedup();
            Ok::<_, AppError>((year, years, status_report(year).await?))
        },
    );
    view! {
        <Title text=text.report/>
        <StaffLayout>
            <LeadNav/>
            <Suspense>
                {move || Suspend::new(async move {
                    data.await.map(|(year, years, goals)| {
                        let query = format!("year={year}&period={year}");
                        view! {
                            <form method="get" action="/ledelse/rapport" class="filters no-print">
                                <SelectField form="report" name="year" label=text.report_year options=year_options(&years) selected=year.to_string()/>
                                <button type="submit" class="button button-secondary">{text.show}</button>
                            </form>
                            <PrintButton/>
                            <p class="no-print"><a href=format!("/ledelse/eksport/report.xlsx?year={year}") download>{text.report_xlsx}</a></p>
                            <article class="report">
                                <h1>{text.report_title.fill(&[("year", year.to_string().into())])}</h1>
                                <p class="lead">{text.report_intro.fill(&[("year", year.to_string().into())])}</p>
                                {goals.into_iter().map(|d| {
                                    let goal = d.goal;
                                    view! {
                                        <section class="report-goal" aria-labelledby=format!("report-goal-{}", goal.number())>
                                            <h2 id=format!("report-goal-{}", goal.number())>{goal_title(lang, goal)}</h2>
                                            <GoalFigures dashboard=d query=query.clone() nested=true/>
                                        </section>
                                    }
                                }).collect_view()}
                            </article>
                        }
                    })
                })}
            </Suspense>
        </StaffLayout>
    }
}
