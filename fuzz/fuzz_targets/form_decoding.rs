//! Form bodies and dashboard addresses: decoding never panics.
#![no_main]

use app::{
    domain::{dashboard::DashboardQuery, form::Fields},
    web::kit::FormData,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(form) = FormData::decode(bytes) {
        let _ = form.get("kode");
        let _ = form.all("themes");
        let query = DashboardQuery::parse(|name| form.get(name).to_owned());
        let _ = query.to_query_string();
    }
});
