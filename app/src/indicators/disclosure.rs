//! One disclosure rule for every figure the portal publishes, decided for a whole page at once
//! and against everything published before it.
//!
//! Every count a table shows is a [`Figure`]: the sum of some elementary counts ("atoms": one
//! answer, in one area, in one quarter) of one family (a question of the evaluation, the
//! outcomes of courses, …). A row's cells, its total, a merged category, the part behind a
//! share or a per-kind total are all such sums. A goal's builder asks a [`Disclosure`] for each
//! figure as it writes its tables; it is run twice: once recording the figures it would show,
//! then, after [`protect`] has chosen what to hide, again with the decision, so the page, its
//! charts, the CSV, the XLSX and the report all write the same protected table.
//!
//! [`protect`] hides the small groups (1 to threshold − 1), whole rows of fewer than the
//! threshold, and the zeros of a row that hides anything; then it asks [`audit`] whether every
//! hidden figure – of this page and of every page published before (the ledger) – can still
//! take values at least the threshold apart, given every figure shown so far. Where one cannot,
//! it hides one more figure of the new page that touches it (a derived figure first, then the
//! smallest cell, a total last) and asks again. The audit solves two small linear programs per
//! hidden figure (`microlp`).

use std::{
    cell::RefCell,
    collections::{BTreeMap, HashMap, HashSet},
};

use super::percentages::percentages;
pub use crate::domain::disclosure::{
    Atom, Categories, Figure, Published, DEFAULT_THRESHOLD, MIN_THRESHOLD,
};
use crate::domain::table::{Cell, Value};

/// What a figure is to its row, which decides the order in which figures are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    /// Made from cells of a row: a merged category, the part of a share, a per-kind total.
    Derived,
    /// One cell of a row.
    Cell,
    /// A row's total.
    Total,
}

/// A figure a page would show, with its true value.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    figure: Figure,
    value: u64,
    role: Role,
}

/// Where a page's figures lie: the areas and quarters of its filters, and the districts its
/// broken-down families are split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub areas: u8,
    pub from: i32,
    pub to: i32,
    pub split: Split,
}

/// The families a page breaks down by district, and into how many districts: category `c` of
/// such a family in district `k` is the atom category `c × districts + k`, so that a figure
/// over all districts and a district's figure are sums of the same atoms, and the audit
/// weighs a district's small group against the totals the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    pub families: &'static [&'static str],
    pub districts: u32,
}

impl Split {
    /// The districts `family` is split by: 1 where it is not.
    pub fn of(&self, family: &str) -> u32 {
        if self.families.contains(&family) {
            self.districts.max(1)
        } else {
            1
        }
    }

    /// The atom categories of `family`'s `categories` in the districts `within` (bits).
    pub fn atoms(&self, family: &str, categories: Categories, within: Categories) -> Categories {
        let d = self.of(family);
        (0..Categories::BITS / d)
            .filter(|c| categories & 1 << c != 0)
            .fold(0, |bits, c| bits | within << (c * d))
    }
}

/// No family broken down.
pub const UNSPLIT: Split = Split {
    families: &[],
    districts: 1,
};

/// Every area and every quarter: for figures that name their own quarters (the registry's
/// years) and for tests.
pub const ANYWHERE: Scope = Scope {
    areas: 0b111,
    from: 0,
    to: 1_000_000,
    split: UNSPLIT,
};

/// The figures one page shows, asked for by its builder; see the module's documentation.
#[derive(Debug)]
pub struct Disclosure {
    scope: Scope,
    threshold: u64,
    /// `None` while recording; then the figures [`protect`] hid.
    hidden: Option<HashSet<Figure>>,
    recorded: RefCell<Vec<Entry>>,
}

impl Disclosure {
    /// A first run: records every figure and shows all of them (its tables are thrown away).
    pub fn recording(scope: Scope, threshold: u64) -> Self {
        Self {
            scope,
            threshold,
            hidden: None,
            recorded: RefCell::new(Vec::new()),
        }
    }

    /// The second run: hides exactly `hidden`.
    pub fn decided(scope: Scope, threshold: u64, hidden: HashSet<Figure>) -> Self {
        Self {
            scope,
            threshold,
            hidden: Some(hidden),
            recorded: RefCell::new(Vec::new()),
        }
    }

    /// The threshold the page is protected with.
    pub fn threshold(&self) -> u64 {
        self.threshold
    }

    /// The quarters `from..=to` within the page's: the span of a row about part of it (a year of
    /// a longer period).
    pub fn within(&self, from: i32, to: i32) -> Option<(i32, i32)> {
        Some((from.max(self.scope.from), to.min(self.scope.to)))
    }

    /// The figures recorded so far, with their values.
    fn take(&self) -> Vec<Entry> {
        std::mem::take(&mut self.recorded.borrow_mut())
    }

    /// The figure of `family`'s `categories` over all districts.
    fn figure(&self, family: &str, span: Option<(i32, i32)>, categories: Categories) -> Figure {
        let split = self.scope.split;
        let all = (1 << split.of(family)) - 1;
        self.atoms_figure(family, span, split.atoms(family, categories, all))
    }

    fn atoms_figure(&self, family: &str, span: Option<(i32, i32)>, atoms: Categories) -> Figure {
        let (from, to) = span.unwrap_or((self.scope.from, self.scope.to));
        Figure {
            family: family.to_owned(),
            areas: self.scope.areas,
            from,
            to,
            categories: atoms,
        }
    }

    /// The sum of `family`'s `categories` within district `k` (of the page's split): `None`
    /// where hidden.
    pub fn district_sum(
        &self,
        family: &str,
        span: Option<(i32, i32)>,
        (categories, k): (Categories, u32),
        value: u64,
    ) -> Option<u64> {
        let atoms = self.scope.split.atoms(family, categories, 1 << k);
        let role = if atoms.count_ones() == 1 {
            Role::Cell
        } else {
            Role::Derived
        };
        self.ask(self.atoms_figure(family, span, atoms), value, role)
            .then_some(value)
    }

