//! The catalogues: every text of the portal as a Fluent message in
//! `app/locales/<language>/<feature>.ftl`, compiled into the binary.
//!
//! Danish is complete and the reference; English covers every page; the parents' languages
//! cover the parents' journey (the files [`PARENTS_FILES`] names). A message missing in a
//! language is taken from English, then Danish – the catalogue test makes sure that happens only
//! where a file is deliberately not shipped. A municipality overrides any message without
//! rebuilding by putting `.ftl` files in `<data folder>/locales/<language>/`: each must parse,
//! name only messages the portal has, and keep their placeholders, or the server refuses to
//! start (a typo must not silently show the shipped text).

use std::{collections::BTreeSet, fmt, fs, path::Path, sync::OnceLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::domain::{lang::Direction, translation::CatalogueFile, Lang};

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The features whose files every parents' language ships: the journey from the front page to
/// the receipt, the printed card, the messages a form can show, the citizens' anonymous
/// advice and the public catalogue of offers.
pub const PARENTS_FILES: [&str; 7] = [
    "common",
    "landing",
    "evaluation",
    "problems",
    "privacy",
    "advice",
    "offers",
];

/// The header line in which each catalogue file says whether a native speaker reviewed it.
pub const REVIEWED: &str = "### Reviewed by a native speaker:";

/// A value for a message's placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number: Fluent picks the plural form by it.
    Number(i64),
    Text(String),
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(n.into())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(n)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<char> for Value {
    fn from(c: char) -> Self {
        Value::Text(c.to_string())
    }
}

/// One language's messages and what its files say about them.
struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// `(feature, reviewed by a native speaker)` of each shipped file.
    files: Vec<(String, bool)>,
}

/// All languages' messages.
pub struct Catalogue {
    bundles: Vec<Bundle>,
}

/// Why a catalogue file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// `<language>/<feature>.ftl`.
    pub file: String,
    /// 1-based, 0 when the problem is the file as a whole.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}, line {}: {}", self.file, self.line, self.reason)
        }
    }
}

impl std::error::Error for CatalogueError {}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// Parses `source`, refusing any syntax error with its line.
fn parse(file: &str, source: &str) -> Result<FluentResource, CatalogueError> {
    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        let first = &errors[0];
        CatalogueError {
            file: file.to_owned(),
            // The start of the entry that failed, which is where a translator looks.
            line: line_of(source, first.slice.as_ref().unwrap_or(&first.pos).start),
            reason: format!("not Fluent syntax ({:?})", first.kind),
        }
    })
}

fn reviewed(source: &str) -> bool {
    source
        .lines()
        .find_map(|line| line.strip_prefix(REVIEWED))
        .is_some_and(|answer| answer.trim() == "yes")
}

fn new_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse()
        .expect("every language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // In Arabic and Urdu every placeholder is isolated (U+2068 … U+2069), so that a number or a
    // code keeps its own direction inside the text; left-to-right text needs no marks around
    // the numbers and names it shows.
    bundle.set_use_isolating(lang.direction() == Direction::RightToLeft);
    bundle
}

/// `(message id, its placeholders)` of every message in `resource`, attributes as `id.attr`.
pub fn placeholders(resource: &FluentResource) -> Vec<(String, BTreeSet<String>)> {
    fn pattern(p: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, found);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(inline) => inline_expr(inline, found),
            ast::Expression::Select { selector, variants } => {
                inline_expr(selector, found);
                for variant in variants {
                    pattern(&variant.value, found);
                }
            }
        }
    }
    fn inline_expr(e: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_expr(argument, found);
                }
                for named in &arguments.named {
                    inline_expr(&named.value, found);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, found),
            _ => {}
        }
    }
    let mut messages = Vec::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern(value, &mut found);
            }
            messages.push((message.id.name.to_owned(), found.clone()));
            for attribute in &message.attributes {
                let mut found = BTreeSet::new();
                pattern(&attribute.value, &mut found);
                messages.push((format!("{}.{}", message.id.name, attribute.id.name), found));
            }
        }
    }
    messages
}

impl Catalogue {
    /// The catalogues compiled into the binary.
    pub fn shipped() -> Self {
        let mut bundles: Vec<Bundle> = Lang::ALL
            .into_iter()
            .map(|lang| Bundle {
                bundle: new_bundle(lang),
                files: Vec::new(),
            })
            .collect();
        for (code, feature, source) in SHIPPED {
            let lang = Lang::parse(code).expect("a folder under app/locales is a language we have");
            let resource = parse(&format!("{code}/{feature}.ftl"), source)
                .expect("the shipped catalogues parse (the catalogue test)");
            let bundle = &mut bundles[lang as usize];
            bundle
                .bundle
                .add_resource(resource)
                .expect("no message is defined twice in one language (the catalogue test)");
            bundle.files.push(((*feature).to_owned(), reviewed(source)));
        }
        Catalogue { bundles }
    }

