//! The course register: `/team/forloeb` (list), `/team/forloeb/nyt`, `/team/forloeb/:id` and
//! `/team/forloeb/import`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{
        code_cards::CardLanguageField,
        context::use_lang,
        form::{
            CheckboxGroup, ErrorSummary, PostForm, RadioGroup, SelectField, TextArea, TextField,
            TextKind,
        },
        import_report::{ImportReport, UploadForm},
        staff_layout::StaffLayout,
    },
    domain::{
        course::{
            Course, CourseOutcome, CourseStatus, MeetingForm, MeetingRow, Participant, MAX_MEETINGS,
        },
        sparring::{AgeBand, Theme},
        Lang,
    },
    i18n::{
        common::common,
        courses::{
            course_outcome_name, course_status_name, courses, meeting_form_name, participant_name,
        },
        dates::day_text,
        imports::imports,
        professionals,
        sparring::{age_name, theme_name},
    },
    pages::not_found::NotFound,
    web::{
        courses::read::{list_courses, read_course},
        error::AppError,
        sparring::read::workplaces,
    },
};

fn institution_options(
    places: Vec<(i64, String)>,
    first: (String, String),
) -> Vec<(String, String)> {
    std::iter::once(first)
        .chain(places.into_iter().map(|(id, name)| (id.to_string(), name)))
        .collect()
}