    /// `part` (the categories `part_categories` of a row of `len`) as a share of `n` (the
    /// whole row) within district `k`: hidden with either.
    pub fn district_share(
        &self,
        family: &str,
        span: Option<(i32, i32)>,
        ((part_categories, len), k): ((Categories, usize), u32),
        part: u64,
        n: u64,
    ) -> Value {
        let all: Categories = (1 << len) - 1;
        let part_shown = self
            .district_sum(family, span, (part_categories, k), part)
            .is_some();
        let total_shown = self.district_sum(family, span, (all, k), n).is_some();
        Value::Share {
            percent: (part_shown && total_shown && n > 0)
                .then(|| (part as f64 * 1000.0 / n as f64).round() / 10.0),
            n,
        }
    }

    fn ask(&self, figure: Figure, value: u64, role: Role) -> bool {
        let shown = self
            .hidden
            .as_ref()
            .is_none_or(|hidden| !hidden.contains(&figure));
        if self.hidden.is_none() {
            self.recorded.borrow_mut().push(Entry {
                figure,
                value,
                role,
            });
        }
        shown
    }

    /// The cells of one row of `family` (category `i` is `counts[i]`) over `span` (the page's
    /// quarters when `None`), each with its share of the row; and whether the row's total may
    /// be shown.
    pub fn row(&self, family: &str, span: Option<(i32, i32)>, counts: &[u64]) -> (Vec<Cell>, bool) {
        let percent = percentages(counts);
        let cells = counts
            .iter()
            .zip(percent)
            .enumerate()
            .map(|(i, (&count, percent))| {
                let figure = self.figure(family, span, 1 << i);
                if self.ask(figure, count, Role::Cell) {
                    Cell::Shown { count, percent }
                } else {
                    Cell::Suppressed
                }
            })
            .collect();
        let all: Categories = (1 << counts.len()) - 1;
        let total = self.ask(
            self.figure(family, span, all),
            counts.iter().sum(),
            Role::Total,
        );
        (cells, total)
    }

    /// A row's cells followed by its total, as most tables write them.
    pub fn row_with_total(
        &self,
        family: &str,
        span: Option<(i32, i32)>,
        counts: &[u64],
    ) -> Vec<Value> {
        let n = counts.iter().sum();
        let (cells, total) = self.row(family, span, counts);
        cells
            .into_iter()
            .map(Value::Count)
            .chain([total_value(total, n)])
            .collect()
    }

    /// The sum of the categories in `categories` (bits) of a row: `None` where hidden.
    pub fn sum(
        &self,
        family: &str,
        span: Option<(i32, i32)>,
        categories: Categories,
        value: u64,
    ) -> Option<u64> {
        let role = if categories.count_ones() == 1 {
            Role::Cell
        } else {
            Role::Derived
        };
        self.ask(self.figure(family, span, categories), value, role)
            .then_some(value)
    }

    /// The total of a row of `len` categories, shown alone: `None` where hidden.
    pub fn total(&self, family: &str, span: Option<(i32, i32)>, len: usize, n: u64) -> Value {
        let all: Categories = (1 << len) - 1;
        total_value(self.ask(self.figure(family, span, all), n, Role::Total), n)
    }

    /// `part` (the categories `categories` of a row of `len`) as a share in percent of the
    /// row's total `n`, with one decimal: hidden with its part or its total, since either
    /// could be worked back from the share.
    pub fn share(
        &self,
        family: &str,
        span: Option<(i32, i32)>,
        (categories, len): (Categories, usize),
        part: u64,
        n: u64,
    ) -> Value {
        let all: Categories = (1 << len) - 1;
        let part_shown = self.sum(family, span, categories, part).is_some();
        let total_shown = self.ask(self.figure(family, span, all), n, Role::Total);
        Value::Share {
            percent: (part_shown && total_shown && n > 0)
                .then(|| (part as f64 * 1000.0 / n as f64).round() / 10.0),
            n,
        }
    }
}

fn total_value(shown: bool, n: u64) -> Value {
    if shown {
        Value::Total(n)
    } else {
        Value::Count(Cell::Suppressed)
    }
}

/// Runs a goal's builder under the disclosure rule: once to learn its figures, once to write
/// them protected against `ledger`. Returns what it built the second time and every figure
/// it published (hidden ones without a value), for the ledger.
pub fn protected<T>(
    scope: Scope,
    threshold: u64,
    ledger: &[Published],
    build: impl Fn(&Disclosure) -> T,
) -> (T, Vec<Published>) {
    let (decided, published) = decide(scope, threshold, ledger, &[], &build);
    (build(&decided), published)
}

/// The decision of [`protected`], to build with more than once (a page in each language),
/// keeping also every figure of `sensitive` (small groups some page could show, see
/// [`sensitive_figures`]) from being narrowed by what is shown.
pub fn decide<T>(
    scope: Scope,
    threshold: u64,
    ledger: &[Published],
    sensitive: &[Figure],
    build: impl Fn(&Disclosure) -> T,
) -> (Disclosure, Vec<Published>) {
    let recording = Disclosure::recording(scope, threshold);
    let _ = build(&recording);
    let entries = recording.take();
    let hidden = protect(ledger, &entries, sensitive, threshold);
    let published = dedup(&entries)
        .into_iter()
        .map(|e| Published {
            value: (!hidden.contains(&e.figure)).then_some(e.value),
            figure: e.figure,
        })
        .collect();
    (Disclosure::decided(scope, threshold, hidden), published)
}

