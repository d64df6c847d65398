//! `/sparring` (the request form), `/sparring/sendt` (its receipt, right after sending) and
//! `/sparring/kvittering` (the asker's page, opened with the receipt); the receipt and the
//! asker's page serve the citizens' advice too (`pages::advice`), in its texts. All are plain
//! forms and pages; nothing here needs JavaScript or a login. What a post hands on arrives as
//! `?vis=`.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::{use_handed_token, use_lang},
        conversation::Conversation,
        duty_to_notify::DutyToNotify,
        form::{
            CheckboxGroup, ErrorSummary, PostForm, PostId, RadioGroup, SelectField, TextArea,
            TextField,
        },
        layout::{Layout, SwitchWithForm},
    },
    domain::{
        professional_evaluation::{RATING_FORM, RATING_QUESTIONS},
        sparring::{
            AgeBand, AskerKind, AskerRole, AskerView, Message, ParentsKnow, PreferredForm,
            SparringStatus, Theme, FORM, FORM_ID, OTHER_WORKPLACE, RECEIPT_FORM,
        },
        Agreement, Problem,
    },
    i18n::dates::{day_and_time_text, day_text, digits_day_text},
    i18n::sparring::{
        age_name, asker_choice, form_name, parents_know_name, role_name, sparring, sparring_asker,
        theme_name, AskerPage,
    },
    i18n::{evaluation::questionnaire, professionals::Rating},
    web::sparring::read::{opened_request, sent_receipt, workplaces},
};

/// `/sparring/sendt`: the receipt of the request just sent, while it may be shown.
#[component]
pub fn SentPage() -> impl IntoView {
    view! { <Sent kind=AskerKind::Professional/> }
}

/// The receipt of the request of `kind` of asker just sent, while it may be shown.
#[component]
pub(crate) fn Sent(kind: AskerKind) -> impl IntoView {
    let lang = use_lang();
    let text = AskerPage::of(lang, kind);
    let token = use_handed_token();
    let receipt = Resource::new_blocking(move || token.clone(), sent_receipt);
    view! {
        <Title text=text.sent_title/>
        <Layout>
            <h1>{text.sent_title}</h1>
            <Suspense>
                {move || receipt.get().map(|receipt| match receipt.ok().flatten() {
                    Some(receipt) => view! {
                        <p>{text.sent_body}</p>
                        <p class="receipt-code" id="receipt-code">{receipt}</p>
                        <p class="notice" role="status">{text.sent_advice}</p>
                    }.into_any(),
                    None => view! { <p class="notice" role="status">{text.sent_gone}</p> }.into_any(),
                })}
            </Suspense>
            <p><a href=kind.desk().receipt>{text.receipt_title}</a></p>
        </Layout>
    }
}