    /// The shipped catalogues with the municipality's overrides from `dir`
    /// (`<dir>/<language>/*.ftl`); a missing folder overrides nothing. Returns the files read.
    pub fn with_overrides(dir: &Path) -> Result<(Self, Vec<String>), CatalogueError> {
        let mut catalogue = Catalogue::shipped();
        let mut read = Vec::new();
        let Ok(languages) = fs::read_dir(dir) else {
            return Ok((catalogue, read));
        };
        let mut languages: Vec<_> = languages.filter_map(Result::ok).collect();
        languages.sort_by_key(|e| e.file_name());
        for language in languages.into_iter().filter(|e| e.path().is_dir()) {
            let code = language.file_name().to_string_lossy().into_owned();
            let refuse = |reason: String| CatalogueError {
                file: code.clone(),
                line: 0,
                reason,
            };
            let lang = Lang::parse(&code).ok_or_else(|| {
                refuse(format!(
                    "not a language the portal has (it has {})",
                    Lang::ALL.map(Lang::code).join(", ")
                ))
            })?;
            let mut files: Vec<_> = fs::read_dir(language.path())
                .map_err(|e| refuse(e.to_string()))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for path in files {
                let name = format!(
                    "{code}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let source = fs::read_to_string(&path).map_err(|e| CatalogueError {
                    file: name.clone(),
                    line: 0,
                    reason: format!("cannot be read as UTF-8 text: {e}"),
                })?;
                let resource = parse(&name, &source)?;
                catalogue.check_override(&name, &source, &resource)?;
                catalogue.bundles[lang as usize]
                    .bundle
                    .add_resource_overriding(resource);
                read.push(name);
            }
        }
        Ok((catalogue, read))
    }

    /// An override may only reword: every message it names must exist in Danish with the same
    /// placeholders.
    fn check_override(
        &self,
        file: &str,
        source: &str,
        resource: &FluentResource,
    ) -> Result<(), CatalogueError> {
        let danish = &self.bundles[Lang::Da as usize].bundle;
        for (id, found) in placeholders(resource) {
            let line = source
                .lines()
                .position(|l| {
                    l.trim_start()
                        .starts_with(id.split('.').next().unwrap_or(""))
                })
                .map_or(0, |i| i + 1);
            let refuse = |reason: String| CatalogueError {
                file: file.to_owned(),
                line,
                reason,
            };
            let (message, _) = id.split_once('.').unwrap_or((&id, ""));
            if !danish.has_message(message) {
                return Err(refuse(format!("the portal has no message “{id}”")));
            }
            let expected = self.placeholders_of(Lang::Da, &id);
            if expected != found {
                return Err(refuse(format!(
                    "“{id}” must use the placeholders {{{}}}, as the Danish does",
                    expected.into_iter().collect::<Vec<_>>().join(", ")
                )));
            }
        }
        Ok(())
    }

    fn placeholders_of(&self, lang: Lang, id: &str) -> BTreeSet<String> {
        SHIPPED
            .iter()
            .filter(|(code, _, _)| *code == lang.code())
            .filter_map(|(_, _, source)| FluentResource::try_new((*source).to_owned()).ok())
            .flat_map(|resource| placeholders(&resource))
            .find(|(found, _)| found == id)
            .map(|(_, set)| set)
            .unwrap_or_default()
    }

    /// The message `id` in `lang` (else English, else Danish) with `args` filled in; the id
    /// itself if no language has it, so a missing text shows as a visible fault, not a blank.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Value)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Value::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Value::Text(text) => fluent_args.set(*name, FluentValue::from(text.clone())),
            }
        }
        let (message_id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        for candidate in [lang, Lang::En, Lang::Da] {
            let bundle = &self.bundles[candidate as usize].bundle;
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let args = (!args.is_empty()).then_some(&fluent_args);
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// Whether `lang` has the message `id` of its own (not by falling back).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[lang as usize].bundle.has_message(id)
    }

    /// `(feature, reviewed by a native speaker)` of each file `lang` ships.
    pub fn files(&self, lang: Lang) -> &[(String, bool)] {
        &self.bundles[lang as usize].files
    }

    /// Whether every file of `lang` was reviewed by a native speaker.
    pub fn reviewed(&self, lang: Lang) -> bool {
        let files = self.files(lang);
        !files.is_empty() && files.iter().all(|(_, reviewed)| *reviewed)
    }

    /// The shipped source of `lang`'s file for `feature`.
    pub fn source(lang: Lang, feature: &str) -> Option<&'static str> {
        SHIPPED
            .iter()
            .find(|(code, f, _)| *code == lang.code() && *f == feature)
            .map(|(_, _, source)| *source)
    }
}