/// The entries once each (a figure asked for twice – a cell that is also a split's group –
/// is one figure).
fn dedup(entries: &[Entry]) -> Vec<Entry> {
    let mut seen: HashMap<&Figure, usize> = HashMap::new();
    let mut out: Vec<Entry> = Vec::new();
    for entry in entries {
        match seen.get(&entry.figure) {
            Some(&i) => out[i].role = out[i].role.max(entry.role),
            None => {
                seen.insert(&entry.figure, out.len());
                out.push(entry.clone());
            }
        }
    }
    out
}

/// The figures of `entries` to hide so that, with the `ledger` of earlier publications, no
/// hidden figure and no `sensitive` one can be narrowed to fewer than `threshold` values.
fn protect(
    ledger: &[Published],
    entries: &[Entry],
    sensitive: &[Figure],
    threshold: u64,
) -> HashSet<Figure> {
    let entries = dedup(entries);
    let small = |v: u64| v > 0 && v < threshold;
    let mut hidden: HashSet<Figure> = HashSet::new();
    // A row is the figures of one family over the same areas and quarters.
    let row_of = |f: &Figure| (f.family.clone(), f.areas, f.from, f.to);
    let mut rows: BTreeMap<(String, u8, i32, i32), Vec<&Entry>> = BTreeMap::new();
    for entry in &entries {
        rows.entry(row_of(&entry.figure)).or_default().push(entry);
    }
    for members in rows.values() {
        let total = members
            .iter()
            .find(|e| e.role == Role::Total)
            .map(|e| e.value);
        if total.is_some_and(small) {
            hidden.extend(members.iter().map(|e| e.figure.clone()));
        }
    }
    hidden.extend(
        entries
            .iter()
            .filter(|e| small(e.value))
            .map(|e| e.figure.clone()),
    );
    // A figure published before under the same name is published again as it was.
    for p in ledger {
        if p.value.is_none() && entries.iter().any(|e| e.figure == p.figure) {
            hidden.insert(p.figure.clone());
        }
    }
    let mut settled: HashSet<Figure> = HashSet::new();
    let page: HashMap<&Figure, u64> = entries.iter().map(|e| (&e.figure, e.value)).collect();
    let current = |hidden: &HashSet<Figure>| -> Vec<Published> {
        let mut all: Vec<Published> = ledger.to_vec();
        all.extend(entries.iter().map(|e| Published {
            figure: e.figure.clone(),
            value: (!hidden.contains(&e.figure)).then_some(e.value),
        }));
        all.extend(sensitive.iter().map(|f| Published {
            figure: f.clone(),
            value: None,
        }));
        all
    };
    // A figure of this page that is not a small group and that what is shown determines
    // exactly keeps no secret by being hidden; it is left to the end (`show_determined`).
    let determined = |figure: &Figure, bounds: Bounds| {
        page.get(figure).is_some_and(|v| !small(*v))
            && !sensitive.contains(figure)
            && bounds.high - bounds.low < 0.5
    };
    loop {
        hide_zeros_beside_hidden(&rows, &mut hidden);
        let all = current(&hidden);
        let Some(narrow) = first_narrow(&all, threshold, &mut settled, &determined) else {
            show_determined(
                &current(&hidden),
                &entries,
                &mut hidden,
                threshold,
                &determined,
            );
            return hidden;
        };
        // One more figure of this page tied to it: a derived figure made with it first, then
        // the smallest cell of a figure made with it (its row's partner), then other derived
        // figures, a total last.
        let touching: Vec<&Figure> = all
            .iter()
            .filter(|p| p.value.is_some() && p.figure.overlaps(&narrow))
            .map(|p| &p.figure)
            .collect();
        let tied = |f: &Figure| touching.iter().any(|t| t.overlaps(f));
        let rank = |e: &Entry| -> Option<(u8, u64)> {
            if hidden.contains(&e.figure) {
                return None;
            }
            match e.role {
                Role::Derived if e.figure.overlaps(&narrow) => Some((0, e.value)),
                Role::Cell if tied(&e.figure) => Some((1, e.value)),
                Role::Derived if tied(&e.figure) => Some((2, e.value)),
                Role::Total if tied(&e.figure) => Some((3, e.value)),
                // Tied only through a longer chain of figures: anything of its family.
                _ if e.figure.family == narrow.family => Some((4, e.value)),
                _ => None,
            }
        };
        let next = entries
            .iter()
            .filter_map(|e| rank(e).map(|r| (r, e)))
            .min_by_key(|(r, _)| *r)
            .map(|(_, e)| e);
        match next {
            Some(entry) => {
                hidden.insert(entry.figure.clone());
            }
            // Nothing on this page touches it: earlier publications alone decide it, and
            // hiding more here changes nothing.
            None => {
                settled.insert(narrow);
            }
        }
    }
}

/// Shows the hidden figures of the page that the shown ones determine exactly: each adds an
/// equation that follows from the others, so together they change no bounds.
fn show_determined(
    all: &[Published],
    entries: &[Entry],
    hidden: &mut HashSet<Figure>,
    threshold: u64,
    determined: &dyn Fn(&Figure, Bounds) -> bool,
) {
    let small = |v: u64| v > 0 && v < threshold;
    for family in families(all) {
        let model = Model::of(&family);
        for entry in entries
            .iter()
            .filter(|e| e.figure.family == family[0].figure.family)
        {
            if hidden.contains(&entry.figure)
                && !small(entry.value)
                && determined(&entry.figure, model.bounds(&entry.figure))
            {
                hidden.remove(&entry.figure);
            }
        }
    }
}

