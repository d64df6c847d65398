//! Every CSV import over any bytes: never panics, and every refusal names a line.
#![no_main]

use std::collections::{HashMap, HashSet};

use app::domain::{course_import, registry_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let places = HashMap::from([("Bakkeskolen".to_owned(), 1)]);
    let steps = HashSet::from(["forebyggende_sel52".to_owned()]);
    let lines_named =
        |errors: Vec<app::domain::ImportError>| assert!(errors.iter().all(|e| e.line >= 1));
    if let Err(errors) = course_import::parse(bytes, &places) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_notifications(bytes) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_steps(bytes) {
        lines_named(errors);
    }
    if let Err(errors) = registry_import::parse_staircase(bytes, &steps) {
        lines_named(errors);
    }
});
