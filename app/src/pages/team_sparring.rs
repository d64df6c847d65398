//! `/team/sparring` (the inbox) and `/team/sparring/:id` (one request, with the team's actions).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{
        context::use_lang,
        conversation::Conversation,
        duty_to_notify::DutyToNotify,
        form::{CheckboxGroup, ErrorSummary, PostForm, SelectField, TextArea, TextField, TextKind},
        staff_layout::StaffLayout,
    },
    domain::sparring::{
        AgeBand, AskerKind, InboxRow, Message, Outcome, SparringRequest, SparringStatus, Theme,
    },
    i18n::{
        choices::choice_name,
        common::common,
        dates::{day_and_time_text, day_text, month_text},
        sparring::{
            age_name, asker_name, form_name, inbox as inbox_text, outcome_name, parents_know_name,
            status_name, theme_name,
        },
    },
    pages::not_found::NotFound,
    web::{
        error::AppError,
        sparring::read::{inbox, offers_to_point_to, read_request, team_members},
    },
};

/// Professionals' sparring or citizens' advice, as the team calls them.
fn kind_name(lang: crate::domain::Lang, kind: AskerKind) -> &'static str {
    choice_name(lang, "asker_kind", kind.as_str())
}

fn with_any(any: &str, options: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), any.to_owned()))
        .chain(options)
        .collect()
}

/// The inbox: new requests first, filtered by the query string.
#[component]
pub fn SparringInboxPage() -> impl IntoView {
    let lang = use_lang();
    let text = inbox_text(lang);
    let query = use_query_map();
    let get = move |name: &str| query.with_untracked(|q| q.get(name).unwrap_or_default());
    let (kind, status, age, theme) = (get("spoerger"), get("status"), get("alder"), get("tema"));
    let rows = Resource::new_blocking(
        {
            let (kind, status, age, theme) =
                (kind.clone(), status.clone(), age.clone(), theme.clone());
            move || (kind.clone(), status.clone(), age.clone(), theme.clone())
        },
        |(kind, status, age, theme)| inbox(kind, status, String::new(), age, theme),
    );
    let kinds = with_any(
        text.any,
        AskerKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), kind_name(lang, *k).to_owned())),
    );
    let statuses = with_any(
        text.any,
        SparringStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), status_name(lang, *s).to_owned())),
    );
    let ages = with_any(
        text.any,
        AgeBand::ALL
            .iter()
            .map(|a| (a.as_str().to_owned(), age_name(lang, *a).to_owned())),
    );
    let themes = with_any(
        text.any,
        Theme::ALL
            .iter()
            .map(|t| (t.as_str().to_owned(), theme_name(lang, *t).to_owned())),
    );
    view! {
        <Title text=text.title/>
        <StaffLayout>
            <h1>{text.title}</h1>
            <form method="get" action="/team/sparring" class="filters">
                <SelectField form="filter" name="spoerger" label=text.kind options=kinds selected=kind/>
                <SelectField form="filter" name="status" label=text.status options=statuses selected=status/>
                <SelectField form="filter" name="alder" label=text.age options=ages selected=age/>
                <SelectField form="filter" name="tema" label=text.themes options=themes selected=theme/>
                <button type="submit" class="button button-secondary">{text.filter}</button>
            </form>
            <Suspense>
                {move || rows.get().map(|result| match result {
                    Ok(rows) if rows.is_empty() => view! { <p>{text.empty}</p> }.into_any(),
                    // Citizens' questions and professionals' requests are listed apart.
                    Ok(rows) => AskerKind::ALL.iter().rev().filter_map(|kind| {
                        let rows: Vec<InboxRow> = rows.iter().filter(|r| r.asker.kind() == *kind).cloned().collect();
                        (!rows.is_empty()).then(|| view! {
                            <h2>{kind_name(lang, *kind)}</h2>
                            <InboxTable rows=rows/>
                        })
                    }).collect_view().into_any(),
                    Err(_) => view! { <p class="notice notice-error" role="alert">{common(lang).try_again}</p> }.into_any(),
                })}
            </Suspense>
        </StaffLayout>
    }
}