/// In a row that hides a cell, a zero is hidden too: "none" beside a hidden cell tells how
/// the hidden ones add up.
fn hide_zeros_beside_hidden(
    rows: &BTreeMap<(String, u8, i32, i32), Vec<&Entry>>,
    hidden: &mut HashSet<Figure>,
) {
    for members in rows.values() {
        let hides = members
            .iter()
            .any(|e| e.role == Role::Cell && hidden.contains(&e.figure));
        if hides {
            for e in members
                .iter()
                .filter(|e| e.role == Role::Cell && e.value == 0)
            {
                hidden.insert(e.figure.clone());
            }
        }
    }
}

/// Every small group some page could show of `atoms`: one answer, in one area or all, over a
/// quarter, a whole year or since `first` through a quarter – any of `first..=last` – where
/// between 1 and `threshold − 1` gave it. Whatever is published must leave each of them as
/// uncertain as a hidden cell, published or not yet: a figure nobody has asked for yet is
/// still worked out the day someone does.
pub fn sensitive_figures(atoms: &[Atom], first: i32, last: i32, threshold: u64) -> Vec<Figure> {
    let mut spans: Vec<(i32, i32)> = Vec::new();
    for q in first..=last {
        spans.push((q, q));
        if q > first {
            spans.push((first, q));
        }
        if q.rem_euclid(4) == 3 && q - 3 >= first {
            spans.push((q - 3, q));
        }
    }
    let mut sums: BTreeMap<(String, u8, i32, i32, usize), u64> = BTreeMap::new();
    for atom in atoms.iter().filter(|a| (first..=last).contains(&a.quarter)) {
        for &(from, to) in spans
            .iter()
            .filter(|(f, t)| (*f..=*t).contains(&atom.quarter))
        {
            for areas in [1u8 << atom.area, 0b111] {
                *sums
                    .entry((atom.family.clone(), areas, from, to, atom.category))
                    .or_default() += atom.n;
            }
        }
    }
    sums.into_iter()
        .filter(|(_, n)| *n > 0 && *n < threshold)
        .map(|((family, areas, from, to, category), _)| Figure {
            family,
            areas,
            from,
            to,
            categories: 1 << category,
        })
        .collect()
}

/// The bounds of a hidden figure given every shown one: the smallest and largest value its
/// atoms can add up to (`f64::INFINITY` when nothing bounds it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub low: f64,
    pub high: f64,
}

/// Every hidden figure of `published` whose bounds are narrower than `threshold`.
pub fn audit(published: &[Published], threshold: u64) -> Vec<(Figure, Bounds)> {
    let mut out = Vec::new();
    for family in families(published) {
        let model = Model::of(&family);
        for hidden in family.iter().filter(|p| p.value.is_none()) {
            let bounds = model.bounds(&hidden.figure);
            if bounds.high - bounds.low < threshold as f64 - 1e-6 {
                out.push((hidden.figure.clone(), bounds));
            }
        }
    }
    out
}

/// The first hidden figure narrower than `threshold`, leaving out those `settled` (found wide
/// enough before: hiding more only widens them, or found beyond this page's reach) and those
/// `tolerated` for now. Those found wide enough now join `settled`.
fn first_narrow(
    published: &[Published],
    threshold: u64,
    settled: &mut HashSet<Figure>,
    tolerated: &dyn Fn(&Figure, Bounds) -> bool,
) -> Option<Figure> {
    for family in families(published) {
        if family
            .iter()
            .all(|p| p.value.is_some() || settled.contains(&p.figure))
        {
            continue;
        }
        let model = Model::of(&family);
        for hidden in family.iter().filter(|p| p.value.is_none()) {
            if settled.contains(&hidden.figure) {
                continue;
            }
            let bounds = model.bounds(&hidden.figure);
            if bounds.high - bounds.low < threshold as f64 - 1e-6 {
                if tolerated(&hidden.figure, bounds) {
                    continue;
                }
                return Some(hidden.figure.clone());
            }
            settled.insert(hidden.figure.clone());
        }
    }
    None
}

/// The published figures grouped by family: figures of different families share no atoms.
fn families(published: &[Published]) -> Vec<Vec<Published>> {
    let mut by: BTreeMap<&str, Vec<Published>> = BTreeMap::new();
    for p in published {
        by.entry(p.figure.family.as_str())
            .or_default()
            .push(p.clone());
    }
    by.into_values().collect()
}

/// One family's atoms and the equations its shown figures make of them, presolved: atoms the
/// shown figures pin down are replaced by their values, and the atoms left free fall apart
/// into groups no equation joins, each a small linear program of its own. The bounds are
/// those of the whole linear program, found faster: a ledger of years of pages pins most atoms.
struct Model {
    /// The area bits, the first quarters of the elementary runs of quarters (no figure begins
    /// or ends inside one: nothing finer is known) and the category bits; atom
    /// `(a * runs + r) * categories + c` is area `a`, run `r`, category `c`.
    areas: Vec<u8>,
    breaks: Vec<i32>,
    categories: Vec<Categories>,
    /// The value the shown figures pin each atom to, where they do.
    fixed: Vec<Option<f64>>,
    /// The shown figures that still join two or more free atoms: those atoms and what they add
    /// up to once the pinned ones are taken off.
    equations: Vec<(Vec<usize>, f64)>,
    /// The group of each free atom (a representative atom) and each group's equations.
    group: Vec<usize>,
    group_equations: HashMap<usize, Vec<usize>>,
    /// The shown figures contradict each other (which sealed answers never do): every figure
    /// is taken as pinned down, the safe side.
    contradictory: bool,
    /// Bounds already solved, by group and the free atoms of the group asked about.
    solved: RefCell<HashMap<GroupTarget, (f64, f64)>>,
}

/// A group of free atoms (its representative) and the ones of it a figure adds up.
type GroupTarget = (usize, Vec<usize>);