impl Catalogue {
    /// `lang`'s shipped files beside the Danish, as the installed messages read (overrides
    /// included), placeholders left as `{name}`.
    pub fn side_by_side(&self, lang: Lang) -> Vec<CatalogueFile> {
        let unfilled = |lang: Lang, id: &str, names: &BTreeSet<String>| {
            let args: Vec<(&str, Value)> = names
                .iter()
                .map(|name| (name.as_str(), Value::Text(format!("{{{name}}}"))))
                .collect();
            self.format(lang, id, &args)
        };
        self.files(lang)
            .iter()
            .filter_map(|(feature, reviewed)| {
                let source = Catalogue::source(Lang::Da, feature)?;
                let resource = FluentResource::try_new(source.to_owned()).ok()?;
                let messages = placeholders(&resource)
                    .into_iter()
                    .map(|(id, names)| {
                        let danish = unfilled(Lang::Da, &id, &names);
                        let translated = unfilled(lang, &id, &names);
                        (id, danish, translated)
                    })
                    .collect();
                Some(CatalogueFile {
                    feature: feature.clone(),
                    reviewed: *reviewed,
                    messages,
                })
            })
            .collect()
    }
}

static INSTALLED: OnceLock<Catalogue> = OnceLock::new();

/// Makes `catalogue` the process's, before the first page is rendered; refused (and returned)
/// once texts have been read, since pages keep what they read.
pub fn install(catalogue: Catalogue) -> Result<(), Catalogue> {
    INSTALLED.set(catalogue)
}

/// The process's catalogue: the installed one, else the shipped one.
pub fn catalogue() -> &'static Catalogue {
    INSTALLED.get_or_init(Catalogue::shipped)
}

/// The message `id` in `lang` with `args` filled in.
pub fn text(lang: Lang, id: &str, args: &[(&str, Value)]) -> String {
    catalogue().format(lang, id, args)
}

/// A message with placeholders, kept as its id until it is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub lang: Lang,
    pub id: &'static str,
}

impl Template {
    /// The message with `args` filled in.
    pub fn fill(&self, args: &[(&str, Value)]) -> String {
        text(self.lang, self.id, args)
    }
}

/// How a field of a struct declared with `texts!` is read from the catalogue.
pub trait FromCatalogue {
    fn read(lang: Lang, id: &'static str) -> Self;
}

impl FromCatalogue for &'static str {
    fn read(lang: Lang, id: &'static str) -> Self {
        // Read once per language and process (the structs are cached), so leaking is bounded
        // by the size of the catalogues.
        Box::leak(text(lang, id, &[]).into_boxed_str())
    }
}

impl FromCatalogue for Template {
    fn read(lang: Lang, id: &'static str) -> Self {
        Template { lang, id }
    }
}

