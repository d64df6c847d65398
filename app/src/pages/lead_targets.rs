//! The targets part of goals 1 and 2's pages: the targets set, each with its remove button,
//! and the form to set one (`web::dashboard::targets` takes the posts). The target tables and
//! the status sentences are among the goal's figures; the rules they follow are written under
//! them (`TargetRules`), in the report too.

use leptos::prelude::*;

use crate::{
    components::{
        context::use_lang,
        form::{ErrorSummary, PostId, SelectField, TextField},
    },
    domain::{
        dashboard::Dashboard,
        target::{Direction, TargetFigure},
    },
    i18n::{
        choices::choice_name,
        targets::{figure_heading, target_text, target_title},
    },
};

/// How each status is judged, under the figures wherever a target is shown.
#[component]
pub(super) fn TargetRules() -> impl IntoView {
    let text = target_text(use_lang());
    view! {
        <h3>{text.rules_title}</h3>
        <ul class="target-rules">
            {text.rules.iter().map(|rule| view! { <li>{*rule}</li> }).collect_view()}
        </ul>
    }
}

/// The targets set for `dashboard`'s goal and the form to set one.
#[component]
pub(super) fn Targets(dashboard: Dashboard) -> impl IntoView {
    let lang = use_lang();
    let text = target_text(lang);
    let goal = dashboard.goal;
    let figures: Vec<(String, String)> = TargetFigure::of(goal.number())
        .map(|f| (f.as_str().to_owned(), figure_heading(lang, f)))
        .collect();
    let directions: Vec<(String, String)> = Direction::ALL
        .iter()
        .map(|d| {
            (
                d.as_str().to_owned(),
                choice_name(lang, "direction", d.as_str()).to_owned(),
            )
        })
        .collect();
    let set = (!dashboard.targets.is_empty()).then(|| {
        view! {
            <h3>{text.set_title}</h3>
            <ul class="targets-set">
                {dashboard.targets.iter().map(|target| view! {
                    <li>
                        {target_title(lang, target)}
                        <form method="post" action="/ledelse/maalsaetning/fjern" class="inline-form">
                            <PostId form="remove-target"/>
                            <input type="hidden" name="figure" value=target.figure.as_str()/>
                            <button type="submit" class="button button-secondary">{text.remove}</button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    let year = dashboard
        .year
        .map(|y| (y + 5).to_string())
        .unwrap_or_default();
    view! {
        <section id="targets" class="no-print" aria-labelledby="targets-title">
            <h2 id="targets-title">{text.heading}</h2>
            <ErrorSummary names=vec![("figure", text.figure), ("percent", text.percent), ("direction", text.direction), ("year", text.year)]/>
            <p>{text.intro}</p>
            {set}
            <form method="post" action="/ledelse/maalsaetning" novalidate class="narrow-form">
                <PostId form="target"/>
                <input type="hidden" name="goal" value=goal.number().to_string()/>
                <SelectField form="target" name="figure" label=text.figure options=figures/>
                <TextField form="target" name="percent" label=text.percent hint=text.percent_hint/>
                <SelectField form="target" name="direction" label=text.direction options=directions/>
                <TextField form="target" name="year" label=text.year value=year/>
                <button type="submit" class="button">{text.save}</button>
            </form>
        </section>
    }
}
