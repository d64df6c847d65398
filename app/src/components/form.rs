//! Form fields that show what was submitted and what is wrong with it.
//!
//! A form posts to its page's own address. When the server refuses it, it renders the page again
//! with a [`Submitted`] in the context: the fields keep their values, each shows its message, and
//! an error summary above the heading links to them.

use leptos::prelude::*;

use crate::{
    components::context::use_lang,
    domain::Submitted,
    i18n::{common::common, problems::problem_text},
};

/// The refused submission of `form`, if this response shows one.
pub fn submitted(form: &'static str) -> Option<Submitted> {
    use_context::<Submitted>().filter(|s| s.form == form)
}

/// Makes the title of a page whose form was refused say so first – what a screen reader reads
/// when the page loads: "Fejl – Anonym sparring". Placed once, around every page's own title.
#[component]
pub fn RefusedTitle() -> impl IntoView {
    let refused = use_context::<Submitted>().is_some_and(|s| !s.errors.is_empty());
    let error = common(use_lang()).error_title;
    let formatter = move |title: String| {
        if refused {
            format!("{error} – {title}")
        } else {
            title
        }
    };
    view! { <leptos_meta::Title formatter/> }
}

/// The hidden field naming this filled-in `form`, so that the same post sent twice (Back and
/// send, a double click) is answered once and writes once.
#[component]
pub fn PostId(form: &'static str) -> impl IntoView {
    let id = format!(
        "{}-{form}",
        crate::components::context::use_page_request().post_id
    );
    view! { <input type="hidden" name=crate::domain::site::POST_ID value=id/> }
}

/// The id of a `<form>` element: `form-{form}` (no field's id starts so).
pub fn form_element_id(form: &str) -> String {
    format!("form-{form}")
}

/// A form that posts to `action`, named `name`: its element id (which the language switch
/// of its page names when the server refused it) and its post id come with it. The browser's
/// own checks stay off; the server's messages are the ones people read.
#[component]
pub fn PostForm(
    name: &'static str,
    #[prop(into)] action: String,
    #[prop(optional)] class: Option<&'static str>,
    /// The id of the heading that names the form.
    #[prop(optional)]
    labelled_by: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <form method="post" novalidate action=action id=form_element_id(name) class=class aria-labelledby=labelled_by>
            <PostId form=name/>
            {children()}
        </form>
    }
}

/// The id of a form field's input: `{form}-{field}`.
pub fn field_id(form: &str, field: &str) -> String {
    format!("{form}-{field}")
}

/// What a field shows: its ids, and what the refused submission (if any) said about it.
struct FieldState {
    /// The input's id (`{form}-{field}`).
    id: String,
    /// The problem with the field.
    problem: Option<crate::domain::Problem>,
    /// The problem in the reader's words.
    message: Option<String>,
    /// The value submitted.
    typed: Option<String>,
}

impl FieldState {
    fn of(form: &'static str, name: &str) -> Self {
        let submitted = submitted(form);
        let problem = submitted
            .as_ref()
            .and_then(|s| s.error(name))
            .map(|e| e.problem);
        Self {
            id: field_id(form, name),
            problem,
            message: problem.map(|p| problem_text(use_lang(), &p)),
            typed: submitted
                .as_ref()
                .and_then(|s| s.value(name))
                .map(str::to_owned),
        }
    }

    fn wrapper_id(&self) -> String {
        format!("{}-field", self.id)
    }

    fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    /// `aria-describedby`: the hint if there is one, and the message if there is a problem.
    fn described_by(&self, has_hint: bool) -> Option<String> {
        let ids: Vec<String> = [
            has_hint.then(|| self.hint_id()),
            self.problem.map(|_| self.error_id()),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// "There is a problem" with a link to each field; goes above the page's heading. Always
/// rendered (hidden while there is nothing to say) so an enhancer island can fill it in the
/// browser.
#[component]
pub fn ErrorSummary(
    /// `(field, name)` pairs: a message in the summary is prefixed with its field's name
    /// ("Kommentar: …"), where several fields would otherwise read alike.
    #[prop(optional)]
    names: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let lang = use_lang();
    let submitted = use_context::<Submitted>().filter(|s| !s.errors.is_empty());
    let items = submitted.as_ref().map(|submitted| {
        submitted
            .errors
            .iter()
            .map(|error| {
                let href = format!("#{}", field_id(&submitted.form, &error.field));
                let line = summary_line(&names, &error.field, &problem_text(lang, &error.problem));
                view! { <li><a href=href>{line}</a></li> }
            })
            .collect_view()
    });
    view! {
        <div
            class="error-summary"
            id="error-summary"
            role="alert"
            aria-labelledby="error-summary-title"
            tabindex="-1"
            hidden=submitted.is_none()
            // A page that comes back refused opens on the summary, with or without JavaScript.
            autofocus=submitted.is_some()
        >
            <h2 id="error-summary-title">{common(lang).error_summary_title}</h2>
            <ul id="error-summary-list">{items}</ul>
        </div>
    }
}

/// A line of the error summary: the field's name, if it has one, then the message.
pub fn summary_line(names: &[(&str, &str)], field: &str, message: &str) -> String {
    match names.iter().find(|(f, _)| *f == field) {
        Some((_, name)) => format!("{name}: {message}"),
        None => message.to_owned(),
    }
}

/// A question answered by choosing one of several options: radio buttons in a fieldset, one
/// under the other, none chosen beforehand unless the form edits what was chosen before.
#[component]
pub fn RadioGroup(
    form: &'static str,
    name: &'static str,
    legend: &'static str,
    /// `(value, label)` pairs.
    options: Vec<(&'static str, &'static str)>,
    /// The value stored before (shown until the form is sent).
    #[prop(optional)]
    selected: Option<&'static str>,
) -> impl IntoView {
    let field = FieldState::of(form, name);
    let chosen = field
        .typed
        .clone()
        .or_else(|| selected.map(str::to_owned))
        .unwrap_or_default();
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            // The first option carries the field's id, so error links land on it.
            let input_id = if i == 0 { field.id.clone() } else { format!("{}-{i}", field.id) };
            view! {
                <div class="radio">
                    <input type="radio" id=input_id.clone() name=name value=value checked=chosen == value/>
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=field.problem.is_some() id=field.wrapper_id()>
            <fieldset id=format!("{}-group", field.id) aria-describedby=field.described_by(false)>
                <legend>{legend}</legend>
                <p class="field-error" id=field.error_id() hidden=field.problem.is_none()>{field.message.clone()}</p>
                <div class="radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// A labelled text area with hint and message.
#[component]
pub fn TextArea(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] rows: Option<u32>,
    /// The text stored before (shown until the form is sent).
    #[prop(optional, into)]
    value: String,
) -> impl IntoView {
    let field = FieldState::of(form, name);
    let text = field.typed.clone().unwrap_or(value);
    view! {
        <div class="field" class:field-invalid=field.problem.is_some() id=field.wrapper_id()>
            <label for=field.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=field.hint_id()>{hint}</p> })}
            <p class="field-error" id=field.error_id() hidden=field.problem.is_none()>{field.message.clone()}</p>
            // What is typed sets its own direction: a Danish or English comment in an Arabic
            // form reads left to right, an Arabic one in a Danish form right to left.
            <textarea
                id=field.id.clone()
                name=name
                dir="auto"
                rows=rows.unwrap_or(5)
                aria-describedby=field.described_by(hint.is_some())
                aria-invalid=field.problem.is_some().then_some("true")
            >
                {text}
            </textarea>
        </div>
    }
}

/// How a text field is used, for the browser's keyboard and autofill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextKind {
    /// Plain text.
    #[default]
    Text,
    /// An e-mail address.
    Email,
    /// A password (never refilled after a refusal).
    Password,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// A month (`YYYY-MM`).
    Month,
}

/// A labelled text input with hint and message.
#[component]
pub fn TextField(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] kind: TextKind,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let field = FieldState::of(form, name);
    let value = match (kind, field.typed.clone()) {
        (TextKind::Password, _) => String::new(),
        (_, Some(typed)) => typed,
        (_, None) => value,
    };
    let input_type = match kind {
        TextKind::Text => "text",
        TextKind::Email => "email",
        TextKind::Password => "password",
        TextKind::Date => "date",
        TextKind::Month => "month",
    };
    view! {
        <div class="field" class:field-invalid=field.problem.is_some() id=field.wrapper_id()>
            <label for=field.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=field.hint_id()>{hint}</p> })}
            {field.message.clone().map(|m| view! { <p class="field-error" id=field.error_id()>{m}</p> })}
            <input
                id=field.id.clone()
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                required=required
                aria-describedby=field.described_by(hint.is_some())
                aria-invalid=field.problem.is_some().then_some("true")
            />
        </div>
    }
}

/// A labelled drop-down list.
#[component]
pub fn SelectField(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    /// `(value, label)` pairs.
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: String,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let field = FieldState::of(form, name);
    let selected = field.typed.clone().unwrap_or(selected);
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=field.problem.is_some() id=field.wrapper_id()>
            <label for=field.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=field.hint_id()>{hint}</p> })}
            {field.message.clone().map(|m| view! { <p class="field-error" id=field.error_id()>{m}</p> })}
            <select id=field.id.clone() name=name aria-describedby=field.described_by(hint.is_some())>
                {options}
            </select>
        </div>
    }
}

/// A question answered by ticking any number of options: checkboxes in a fieldset.
#[component]
pub fn CheckboxGroup<O: AsRef<str> + 'static>(
    form: &'static str,
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// `(value, label)` pairs: the closed lists' choices, or data such as the catalogue's offers.
    options: Vec<(O, O)>,
    /// The values stored before (shown until the form is sent).
    #[prop(optional)]
    ticked: Vec<&'static str>,
) -> impl IntoView {
    let field = FieldState::of(form, name);
    let ticked: Vec<String> = submitted(form).map_or_else(
        || ticked.iter().map(|t| (*t).to_owned()).collect(),
        |s| s.all_values(name),
    );
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let input_id = if i == 0 { field.id.clone() } else { format!("{}-{i}", field.id) };
            let (value, label) = (value.as_ref().to_owned(), label.as_ref().to_owned());
            let checked = ticked.contains(&value);
            view! {
                <div class="radio">
                    <input type="checkbox" id=input_id.clone() name=name value=value checked=checked/>
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=field.problem.is_some() id=field.wrapper_id()>
            <fieldset id=format!("{}-group", field.id) aria-describedby=field.described_by(hint.is_some())>
                <legend>{legend}</legend>
                {hint.map(|hint| view! { <p class="hint" id=field.hint_id()>{hint}</p> })}
                <p class="field-error" id=field.error_id() hidden=field.problem.is_none()>{field.message.clone()}</p>
                <div class="radios">{boxes}</div>
            </fieldset>
        </div>
    }
}