/// A list is its messages `<id>-1`, `<id>-2`, …
impl<const N: usize> FromCatalogue for [&'static str; N] {
    fn read(lang: Lang, id: &'static str) -> Self {
        std::array::from_fn(|i| {
            let item: &'static str = Box::leak(format!("{id}-{}", i + 1).into_boxed_str());
            <&'static str>::read(lang, item)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::i18n::catalogue::*;

    /// `(language, feature)` → `(message id, placeholders)` of each shipped file.
    type Shipped = BTreeMap<(&'static str, &'static str), Vec<(String, BTreeSet<String>)>>;

    fn shipped_messages() -> Shipped {
        SHIPPED
            .iter()
            .map(|(code, feature, source)| {
                let resource = parse(&format!("{code}/{feature}.ftl"), source)
                    .unwrap_or_else(|e| panic!("{e}"));
                ((*code, *feature), placeholders(&resource))
            })
            .collect()
    }

    #[test]
    fn every_language_has_exactly_the_danish_messages_with_the_danish_placeholders() {
        let shipped = shipped_messages();
        let danish: Vec<&str> = shipped
            .keys()
            .filter(|(code, _)| *code == "da")
            .map(|(_, feature)| *feature)
            .collect();
        let mut faults = Vec::new();
        for lang in Lang::ALL {
            let expected: Vec<&str> = match lang {
                Lang::Da | Lang::En => danish.clone(),
                _ => PARENTS_FILES.to_vec(),
            };
            let mut files: Vec<&str> = shipped
                .keys()
                .filter(|(code, _)| *code == lang.code())
                .map(|(_, feature)| *feature)
                .collect();
            files.sort_unstable();
            let mut expected_sorted = expected.clone();
            expected_sorted.sort_unstable();
            if files != expected_sorted {
                faults.push(format!(
                    "{}: files {files:?}, expected {expected_sorted:?}",
                    lang.code()
                ));
            }
            for feature in expected {
                let (Some(reference), Some(own)) = (
                    shipped.get(&("da", feature)),
                    shipped.get(&(lang.code(), feature)),
                ) else {
                    continue;
                };
                let reference: BTreeMap<_, _> = reference.iter().cloned().collect();
                let own: BTreeMap<_, _> = own.iter().cloned().collect();
                for (id, wanted) in &reference {
                    match own.get(id) {
                        None => faults.push(format!("{}/{feature}: lacks {id}", lang.code())),
                        Some(found) if found != wanted => faults.push(format!(
                            "{}/{feature}: {id} has placeholders {found:?}, Danish {wanted:?}",
                            lang.code()
                        )),
                        Some(_) => {}
                    }
                }
                for id in own.keys().filter(|id| !reference.contains_key(*id)) {
                    faults.push(format!(
                        "{}/{feature}: has {id}, which Danish has not",
                        lang.code()
                    ));
                }
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    #[test]
    fn every_file_says_whether_a_native_speaker_reviewed_it() {
        for (code, feature, source) in SHIPPED {
            let header: Vec<&str> = source.lines().take(4).collect();
            assert!(
                header.iter().any(|line| line.starts_with(REVIEWED)),
                "{code}/{feature}.ftl lacks “{REVIEWED} yes|no” in its header"
            );
        }
        assert!(Catalogue::shipped().reviewed(Lang::Da));
        assert!(!Catalogue::shipped().reviewed(Lang::Ar));
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let catalogue = Catalogue::shipped();
        let wait = |lang, n: u32| {
            catalogue
                .format(lang, "problem-wait", &[("seconds", n.into())])
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert!(
            wait(Lang::Da, 1).contains("Vent 1 sekund, og"),
            "{}",
            wait(Lang::Da, 1)
        );
        assert!(wait(Lang::Da, 30).contains("Vent 30 sekunder, og"));
        assert!(wait(Lang::En, 1).contains("Wait 1 second and"));
        assert_ne!(
            wait(Lang::Pl, 2),
            wait(Lang::Pl, 5),
            "Polish has few and many"
        );
        assert_ne!(wait(Lang::Ar, 2), wait(Lang::Ar, 3), "Arabic has a dual");
    }

    fn folder(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("tidlig-catalogue-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn write(dir: &Path, file: &str, source: &str) {
        let path = dir.join(file);
        fs::create_dir_all(path.parent().expect("a folder")).expect("creating a folder");
        fs::write(path, source).expect("writing a file");
    }

    #[test]
    fn a_municipality_rewords_a_message_from_its_data_folder() {
        let dir = folder("reword");
        write(
            &dir,
            "da/landing.ftl",
            "landing-heading = Tidlig hjælp i Eksempel Kommune\n",
        );
        write(
            &dir,
            "ar/problems.ftl",
            "problem-too_long = { $max } حرفًا كحد أقصى.\n",
        );
        let (catalogue, read) = Catalogue::with_overrides(&dir).expect("valid overrides");
        assert_eq!(read, ["ar/problems.ftl", "da/landing.ftl"]);
        assert_eq!(
            catalogue.format(Lang::Da, "landing-heading", &[]),
            "Tidlig hjælp i Eksempel Kommune"
        );
        assert_eq!(
            catalogue.format(Lang::Ar, "problem-too_long", &[("max", 2000u32.into())]),
            "\u{2068}2000\u{2069} حرفًا كحد أقصى."
        );
        // Everything else is as shipped.
        assert_eq!(
            catalogue.format(Lang::En, "landing-heading", &[]),
            Catalogue::shipped().format(Lang::En, "landing-heading", &[])
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_override_that_would_show_the_wrong_text_is_refused_with_its_line() {
        let cases = [
            ("da/landing.ftl", "landing-heading = Ok\nlanding-haeding = Typo\n", "da/landing.ftl, line 2: the portal has no message “landing-haeding”"),
            ("en/problems.ftl", "\nproblem-too_long = At most { $maks } characters.\n", "en/problems.ftl, line 2: “problem-too_long” must use the placeholders {max}, as the Danish does"),
            ("da/common.ftl", "common-send = Send\ncommon-print = { unclosed\n", "da/common.ftl, line 2: not Fluent syntax"),
            ("de/common.ftl", "common-send = Senden\n", "de: not a language the portal has"),
        ];
        for (i, (file, source, expected)) in cases.into_iter().enumerate() {
            let dir = folder(&format!("refuse{i}"));
            write(&dir, file, source);
            let error = match Catalogue::with_overrides(&dir) {
                Ok(_) => panic!("{file} was accepted"),
                Err(error) => error.to_string(),
            };
            assert!(error.starts_with(expected), "{error}");
            let _ = fs::remove_dir_all(&dir);
        }
    }

    #[test]
    fn a_missing_override_folder_overrides_nothing() {
        let (_, read) = Catalogue::with_overrides(&folder("none")).expect("no folder is fine");
        assert!(read.is_empty());
    }
}