#[component]
fn InboxTable(rows: Vec<InboxRow>) -> impl IntoView {
    let lang = use_lang();
    let text = inbox_text(lang);
    view! {
        <table class="responsive-table">
            <thead>
                <tr>
                    <th scope="col">{text.reference}</th>
                    <th scope="col">{text.received}</th>
                    <th scope="col">{text.status}</th>
                    <th scope="col">{text.asker}</th>
                    <th scope="col">{text.institution}</th>
                    <th scope="col">{text.age}</th>
                    <th scope="col">{text.themes}</th>
                    <th scope="col">{text.assigned}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let themes = row.themes.iter().map(|t| theme_name(lang, *t)).collect::<Vec<_>>().join(", ");
                    view! {
                        <tr class:row-new=row.status == SparringStatus::Received || row.message_waiting>
                            <td data-label=text.reference>
                                <a href=format!("/team/sparring/{}", row.id)>{format!("#{}", row.id)}</a>
                                {row.message_waiting.then(|| view! { " " <strong class="badge">{text.message_waiting}</strong> })}
                            </td>
                            <td data-label=text.received>{day_text(lang, &row.received_on)}</td>
                            <td data-label=text.status>{status_name(lang, row.status)}</td>
                            <td data-label=text.asker>{asker_name(lang, row.asker)}</td>
                            <td data-label=text.institution>{row.institution}</td>
                            <td data-label=text.age>{age_name(lang, row.age_band)}</td>
                            <td data-label=text.themes>{themes}</td>
                            <td data-label=text.assigned>{row.assigned_to}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// One request: what was asked, the conversation, and the team's actions.
#[component]
pub fn SparringRequestPage() -> impl IntoView {
    let lang = use_lang();
    let id = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse::<i64>().ok());
    let data = Resource::new_blocking(
        move || id,
        |id| async move {
            let id = id.ok_or(AppError::NotFound)?;
            let offers: Vec<(String, String)> = offers_to_point_to()
                .await?
                .into_iter()
                .map(|(id, name)| (id.to_string(), name))
                .collect();
            Ok::<_, AppError>((read_request(id).await?, team_members().await?, offers))
        },
    );
    view! {
        <Suspense>
            {move || data.get().map(|result| match result {
                Ok((request, members, offers)) => view! { <RequestView request=request members=members offers=offers/> }.into_any(),
                Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                Err(_) => view! {
                    <StaffLayout>
                        <p class="notice notice-error" role="alert">{common(lang).try_again}</p>
                    </StaffLayout>
                }.into_any(),
            })}
        </Suspense>
    }
}

/// A request with what the team may do to it; `offers` are the catalogue's active offers a
/// reply may point to, as `(id, name)`.
#[component]
fn RequestView(
    request: SparringRequest,
    members: Vec<(i64, String)>,
    offers: Vec<(String, String)>,
) -> impl IntoView {
    let lang = use_lang();
    let text = inbox_text(lang);
    let base = format!("/team/sparring/{}", request.id);
    let title = format!(
        "#{} · {} · {}",
        request.id,
        kind_name(lang, request.asker.kind()),
        asker_name(lang, request.asker)
    );
    let themes = request
        .themes
        .iter()
        .map(|t| theme_name(lang, *t))
        .collect::<Vec<_>>()
        .join(", ");
    let contact = [
        request.contact.name.clone(),
        request.contact.phone.clone(),
        request.contact.email.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    // Nobody is chosen until someone is: a first name pre-chosen gets the request by accident.
    let members: Vec<(String, String)> = std::iter::once((String::new(), text.nobody.to_owned()))
        .chain(members.into_iter().map(|(id, name)| (id.to_string(), name)))
        .collect();
    let assigned = request
        .assigned_to
        .as_ref()
        .map(|(id, _)| id.to_string())
        .unwrap_or_default();
    let outcomes: Vec<(String, String)> = Outcome::ALL
        .iter()
        .filter(|o| **o != Outcome::Stale)
        .map(|o| (o.as_str().to_owned(), outcome_name(lang, *o).to_owned()))
        .collect();
    let closed = request.status == SparringStatus::Closed;
    let who = {
        let role = asker_name(lang, request.asker);
        move |m: &Message| {
            if m.from_team {
                m.author.clone().unwrap_or_default()
            } else {
                role.to_owned()
            }
        }
    };
    view! {
        <Title text=title.clone()/>
        <StaffLayout>
            <ErrorSummary names=vec![("staff", text.assign_to), ("day", text.meeting_day), ("time", text.meeting_time), ("place", text.meeting_place), ("body", text.message), ("offers", text.point_offers), ("outcome", text.outcome)]/>
            <p><a href="/team/sparring">{text.back}</a></p>
            <h1>{title}</h1>
            <dl class="facts">
                <dt>{text.status}</dt><dd>{status_name(lang, request.status)}{request.outcome.map(|o| format!(" – {}", outcome_name(lang, o)))}</dd>
                // After retention only the month is kept.
                <dt>{text.received}</dt><dd>{match request.concern {
                    Some(_) => day_text(lang, &request.received_on),
                    None => month_text(lang, request.received_on.get(..7).unwrap_or_default()),
                }}</dd>
                {request.institution.clone().map(|institution| view! {
                    <dt>{text.institution}</dt><dd>{institution}</dd>
                })}
                <dt>{text.age}</dt><dd>{age_name(lang, request.age_band)}</dd>
                <dt>{text.themes}</dt><dd>{themes}</dd>
                {request.parents_know.map(|knows| view! {
                    <dt>{text.parents_know}</dt><dd>{parents_know_name(lang, knows)}</dd>
                })}
                {request.preferred_form.map(|form| view! {
                    <dt>{text.preferred_form}</dt><dd>{form_name(lang, form)}</dd>
                })}
                {request.meeting.clone().map(|(day, time, place)| view! {
                    <dt>{text.proposed_meeting}</dt><dd>{day_and_time_text(lang, &day, &time)} " – " {place}</dd>
                })}
                <dt>{text.contact}</dt><dd>{if contact.is_empty() { text.no_contact.to_owned() } else { contact.join(" · ") }}</dd>
            </dl>
            <h2>{text.concern}</h2>
            <p class="message-body">{request.concern.clone()}</p>
            <Conversation messages=request.messages.clone() who=who/>
            {(!closed).then(|| view! {
                <h2 id="assign">{text.assign}</h2>
                <PostForm name="assign" action=format!("{base}/tildel") class="narrow-form" labelled_by="assign">
                    <SelectField form="assign" name="staff" label=text.assign_to options=members selected=assigned/>
                    <button type="submit" class="button button-secondary">{text.assign_button}</button>
                </PostForm>
                <h2 id="meeting">{text.propose}</h2>
                <PostForm name="meeting" action=format!("{base}/moede") class="narrow-form" labelled_by="meeting">
                    <TextField form="meeting" name="day" label=text.meeting_day kind=TextKind::Date/>
                    <TextField form="meeting" name="time" label=text.meeting_time hint="09:30"/>
                    <TextField form="meeting" name="place" label=text.meeting_place hint=text.meeting_place_hint/>
                    <button type="submit" class="button button-secondary">{text.propose_button}</button>
                </PostForm>
                <h2 id="message">{text.message}</h2>
                <PostForm name="message" action=format!("{base}/besked") class="questionnaire" labelled_by="message">
                    <TextArea form="message" name="body" label=text.message rows=5/>
                    {(!offers.is_empty()).then(|| view! {
                        <CheckboxGroup form="message" name="offers" legend=text.point_offers hint=text.point_offers_hint options=offers/>
                    })}
                    <button type="submit" class="button">{text.message_button}</button>
                </PostForm>
                <DutyToNotify/>
                <h2 id="close">{text.close}</h2>
                <PostForm name="close" action=format!("{base}/luk") class="narrow-form" labelled_by="close">
                    <SelectField form="close" name="outcome" label=text.outcome options=outcomes/>
                    <button type="submit" class="button button-secondary">{text.close_button}</button>
                </PostForm>
            })}
        </StaffLayout>
    }
}