impl Model {
    fn of(family: &[Published]) -> Self {
        let mut breaks: Vec<i32> = family
            .iter()
            .flat_map(|p| [p.figure.from, p.figure.to + 1])
            .collect();
        breaks.sort_unstable();
        breaks.dedup();
        let area_bits = family.iter().fold(0u8, |a, p| a | p.figure.areas);
        let category_bits = family
            .iter()
            .fold(0, |a: Categories, p| a | p.figure.categories);
        let mut model = Model {
            areas: (0..8)
                .map(|i| 1u8 << i)
                .filter(|b| area_bits & b != 0)
                .collect(),
            breaks,
            categories: (0..Categories::BITS)
                .map(|i| 1 << i)
                .filter(|b| category_bits & b != 0)
                .collect(),
            fixed: Vec::new(),
            equations: Vec::new(),
            group: Vec::new(),
            group_equations: HashMap::new(),
            contradictory: false,
            solved: RefCell::new(HashMap::new()),
        };
        let runs = model.breaks.len().saturating_sub(1);
        let atoms = model.areas.len() * runs * model.categories.len();
        let mut seen = HashSet::new();
        let shown: Vec<(Vec<usize>, f64)> = family
            .iter()
            .filter_map(|p| Some((&p.figure, p.value?)))
            .filter(|(figure, _)| seen.insert(*figure))
            .map(|(figure, v)| (model.members(figure), v as f64))
            .collect();
        model.presolve(atoms, shown);
        model
    }

    /// Pins what the equations pin (a figure with one free atom left, or free atoms adding up
    /// to nothing, since counts are never negative), until nothing more is pinned; then
    /// groups the free atoms the remaining equations join.
    fn presolve(&mut self, atoms: usize, shown: Vec<(Vec<usize>, f64)>) {
        const EPS: f64 = 1e-6;
        let mut fixed: Vec<Option<f64>> = vec![None; atoms];
        let mut live = shown;
        loop {
            let mut pinned = false;
            let mut next = Vec::with_capacity(live.len());
            for (members, value) in live {
                let rest = value - members.iter().filter_map(|&i| fixed[i]).sum::<f64>();
                let free: Vec<usize> = members
                    .into_iter()
                    .filter(|&i| fixed[i].is_none())
                    .collect();
                match free.len() {
                    _ if rest < -EPS => self.contradictory = true,
                    0 if rest > EPS => self.contradictory = true,
                    0 => {}
                    1 => {
                        fixed[free[0]] = Some(rest);
                        pinned = true;
                    }
                    _ if rest < EPS => {
                        for i in free {
                            fixed[i] = Some(0.0);
                        }
                        pinned = true;
                    }
                    _ => next.push((free, rest)),
                }
            }
            live = next;
            if !pinned || self.contradictory {
                break;
            }
        }
        // The same free atoms twice: one equation (or a contradiction).
        let mut by_atoms: HashMap<Vec<usize>, f64> = HashMap::new();
        for (free, rest) in live {
            match by_atoms.get(&free) {
                Some(v) if (v - rest).abs() > EPS => self.contradictory = true,
                Some(_) => {}
                None => {
                    by_atoms.insert(free, rest);
                }
            }
        }
        self.equations = by_atoms.into_iter().collect();
        self.equations.sort_by(|a, b| a.0.cmp(&b.0));
        let mut parent: Vec<usize> = (0..atoms).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for (members, _) in &self.equations {
            let first = root(&mut parent, members[0]);
            for &m in &members[1..] {
                let r = root(&mut parent, m);
                parent[r] = first;
            }
        }
        self.group = (0..atoms).map(|i| root(&mut parent, i)).collect();
        for (e, (members, _)) in self.equations.iter().enumerate() {
            self.group_equations
                .entry(self.group[members[0]])
                .or_default()
                .push(e);
        }
        self.fixed = fixed;
    }

    /// The atoms a figure adds up.
    fn members(&self, figure: &Figure) -> Vec<usize> {
        let runs = self.breaks.len().saturating_sub(1);
        // Runs lie wholly inside `from..=to`: they begin at or after `from` and end by `to`.
        let first = self.breaks.partition_point(|b| *b < figure.from);
        let end = self.breaks.partition_point(|b| *b <= figure.to + 1);
        let inside = first..end.saturating_sub(1).max(first).min(runs);
        let mut out = Vec::new();
        for (a, area) in self.areas.iter().enumerate() {
            if figure.areas & area == 0 {
                continue;
            }
            for r in inside.clone() {
                for (c, category) in self.categories.iter().enumerate() {
                    if figure.categories & category != 0 {
                        out.push((a * runs + r) * self.categories.len() + c);
                    }
                }
            }
        }
        out
    }

    fn bounds(&self, figure: &Figure) -> Bounds {
        if self.contradictory {
            return Bounds {
                low: 0.0,
                high: 0.0,
            };
        }
        let mut low = 0.0;
        let mut high = 0.0;
        let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in self.members(figure) {
            match self.fixed[i] {
                Some(v) => {
                    low += v;
                    high += v;
                }
                None => by_group.entry(self.group[i]).or_default().push(i),
            }
        }
        for (group, target) in by_group {
            let (l, h) = self.group_bounds(group, target);
            low += l;
            high += h;
        }
        Bounds { low, high }
    }

