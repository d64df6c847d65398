//! Every CSV import over any bytes: never panics, and every refusal names a line.
#![no_main]

use std::collections::{HashMap, HashSet};

use app::domain::{comparison, course_import, offer_import, population, registry_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let places = HashMap::from([("Bakkeskolen".to_owned(), 1)]);
    let steps = HashSet::from(["forebyggende_sel52".to_owned()]);
    let kinds = HashSet::from(["preventive".to_owned(), "placement".to_owned()]);
    let step_keys = ["forebyggende_sel52".to_owned()];
    let lines_named =
        |errors: Vec<app::domain::ImportError>| assert!(errors.iter().all(|e| e.line >= 1));
    if let Err(errors) = course_import::parse(bytes, &places) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_notifications(bytes) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_kinds(bytes) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_steps(bytes, &kinds) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_staircase(bytes, &steps) {
        lines_named(errors);
    }
    if let Err(errors) = population::parse_population(bytes) {
        lines_named(errors);
    }
    if let Err(errors) = comparison::parse_comparison(bytes, Some(2020)) {
        lines_named(errors);
    }
    if let Err(errors) = offer_import::parse_offers(bytes, &step_keys) {
        lines_named(errors);
    }
});
