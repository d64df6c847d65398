//! Evaluation codes and sparring receipts as people type them: parsing never panics, and a
//! code that parses shows and parses back to itself.
#![no_main]

use app::domain::{sparring::ReceiptCode, EvaluationCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Ok(code) = EvaluationCode::parse(input) {
        assert_eq!(code.as_str().len(), 10);
        assert_eq!(
            EvaluationCode::parse(&code.grouped()).ok().as_ref(),
            Some(&code)
        );
    }
    let _ = ReceiptCode::parse(input);
});