    /// The smallest and largest sum of the free atoms `target` of `group`.
    fn group_bounds(&self, group: usize, target: Vec<usize>) -> (f64, f64) {
        let Some(equations) = self.group_equations.get(&group) else {
            // A free atom no shown figure holds: anything from nothing up.
            return (0.0, f64::INFINITY);
        };
        let key = (group, target);
        if let Some(b) = self.solved.borrow().get(&key) {
            return *b;
        }
        let atoms: Vec<usize> = (0..self.group.len())
            .filter(|&i| self.fixed[i].is_none() && self.group[i] == group)
            .collect();
        let solve = |direction: microlp::OptimizationDirection| -> Option<f64> {
            let mut problem = microlp::Problem::new(direction);
            let vars: HashMap<usize, microlp::Variable> = atoms
                .iter()
                .map(|&i| {
                    let objective = if key.1.contains(&i) { 1.0 } else { 0.0 };
                    (i, problem.add_var(objective, (0.0, f64::INFINITY)))
                })
                .collect();
            for &e in equations {
                let (members, value) = &self.equations[e];
                let expr: Vec<(microlp::Variable, f64)> =
                    members.iter().map(|i| (vars[i], 1.0)).collect();
                problem.add_constraint(expr.as_slice(), microlp::ComparisonOp::Eq, *value);
            }
            match problem.solve() {
                Ok(solution) => Some(solution.objective()),
                Err(microlp::Error::Unbounded) => Some(f64::INFINITY),
                Err(_) => None,
            }
        };
        let bounds = match (
            solve(microlp::OptimizationDirection::Minimize),
            solve(microlp::OptimizationDirection::Maximize),
        ) {
            (Some(low), Some(high)) => (low, high),
            _ => (0.0, 0.0),
        };
        self.solved.borrow_mut().insert(key, bounds);
        bounds
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::quarter;

    const T: u64 = 5;

    /// The old row-by-row rule, which each attack below undid: the cells of one row of `counts`
    /// whose total is shown beside them.
    ///
    /// A count from 1 to `threshold - 1` is suppressed (0 is shown: "none" identifies no one). If
    /// exactly one cell would be suppressed, the smallest other non-zero cell is suppressed too, so
    /// the hidden one cannot be found by subtracting from the total. A row whose total is under the
    /// threshold is suppressed whole.
    fn suppress(counts: &[u64], threshold: u64) -> Vec<Cell> {
        let total: u64 = counts.iter().sum();
        let percent = percentages(counts);
        if total > 0 && total < threshold {
            return vec![Cell::Suppressed; counts.len()];
        }
        let small = |c: u64| c > 0 && c < threshold;
        let mut hidden: Vec<bool> = counts.iter().map(|&c| small(c)).collect();
        if hidden.iter().filter(|h| **h).count() == 1 {
            let partner = counts
                .iter()
                .enumerate()
                .filter(|(i, &c)| !hidden[*i] && c > 0)
                .min_by_key(|(_, &c)| c)
                .map(|(i, _)| i);
            if let Some(i) = partner {
                hidden[i] = true;
            }
        }
        counts
            .iter()
            .zip(percent)
            .zip(hidden)
            .map(|((&count, percent), hidden)| {
                if hidden {
                    Cell::Suppressed
                } else {
                    Cell::Shown { count, percent }
                }
            })
            .collect()
    }

    /// The figures of one row as the old row-by-row rule published them.
    fn row_by_row(family: &str, areas: u8, span: (i32, i32), counts: &[u64]) -> Vec<Published> {
        let all: Categories = (1 << counts.len()) - 1;
        let figure = |categories| Figure {
            family: family.into(),
            areas,
            from: span.0,
            to: span.1,
            categories,
        };
        suppress(counts, T)
            .into_iter()
            .enumerate()
            .map(|(i, cell)| Published {
                figure: figure(1 << i),
                value: match cell {
                    Cell::Shown { count, .. } => Some(count),
                    Cell::Suppressed => None,
                },
            })
            .chain([Published {
                figure: figure(all),
                value: Some(counts.iter().sum()),
            }])
            .collect()
    }

    /// The figures of one row under the disclosure rule, against `ledger`.
    fn protected_row(
        ledger: &[Published],
        areas: u8,
        span: (i32, i32),
        counts: &[u64],
    ) -> Vec<Published> {
        guarded_row(ledger, &[], areas, span, counts)
    }

    /// The same, keeping `sensitive` figures uncertain too.
    fn guarded_row(
        ledger: &[Published],
        sensitive: &[Figure],
        areas: u8,
        span: (i32, i32),
        counts: &[u64],
    ) -> Vec<Published> {
        let scope = Scope {
            split: UNSPLIT,
            areas,
            from: span.0,
            to: span.1,
        };
        decide(scope, T, ledger, sensitive, |d| {
            d.row_with_total("overall", None, counts)
        })
        .1
    }

    fn q(n: u8) -> (i32, i32) {
        (quarter(2025, n), quarter(2025, n))
    }

    const YEAR: (i32, i32) = (2025 * 4, 2025 * 4 + 3);

    /// Quarters 1–3 of a year with plenty of answers, and a fourth with one family's answer.
    const QUARTERS: [[u64; 5]; 4] = [
        [10, 5, 5, 5, 5],
        [6, 5, 0, 5, 0],
        [5, 0, 6, 0, 5],
        [1, 0, 0, 0, 0],
    ];

    fn year_counts() -> Vec<u64> {
        (0..5)
            .map(|i| QUARTERS.iter().map(|r| r[i]).sum())
            .collect()
    }

    #[test]
    fn the_year_minus_its_quarters_no_longer_gives_one_familys_answer() {
        let mut before = Vec::new();
        for (i, counts) in QUARTERS.iter().enumerate() {
            before.extend(row_by_row("overall", 1, q(i as u8 + 1), counts));
        }
        before.extend(row_by_row("overall", 1, YEAR, &year_counts()));
        assert!(
            !audit(&before, T).is_empty(),
            "the old rule: year − three quarters = the fourth"
        );

        let mut ledger = Vec::new();
        for (i, counts) in QUARTERS.iter().enumerate() {
            let page = protected_row(&ledger, 1, q(i as u8 + 1), counts);
            ledger.extend(page);
        }
        let year = protected_row(&ledger, 1, YEAR, &year_counts());
        assert!(
            year.iter().any(|p| p.value.is_none()),
            "the year hides what would single out the fourth quarter"
        );
        ledger.extend(year);
        assert_eq!(audit(&ledger, T), Vec::new());
    }

    #[test]
    fn zeros_beside_hidden_cells_are_hidden_so_the_hidden_ones_cannot_be_told() {
        let counts = [20, 1, 1, 0, 0];
        let before = row_by_row("overall", 1, q(1), &counts);
        let narrow = audit(&before, T);
        assert_eq!(
            narrow.len(),
            2,
            "[20, <5, <5, 0, 0], n = 22: both hidden cells are 1"
        );
        assert_eq!(
            narrow[0].1,
            Bounds {
                low: 0.0,
                high: 2.0
            },
            "and add up to 2"
        );
        let now = protected_row(&[], 1, q(1), &counts);
        assert_eq!(audit(&now, T), Vec::new());
        assert!(
            now[3].value.is_none() && now[4].value.is_none(),
            "the zeros are hidden"
        );
    }

    #[test]
    fn a_new_quarter_against_since_the_start_published_before_reveals_nothing() {
        let start = quarter(2025, 1);
        let since = |k: u8| (start, quarter(2025, k));
        let sums = |k: usize| -> Vec<u64> {
            (0..5)
                .map(|i| QUARTERS[..k].iter().map(|r| r[i]).sum())
                .collect()
        };
        // The old rule: since the start through Q3, then through Q4: the difference is Q4.
        let mut before = row_by_row("overall", 1, since(3), &sums(3));
        before.extend(row_by_row("overall", 1, q(4), &QUARTERS[3]));
        before.extend(row_by_row("overall", 1, since(4), &sums(4)));
        assert!(!audit(&before, T).is_empty());

        let mut ledger = protected_row(&[], 1, since(3), &sums(3));
        let page = protected_row(&ledger, 1, q(4), &QUARTERS[3]);
        ledger.extend(page);
        let page = protected_row(&ledger, 1, since(4), &sums(4));
        ledger.extend(page);
        assert_eq!(audit(&ledger, T), Vec::new());
    }

    #[test]
    fn two_shares_no_longer_give_the_age_band_between_them() {
        // 0–1, 2–5, 6–7, 8–9 (3: small), 10–13, 14–17; shares of 0–9 and of under 8.
        let counts = [25u64, 52, 29, 3, 94, 66];
        let n: u64 = counts.iter().sum();
        let page = |d: &Disclosure| {
            let _ = d.row_with_total("bands", None, &counts);
            [0b1111u128, 0b0111].map(|bits| {
                let part = (0..6)
                    .filter(|i| bits & 1 << i != 0)
                    .map(|i| counts[i])
                    .sum();
                d.share("bands", None, (bits, 6), part, n)
            })
        };
        // The old rule hid 3 and its partner but showed both shares.
        let mut before = row_by_row("bands", 0b111, (0, 1_000_000), &counts);
        for bits in [0b1111u128, 0b0111] {
            let part = (0..6)
                .filter(|i| bits & 1 << i != 0)
                .map(|i| counts[i])
                .sum();
            before.push(Published {
                figure: Figure {
                    family: "bands".into(),
                    areas: 0b111,
                    from: 0,
                    to: 1_000_000,
                    categories: bits,
                },
                value: Some(part),
            });
        }
        assert!(
            audit(&before, T)
                .iter()
                .any(|(f, _)| f.categories == 0b1000),
            "8–9 = 0–9 − under 8"
        );
        let (shares, published) = protected(ANYWHERE, T, &[], page);
        assert_eq!(audit(&published, T), Vec::new());
        assert!(shares
            .iter()
            .any(|s| matches!(s, Value::Share { percent: None, .. })));
    }

    #[test]
    fn per_kind_totals_no_longer_rebuild_a_hidden_step() {
        // Two preventive steps, three placement steps; 4 in the third.
        let counts = [6u64, 177, 4, 33, 14];
        let kinds = [0b00011u128, 0b11100];
        let sum = |bits: u128| {
            (0..5)
                .filter(|i| bits & 1 << i != 0)
                .map(|i| counts[i])
                .sum::<u64>()
        };
        let mut before = row_by_row("steps", 0b111, (0, 1_000_000), &counts);
        for bits in kinds {
            before.push(Published {
                figure: Figure {
                    family: "steps".into(),
                    areas: 0b111,
                    from: 0,
                    to: 1_000_000,
                    categories: bits,
                },
                value: Some(sum(bits)),
            });
        }
        assert!(
            !audit(&before, T).is_empty(),
            "placements − the shown placement steps = the hidden one"
        );
        let (_, published) = protected(ANYWHERE, T, &[], |d| {
            let _ = d.row_with_total("steps", None, &counts);
            kinds.map(|bits| d.sum("steps", None, bits, sum(bits)))
        });
        assert_eq!(audit(&published, T), Vec::new());
    }

    #[test]
    fn rebilds_headline_stays_where_nothing_is_small() {
        let (row, published) = protected(ANYWHERE, T, &[], |d| {
            d.row_with_total("overall", None, &[27, 9, 6, 0, 0])
        });
        assert!(published.iter().all(|p| p.value.is_some()));
        assert_eq!(row[5], Value::Total(42));
    }

    /// A small deterministic generator, so every run checks the same cases.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, below: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % below
        }
    }

    #[test]
    fn after_every_publication_in_any_order_the_audit_over_the_whole_ledger_holds() {
        let areas = 3usize;
        let quarters = 8i32;
        for seed in 1..=6u64 {
            let mut rng = Lcg(seed);
            // counts[area][quarter][answer]: many small cells and zeros.
            let counts: Vec<Vec<[u64; 5]>> = (0..areas)
                .map(|_| {
                    (0..quarters)
                        .map(|_| {
                            [0; 5].map(|_: u64| [0, 0, 1, 2, 3, 4, 6, 9][rng.next(8) as usize])
                        })
                        .collect()
                })
                .collect();
            // Every page a lead can ask for: one area or all, a quarter, a year, or since the
            // start through a quarter.
            let mut pages: Vec<(u8, (i32, i32))> = Vec::new();
            for area_bits in [0b001u8, 0b010, 0b100, 0b111] {
                for k in 0..quarters {
                    pages.push((area_bits, (k, k)));
                    pages.push((area_bits, (0, k)));
                }
                pages.push((area_bits, (0, 3)));
                pages.push((area_bits, (4, 7)));
            }
            for i in (1..pages.len()).rev() {
                pages.swap(i, rng.next(i as u64 + 1) as usize);
            }
            pages.sort_by_key(|(_, (_, to))| *to); // quarters close in order
            let mut seen = HashSet::new();
            pages.retain(|p| seen.insert(*p)); // a page is published once
            let atoms: Vec<Atom> = (0..areas)
                .flat_map(|area| {
                    let counts = &counts;
                    (0..quarters).flat_map(move |quarter| {
                        (0..5).map(move |category| Atom {
                            family: "overall".into(),
                            area,
                            quarter,
                            category,
                            n: counts[area][quarter as usize][category],
                        })
                    })
                })
                .collect();
            let mut ledger: Vec<Published> = Vec::new();
            for (area_bits, span) in pages.into_iter().take(24) {
                // What could be published by now: the quarters through this page's last.
                let sensitive = sensitive_figures(&atoms, 0, span.1, T);
                let row: Vec<u64> = (0..5)
                    .map(|a| {
                        (0..areas)
                            .filter(|i| area_bits & 1 << i != 0)
                            .map(|i| {
                                (span.0..=span.1)
                                    .map(|q| counts[i][q as usize][a])
                                    .sum::<u64>()
                            })
                            .sum()
                    })
                    .collect();
                let page = guarded_row(&ledger, &sensitive, area_bits, span, &row);
                for p in &page {
                    if let Some(v) = p.value {
                        assert!(v == 0 || v >= T, "seed {seed}: a small figure was shown");
                    }
                }
                let shown: Vec<_> = page.iter().map(|p| p.value).collect();
                ledger.extend(page);
                let mut everything = ledger.clone();
                everything.extend(sensitive.iter().map(|f| Published {
                    figure: f.clone(),
                    value: None,
                }));
                assert_eq!(audit(&everything, T), Vec::new(), "seed {seed} after {area_bits:b} {span:?}: {row:?} as {shown:?}, sensitive {sensitive:?}");
            }
        }
    }

    /// The bounds of the whole linear program over every atom, without presolving.
    fn whole_bounds(family: &[Published], figure: &Figure) -> Bounds {
        let model = Model::of(family);
        let atoms = model.fixed.len();
        let target = model.members(figure);
        let solve = |direction| {
            let mut problem = microlp::Problem::new(direction);
            let vars: Vec<_> = (0..atoms)
                .map(|i| {
                    problem.add_var(
                        f64::from(u8::from(target.contains(&i))),
                        (0.0, f64::INFINITY),
                    )
                })
                .collect();
            for p in family {
                if let Some(v) = p.value {
                    let expr: Vec<_> = model
                        .members(&p.figure)
                        .iter()
                        .map(|&i| (vars[i], 1.0))
                        .collect();
                    problem.add_constraint(expr.as_slice(), microlp::ComparisonOp::Eq, v as f64);
                }
            }
            match problem.solve() {
                Ok(s) => Some(s.objective()),
                Err(microlp::Error::Unbounded) => Some(f64::INFINITY),
                Err(_) => None,
            }
        };
        match (
            solve(microlp::OptimizationDirection::Minimize),
            solve(microlp::OptimizationDirection::Maximize),
        ) {
            (Some(low), Some(high)) => Bounds { low, high },
            _ => Bounds {
                low: 0.0,
                high: 0.0,
            },
        }
    }

    #[test]
    fn the_presolved_bounds_are_those_of_the_whole_linear_program() {
        for seed in 1..=40u64 {
            let mut rng = Lcg(seed);
            let counts: Vec<u64> = (0..3 * 6 * 4)
                .map(|_| [0, 0, 1, 2, 4, 7, 12][rng.next(7) as usize])
                .collect();
            let value = |areas: u8, from: i32, to: i32, categories: u128| -> u64 {
                let mut sum = 0;
                for a in 0..3 {
                    for q in from..=to {
                        for c in 0..4 {
                            if areas & 1 << a != 0 && categories & 1 << c != 0 {
                                sum += counts[(a * 6 + q as usize) * 4 + c];
                            }
                        }
                    }
                }
                sum
            };
            let mut family = Vec::new();
            for _ in 0..(10 + rng.next(30)) {
                let areas = [1u8, 2, 4, 7][rng.next(4) as usize];
                let from = rng.next(6) as i32;
                let to = from + rng.next(6 - from as u64) as i32;
                let categories = [1u128, 2, 4, 8, 15, 14, 3][rng.next(7) as usize];
                let figure = Figure {
                    family: "overall".into(),
                    areas,
                    from,
                    to,
                    categories,
                };
                let v = value(areas, from, to, categories);
                family.push(Published {
                    figure,
                    value: (rng.next(3) > 0).then_some(v),
                });
            }
            let model = Model::of(&family);
            for p in &family {
                let fast = model.bounds(&p.figure);
                let whole = whole_bounds(&family, &p.figure);
                let same = |a: f64, b: f64| a == b || (a - b).abs() < 1e-6;
                assert!(
                    same(fast.low, whole.low) && same(fast.high, whole.high),
                    "seed {seed}, {:?}: {fast:?} against {whole:?}",
                    p.figure
                );
            }
        }
    }
}
