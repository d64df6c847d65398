//! The CPR guard over any text: never panics, and a text it accepts into a note or a
//! sparring message does not contain a CPR number.
#![no_main]

use app::domain::{cpr::contains_cpr, sparring::SparringText, Comment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let has_cpr = contains_cpr(input);
    if let Ok(Some(_)) = Comment::parse(input) {
        assert!(!has_cpr);
    }
    if SparringText::parse(input, 1).is_ok() {
        assert!(!has_cpr);
    }
});