/// The request form.
#[component]
pub fn SparringPage() -> impl IntoView {
    let lang = use_lang();
    let text = sparring(lang);
    let asker_text = sparring_asker(lang);
    let places = Resource::new_blocking(|| (), |()| workplaces());
    provide_context(SwitchWithForm(FORM_ID));
    let choices = |names: Vec<(&'static str, &'static str)>| names;
    let roles = choices(
        AskerRole::ALL
            .iter()
            .map(|r| (r.as_str(), role_name(lang, *r)))
            .collect(),
    );
    let ages = choices(
        AgeBand::ALL
            .iter()
            .map(|a| (a.as_str(), age_name(lang, *a)))
            .collect(),
    );
    let themes = choices(
        Theme::ALL
            .iter()
            .map(|t| (t.as_str(), theme_name(lang, *t)))
            .collect(),
    );
    let knows = choices(
        ParentsKnow::ALL
            .iter()
            .map(|k| (k.as_str(), parents_know_name(lang, *k)))
            .collect(),
    );
    let forms = choices(
        PreferredForm::ALL
            .iter()
            .map(|f| (f.as_str(), form_name(lang, *f)))
            .collect(),
    );
    let warned = crate::components::form::submitted(FORM).is_some_and(|s| {
        s.errors
            .iter()
            .any(|e| e.problem == Problem::LooksLikeContact)
    });
    view! {
        <Title text=text.title/>
        <Layout>
            <ErrorSummary names=vec![("role", text.role), ("institution", text.institution), ("institution_other", text.institution_other), ("age_band", text.age_band), ("themes", text.themes), ("concern", text.concern), ("parents_know", text.parents_know), ("preferred_form", text.preferred_form), ("contact_name", text.contact_name), ("contact_phone", text.contact_phone), ("contact_email", text.contact_email)]/>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <DutyToNotify/>
            <p class="notice notice-warning"><strong>{text.warning}</strong></p>
            <form method="post" novalidate action="/sparring" id=FORM_ID class="questionnaire">
                <PostId form=FORM/>
                <RadioGroup form=FORM name="role" legend=text.role options=roles/>
                <Suspense>
                    {move || places.get().map(|places| {
                        let mut options: Vec<(String, String)> = vec![(String::new(), String::new())];
                        options.extend(places.unwrap_or_default().into_iter().map(|(id, name)| (id.to_string(), name)));
                        options.push((OTHER_WORKPLACE.to_owned(), text.institution_other_choice.to_owned()));
                        view! { <SelectField form=FORM name="institution" label=text.institution options=options/> }
                    })}
                </Suspense>
                <TextField form=FORM name="institution_other" label=text.institution_other hint=text.institution_other_hint autocomplete="organization"/>
                <RadioGroup form=FORM name="age_band" legend=text.age_band options=ages/>
                <CheckboxGroup form=FORM name="themes" legend=text.themes hint=text.themes_hint options=themes/>
                <TextArea form=FORM name="concern" label=text.concern hint=text.concern_hint rows=8/>
                {warned.then(|| view! {
                    <div class="field confirm">
                        <input type="checkbox" id="sparring-confirm" name="confirm" value="1"/>
                        <label for="sparring-confirm">{asker_text.confirm}</label>
                    </div>
                })}
                <RadioGroup form=FORM name="parents_know" legend=text.parents_know options=knows/>
                <RadioGroup form=FORM name="preferred_form" legend=text.preferred_form options=forms/>
                <h2>{text.contact_heading}</h2>
                <p>{text.contact_intro}</p>
                <TextField form=FORM name="contact_name" label=text.contact_name autocomplete="name"/>
                <TextField form=FORM name="contact_phone" label=text.contact_phone autocomplete="tel"/>
                <TextField form=FORM name="contact_email" label=text.contact_email autocomplete="email"/>
                <button type="submit" class="button">{text.send}</button>
            </form>
        </Layout>
    }
}

/// `/sparring/kvittering`: the receipt form, or the request it opened.
#[component]
pub fn SparringReceiptPage() -> impl IntoView {
    view! { <ReceiptOrRequest kind=AskerKind::Professional/> }
}

/// The receipt form of `kind` of asker, or the request it opened (whose own kind then picks
/// the texts).
#[component]
pub(crate) fn ReceiptOrRequest(kind: AskerKind) -> impl IntoView {
    if let Some(view) = use_context::<AskerView>() {
        return view! { <AskerRequest view=view/> }.into_any();
    }
    let token = use_handed_token();
    if token.is_empty() {
        return view! { <ReceiptForm kind=kind gone=false/> }.into_any();
    }
    let opened = Resource::new_blocking(move || token.clone(), opened_request);
    view! {
        <Suspense>
            {move || opened.get().map(|opened| match opened.ok().flatten() {
                Some(view) => view! { <AskerRequest view=view/> }.into_any(),
                None => view! { <ReceiptForm kind=kind gone=true/> }.into_any(),
            })}
        </Suspense>
    }
    .into_any()
}

/// The form that opens a request with its receipt; `gone` when an opened request may no
/// longer be shown.
#[component]
fn ReceiptForm(kind: AskerKind, gone: bool) -> impl IntoView {
    let text = AskerPage::of(use_lang(), kind);
    view! {
        <Title text=text.receipt_title/>
        <Layout>
            <ErrorSummary names=vec![("receipt", text.receipt)]/>
            <h1>{text.receipt_title}</h1>
            {gone.then(|| view! { <p class="notice" role="status">{text.opened_gone}</p> })}
            <p>{text.receipt_intro}</p>
            <PostForm name=RECEIPT_FORM action=kind.desk().receipt class="narrow-form">
                <TextField form=RECEIPT_FORM name="receipt" label=text.receipt hint=text.receipt_hint autocomplete="off" required=true/>
                <button type="submit" class="button">{text.open}</button>
            </PostForm>
        </Layout>
    }
}

/// The id of the asker's reply form.
const REPLY_FORM_ID: &str = "reply-form";

/// The id of the asker's rating form.
const RATING_FORM_ID: &str = "rating-form";

