//! `/sparring` (the request form) and `/sparring/kvittering` (the asker's page, opened with
//! the receipt). Both are plain forms; nothing here needs JavaScript or a login.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        context::use_lang,
        conversation::Conversation,
        form::{CheckboxGroup, ErrorSummary, RadioGroup, SelectField, TextArea, TextField},
        layout::{Layout, SwitchWithForm},
    },
    domain::{
        sparring::{
            AgeBand, AskerRole, AskerView, Message, ParentsKnow, PreferredForm, SentReceipt,
            SparringStatus, Theme, FORM, FORM_ID, OTHER_WORKPLACE, RECEIPT_FORM,
        },
        Problem,
    },
    i18n::sparring::{
        age_name, form_name, parents_know_name, role_name, sparring, status_name, theme_name,
    },
    web::sparring::read::workplaces,
};

/// The request form, or the receipt of a request just sent.
#[component]
pub fn SparringPage() -> impl IntoView {
    let lang = use_lang();
    let text = sparring(lang);
    if let Some(SentReceipt(receipt)) = use_context::<SentReceipt>() {
        return view! {
            <Title text=text.sent_title/>
            <Layout>
                <h1>{text.sent_title}</h1>
                <p>{text.sent_body}</p>
                <p class="receipt-code" id="receipt-code">{receipt}</p>
                <p class="notice" role="status">{text.sent_advice}</p>
                <p><a href="/sparring/kvittering">{text.receipt_title}</a></p>
            </Layout>
        }
        .into_any();
    }
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
            <ErrorSummary/>
            <h1>{text.title}</h1>
            <p>{text.intro}</p>
            <p class="notice notice-warning"><strong>{text.warning}</strong></p>
            <form method="post" novalidate action="/sparring" id=FORM_ID class="questionnaire">
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
                        <label for="sparring-confirm">{text.confirm}</label>
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
    .into_any()
}

/// The receipt form, or the request it opened.
#[component]
pub fn SparringReceiptPage() -> impl IntoView {
    let lang = use_lang();
    let text = sparring(lang);
    match use_context::<AskerView>() {
        Some(view) => view! { <AskerRequest view=view/> }.into_any(),
        None => view! {
            <Title text=text.receipt_title/>
            <Layout>
                <ErrorSummary/>
                <h1>{text.receipt_title}</h1>
                <p>{text.receipt_intro}</p>
                <form method="post" novalidate action="/sparring/kvittering" class="narrow-form">
                    <TextField form=RECEIPT_FORM name="receipt" label=text.receipt hint=text.receipt_hint autocomplete="off" required=true/>
                    <button type="submit" class="button">{text.open}</button>
                </form>
            </Layout>
        }
        .into_any(),
    }
}

#[component]
fn AskerRequest(view: AskerView) -> impl IntoView {
    let lang = use_lang();
    let text = sparring(lang);
    let request = view.request;
    let closed = request.status == SparringStatus::Closed;
    let deletion = match &view.deletion_day {
        Some(day) => text.deletion_closed.replace("{date}", day),
        None => text.deletion_open.to_owned(),
    };
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
            <ErrorSummary/>
            <h1>{text.request_title}</h1>
            {view.replied.then(|| view! { <p class="notice notice-success" role="status">{text.reply_sent}</p> })}
            <p><strong>{text.status} ": "</strong> {status_name(lang, request.status)}</p>
            {request.meeting.clone().map(|(day, time, place)| view! {
                <h2>{text.meeting}</h2>
                <p>{day} " " {time} " – " {place}</p>
            })}
            <h2>{text.your_concern}</h2>
            <p class="message-body">{request.concern.clone()}</p>
            <h2>{text.conversation}</h2>
            <Conversation messages=request.messages.clone() who=who/>
            {if closed {
                view! { <p class="notice">{text.closed_no_reply}</p> }.into_any()
            } else {
                view! {
                    <form method="post" novalidate action="/sparring/svar" class="questionnaire">
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