/// The list of courses, open first.
#[component]
pub fn CoursesPage() -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    let query = use_query_map();
    let get = move |name: &str| query.with_untracked(|q| q.get(name).unwrap_or_default());
    let (status, institution, search) = (get("status"), get("institution"), get("q"));
    let data = Resource::new_blocking(
        {
            let (status, institution, search) =
                (status.clone(), institution.clone(), search.clone());
            move || (status.clone(), institution.clone(), search.clone())
        },
        |(status, institution, search)| async move {
            Ok::<_, AppError>((
                list_courses(status, institution, search).await?,
                workplaces().await?,
            ))
        },
    );
    let statuses: Vec<(String, String)> = std::iter::once((String::new(), text.any.to_owned()))
        .chain(CourseStatus::ALL.iter().map(|s| {
            (
                s.as_str().to_owned(),
                course_status_name(lang, *s).to_owned(),
            )
        }))
        .collect();
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <p>
                <a class="button" href="/team/forloeb/nyt">{text.new}</a>
                " "
                <a href="/team/forloeb/import">{text.import}</a>
            </p>
            <Suspense>
                {move || data.get().map(|result| match result {
                    Ok((rows, places)) => view! {
                        <form method="get" action="/team/forloeb" class="filters">
                            <SelectField form="filter" name="status" label=text.status options=statuses.clone() selected=status.clone()/>
                            <SelectField form="filter" name="institution" label=text.institution options=institution_options(places, (String::new(), text.any.to_owned())) selected=institution.clone()/>
                            <TextField form="filter" name="q" label=text.search value=search.clone()/>
                            <button type="submit" class="button button-secondary">{text.filter}</button>
                        </form>
                        <CourseTable rows=rows/>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}

#[component]
fn CourseTable(rows: Vec<Course>) -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    if rows.is_empty() {
        return view! { <p>{text.empty}</p> }.into_any();
    }
    view! {
        <table class="responsive-table">
            <thead>
                <tr>
                    <th scope="col">{text.reference}</th>
                    <th scope="col">{text.institution}</th>
                    <th scope="col">{text.age_band}</th>
                    <th scope="col">{text.started_on}</th>
                    <th scope="col">{text.meetings}</th>
                    <th scope="col">{text.status}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|c| view! {
                    <tr>
                        <td data-label=text.reference><a href=format!("/team/forloeb/{}", c.id)>{c.reference.clone()}</a></td>
                        <td data-label=text.institution>{c.institution.clone()}</td>
                        <td data-label=text.age_band>{age_name(lang, c.age_band)}</td>
                        <td data-label=text.started_on>{day_text(lang, &c.started_on)}</td>
                        <td data-label=text.meetings>{c.meeting_count}</td>
                        <td data-label=text.status>{course_status_name(lang, c.status)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The form for a new course.
#[component]
pub fn NewCoursePage() -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    let places = Resource::new_blocking(|| (), |()| workplaces());
    let ages: Vec<(&'static str, &'static str)> = AgeBand::ALL
        .iter()
        .map(|a| (a.as_str(), age_name(lang, *a)))
        .collect();
    let themes: Vec<(&'static str, &'static str)> = Theme::ALL
        .iter()
        .map(|t| (t.as_str(), theme_name(lang, *t)))
        .collect();
    view! {
        <Title text=text.new_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("institution", text.institution), ("age_band", text.age_band), ("started_on", text.started_on), ("themes", text.themes), ("parents_take_part", text.parents_take_part), ("note", text.note)]/>
            <p><a href="/team/forloeb">{text.back}</a></p>
            <h1>{text.new_title}</h1>
            <p>{text.new_intro}</p>
            <PostForm name="course" action="/team/forloeb/nyt" class="questionnaire">
                <Suspense>
                    {move || places.get().map(|places| view! {
                        <SelectField form="course" name="institution" label=text.institution options=institution_options(places.unwrap_or_default(), (String::new(), String::new()))/>
                    })}
                </Suspense>
                <RadioGroup form="course" name="age_band" legend=text.age_band options=ages/>
                <TextField form="course" name="started_on" label=text.started_on kind=TextKind::Date/>
                <CheckboxGroup form="course" name="themes" legend=text.themes options=themes/>
                <RadioGroup form="course" name="parents_take_part" legend=text.parents_take_part options=vec![("1", text.yes), ("0", text.no)]/>
                <TextArea form="course" name="note" label=text.note hint=text.note_hint rows=3/>
                <button type="submit" class="button">{text.create}</button>
            </PostForm>
        </StaffLayout>
    }
}

/// One course: facts, meetings, and what can be done next.
#[component]
pub fn CoursePage() -> impl IntoView {
    let lang = use_lang();
    let id = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse::<i64>().ok());
    let course = Resource::new_blocking(
        move || id,
        |id| async move { read_course(id.ok_or(AppError::NotFound)?).await },
    );
    view! {
        <Suspense>
            {move || course.get().map(|result| match result {
                Ok(course) => view! { <CourseView course=course/> }.into_any(),
                Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                Err(_) => view! { <StaffLayout><p class="notice notice-error" role="alert">{common(lang).try_again}</p></StaffLayout> }.into_any(),
            })}
        </Suspense>
    }
    .into_any()
}

/// `(value, label)` options of a choice.
type Choices = Vec<(&'static str, &'static str)>;

/// The options of a meeting's form and of its participants, in `lang`.
fn meeting_choices(lang: Lang) -> (Choices, Choices) {
    let forms = MeetingForm::ALL
        .iter()
        .map(|f| (f.as_str(), meeting_form_name(lang, *f)))
        .collect();
    let people = Participant::ALL
        .iter()
        .map(|p| (p.as_str(), participant_name(lang, *p)))
        .collect();
    (forms, people)
}

#[component]
fn CourseView(course: Course) -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    let base = format!("/team/forloeb/{}", course.id);
    let themes = course
        .themes
        .iter()
        .map(|t| theme_name(lang, *t))
        .collect::<Vec<_>>()
        .join(", ");
    let open = course.status == CourseStatus::Open;
    let full = usize::from(course.meeting_count) >= MAX_MEETINGS;
    let (forms, people) = meeting_choices(lang);
    let outcomes: Vec<(String, String)> = CourseOutcome::ALL
        .iter()
        .map(|o| {
            (
                o.as_str().to_owned(),
                course_outcome_name(lang, *o).to_owned(),
            )
        })
        .collect();
    let offer_card = !open && course.parents_take_part && !course.card_issued;
    let meetings = course.meetings.iter().map(|m| {
        let who = m.participants.iter().map(|p| participant_name(lang, *p)).collect::<Vec<_>>().join(", ");
        let day = day_text(lang, &m.held_on);
        // A meeting registered wrongly is corrected, or goes, while the course is open (and
        // either is logged).
        let delete = open.then(|| view! {
            " "
            <a href=format!("{base}/moede/{}", m.id) aria-label=format!("{}: {day}", text.change_meeting)>{text.change_meeting}</a>
            " "
            <form method="post" action=format!("{base}/slet-moede") class="inline-form">
                <input type="hidden" name="meeting" value=m.id.to_string()/>
                <button type="submit" class="link-button" aria-label=format!("{}: {day}", text.delete_meeting)>{text.delete_meeting}</button>
            </form>
        });
        view! { <li>{day.clone()} " – " {meeting_form_name(lang, m.form)} ": " {who} {delete}</li> }
    }).collect_view();
    view! {
        <Title text=course.reference.clone()/>
        <StaffLayout>
            <ErrorSummary names=vec![("held_on", text.meeting_day), ("form", text.meeting_form), ("participants", text.participants), ("ended_on", text.ended_on), ("outcome", text.outcome), ("count", professionals::issuing(lang).count)]/>
            <p><a href="/team/forloeb">{text.back}</a></p>
            <h1>{course.reference.clone()}</h1>
            <dl class="facts">
                <dt>{text.status}</dt><dd>{course_status_name(lang, course.status)}{course.outcome.map(|o| format!(" – {}", course_outcome_name(lang, o)))}</dd>
                <dt>{text.institution}</dt><dd>{course.institution.clone()}</dd>
                <dt>{text.age_band}</dt><dd>{age_name(lang, course.age_band)}</dd>
                <dt>{text.started_on}</dt><dd>{day_text(lang, &course.started_on)}{course.ended_on.as_deref().map(|e| format!(" – {}", day_text(lang, e)))}</dd>
                <dt>{text.themes}</dt><dd>{themes}</dd>
                <dt>{text.parents_take_part}</dt><dd>{if course.parents_take_part { text.yes } else { text.no }}</dd>
            </dl>
            {course.note.clone().map(|note| view! { <p class="message-body">{note}</p> })}
            <h2>{text.meetings} " (" {course.meeting_count} "/5)"</h2>
            <ul>{meetings}</ul>
            {offer_card.then(|| view! {
                <div class="notice notice-success">
                    <p>{text.card_offer}</p>
                    <PostForm name="card" action=format!("{base}/kort")>
                        <CardLanguageField form="card"/>
                        <button type="submit" class="button">{text.card_button}</button>
                    </PostForm>
                </div>
            })}
            {course.card_issued.then(|| view! { <p class="notice">{text.card_done}</p> })}
            {(!open).then(|| view! { <ProfessionalCards course=course.clone()/> })}
            {(open && full).then(|| view! { <p class="notice">{text.full}</p> })}
            {(open && !full).then(|| view! {
                <h2 id="meeting">{text.add_meeting}</h2>
                <PostForm name="meeting" action=format!("{base}/moede") class="questionnaire" labelled_by="meeting">
                    <TextField form="meeting" name="held_on" label=text.meeting_day kind=TextKind::Date/>
                    <RadioGroup form="meeting" name="form" legend=text.meeting_form options=forms/>
                    <CheckboxGroup form="meeting" name="participants" legend=text.participants options=people/>
                    <button type="submit" class="button">{text.add_meeting_button}</button>
                </PostForm>
            })}
            {(!open).then(|| view! {
                <h2 id="reopen">{text.reopen}</h2>
                <p>{text.reopen_intro}</p>
                <PostForm name="reopen" action=format!("{base}/genaabn") class="narrow-form" labelled_by="reopen">
                    <button type="submit" class="button button-secondary">{text.reopen}</button>
                </PostForm>
            })}
            {open.then(|| view! {
                <h2 id="close">{text.close}</h2>
                <PostForm name="close" action=format!("{base}/afslut") class="narrow-form" labelled_by="close">
                    <TextField form="close" name="ended_on" label=text.ended_on kind=TextKind::Date/>
                    <SelectField form="close" name="outcome" label=text.outcome options=outcomes/>
                    <button type="submit" class="button button-secondary">{text.close_button}</button>
                </PostForm>
            })}
        </StaffLayout>
    }
}

/// The correction of one meeting of an open course: its form filled in with what is stored.
#[component]
pub fn MeetingPage() -> impl IntoView {
    let lang = use_lang();
    let (id, meeting) = leptos_router::hooks::use_params_map().with_untracked(|p| {
        let number = |name: &str| p.get(name).and_then(|v| v.parse::<i64>().ok());
        (number("id"), number("meeting"))
    });
    let course = Resource::new_blocking(
        move || id,
        |id| async move { read_course(id.ok_or(AppError::NotFound)?).await },
    );
    view! {
        <Suspense>
            {move || course.get().map(|result| {
                let found = result.map(|course| {
                    let row = course.meetings.iter().find(|m| Some(m.id) == meeting).cloned();
                    (course.status == CourseStatus::Open).then_some(row).flatten().map(|row| (course, row))
                });
                match found {
                    Ok(Some((course, row))) => view! { <MeetingCorrection course=course row=row/> }.into_any(),
                    Ok(None) | Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                    Err(_) => view! { <StaffLayout><p class="notice notice-error" role="alert">{common(lang).try_again}</p></StaffLayout> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn MeetingCorrection(course: Course, row: MeetingRow) -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    let base = format!("/team/forloeb/{}", course.id);
    let (forms, people) = meeting_choices(lang);
    let ticked: Vec<&'static str> = row.participants.iter().map(|p| p.as_str()).collect();
    view! {
        <Title text=text.change_meeting_title/>
        <StaffLayout>
            <ErrorSummary names=vec![("held_on", text.meeting_day), ("form", text.meeting_form), ("participants", text.participants)]/>
            <p><a href=base.clone()>{course.reference.clone()}</a></p>
            <h1>{text.change_meeting_title}</h1>
            <p>{course.reference.clone()} " · " {day_text(lang, &row.held_on)}</p>
            <p>{text.change_meeting_intro}</p>
            <PostForm name="meeting" action=format!("{base}/moede/{}", row.id) class="questionnaire">
                <TextField form="meeting" name="held_on" label=text.meeting_day kind=TextKind::Date value=row.held_on.clone()/>
                <RadioGroup form="meeting" name="form" legend=text.meeting_form options=forms selected=row.form.as_str()/>
                <CheckboxGroup form="meeting" name="participants" legend=text.participants options=people ticked=ticked/>
                <button type="submit" class="button">{text.change_meeting_button}</button>
            </PostForm>
        </StaffLayout>
    }
}

/// The import form and, after a post, what came of it.
#[component]
pub fn CourseImportPage() -> impl IntoView {
    let lang = use_lang();
    let text = courses(lang);
    view! {
        <Title text=text.import_title/>
        <StaffLayout>
            <p><a href="/team/forloeb">{text.back}</a></p>
            <h1>{text.import_title}</h1>
            <ImportReport action="/team/forloeb/import" stored=text.imported/>
            <p>{text.import_intro}</p>
            <UploadForm action="/team/forloeb/import" id="import-file" label=imports(lang).file/>
        </StaffLayout>
    }
}

/// The closed course's offer of evaluation codes for the professionals who took part: one
/// per professional role registered on its meetings.
#[component]
fn ProfessionalCards(course: Course) -> impl IntoView {
    let text = professionals::issuing(use_lang());
    let roles = course.professionals();
    let left = course.professional_cards_left();
    let action = format!("/team/forloeb/{}/fagkort", course.id);
    let offer = text
        .intro
        .fill(&[("left", left.into()), ("roles", roles.into())]);
    let done = text
        .done
        .fill(&[("issued", course.professional_cards.into())]);
    view! {
        <h2 id="professionals">{text.title}</h2>
        {match (roles, left) {
            (0, _) => view! { <p class="notice">{text.none}</p> }.into_any(),
            (_, 0) => view! { <p class="notice">{done}</p> }.into_any(),
            _ => view! {
                <p>{offer}</p>
                <PostForm name="professionals" action=action class="narrow-form" labelled_by="professionals">
                    <TextField form="professionals" name="count" label=text.count value=left.to_string() required=true/>
                    <button type="submit" class="button">{text.button}</button>
                </PostForm>
            }.into_any(),
        }}
    }
}