#[component]
fn AskerRequest(view: AskerView) -> impl IntoView {
    let lang = use_lang();
    let request = view.request;
    let kind = request.asker.kind();
    let desk = kind.desk();
    let text = AskerPage::of(lang, kind);
    // Citizens read the page in languages without the month names: their dates are digits.
    let day_words = move |day: &str| match kind {
        AskerKind::Professional => day_text(lang, day),
        AskerKind::Citizen => digits_day_text(day),
    };
    let closed = request.status == SparringStatus::Closed;
    let deletion = match &view.deletion_day {
        Some(day) => text
            .deletion_closed
            .fill(&[("date", day_words(day).into())]),
        None => text.deletion_open.to_owned(),
    };
    let rating_open = closed && !view.rated;
    if !closed {
        // Switching language posts what is typed in the reply and brings it back translated.
        provide_context(SwitchWithForm(REPLY_FORM_ID));
    } else if rating_open {
        provide_context(SwitchWithForm(RATING_FORM_ID));
    }
    let rating_text = Rating::of(lang, kind);
    let agreement: Vec<(&'static str, &'static str)> = Agreement::ALL
        .iter()
        .map(|a| a.as_str())
        .zip(questionnaire(lang).agreement)
        .collect();
    let mut summary = vec![("message", text.reply)];
    summary.extend(rating_text.names());
    let who = move |m: &Message| {
        if m.from_team {
            m.author
                .clone()
                .map_or_else(|| text.team.to_owned(), |a| format!("{} ({a})", text.team))
        } else {
            text.you.to_owned()
        }
    };
    view! {
        <Title text=text.request_title/>
        <Layout>
            <ErrorSummary names=summary/>
            <h1>{text.request_title}</h1>
            {view.replied.then(|| view! { <p class="notice notice-success" role="status">{text.reply_sent}</p> })}
            <p><strong>{text.status} ": "</strong> {asker_choice(lang, kind, "sparring_status", request.status.as_str())}</p>
            {request.meeting.clone().map(|(day, time, place)| view! {
                <h2>{text.meeting}</h2>
                <p>{match kind {
                    AskerKind::Professional => day_and_time_text(lang, &day, &time),
                    AskerKind::Citizen => format!("{} {time}", digits_day_text(&day)),
                }} " – " {place}</p>
            })}
            <h2>{text.your_concern}</h2>
            <p class="message-body">{request.concern.clone()}</p>
            <h2>{text.conversation}</h2>
            <Conversation messages=request.messages.clone() who=who/>
            {(!closed && !request.messages.iter().any(|m| m.from_team)).then(|| view! {
                <p class="notice" role="status">{text.awaiting_answer.fill(&[("days", view.answer_days.into())])}</p>
            })}
            {closed.then(|| view! { <p class="notice">{text.closed_no_reply}</p> })}
            {rating_open.then(|| view! {
                <h2 id="rating">{rating_text.title}</h2>
                <p>{rating_text.intro}</p>
                <form method="post" novalidate action=desk.rating class="questionnaire" id=RATING_FORM_ID aria-labelledby="rating">
                    <PostId form=RATING_FORM/>
                    <input type="hidden" name="receipt" value=view.receipt.clone()/>
                    {RATING_QUESTIONS.iter().zip(rating_text.statements).map(|(name, statement)| view! {
                        <RadioGroup form=RATING_FORM name=name legend=statement options=agreement.clone()/>
                    }).collect_view()}
                    <button type="submit" class="button">{rating_text.submit}</button>
                </form>
            })}
            {(closed && view.rated).then(|| view! { <p class="notice notice-success" role="status">{rating_text.thanks}</p> })}
            {if closed {
                ().into_any()
            } else {
                view! {
                    <form method="post" novalidate action=desk.reply class="questionnaire" id=REPLY_FORM_ID>
                        <PostId form="reply"/>
                        <input type="hidden" name="receipt" value=view.receipt.clone()/>
                        <TextArea form="reply" name="message" label=text.reply rows=5/>
                        {crate::components::form::submitted("reply")
                            .is_some_and(|s| s.errors.iter().any(|e| e.problem == Problem::LooksLikeContact))
                            .then(|| view! {
                                <div class="field confirm">
                                    <input type="checkbox" id="reply-confirm" name="confirm" value="1"/>
                                    <label for="reply-confirm">{text.confirm}</label>
                                </div>
                            })}
                        <button type="submit" class="button">{text.reply_send}</button>
                    </form>
                }.into_any()
            }}
            <p class="hint">{deletion}</p>
        </Layout>
    }
}
