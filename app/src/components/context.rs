//! What a view may know about its request, read from the context the server provides for every
//! page (`web::request::provide_page_context`): the reader's language, the installation, the
//! staff member and a notice left by the previous request. Views read these here and nowhere
//! else; none of them reaches the storage layer.

use leptos::prelude::*;

use crate::domain::{CurrentStaff, Lang, Notice, PageRequest, Site};

/// The reader's language, as chosen for this request (Danish where nothing was chosen, and in
/// the browser's islands).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The installation's facts (the municipality's name, the stylesheet's address).
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

/// The logged-in staff member, on pages rendered for one (only known on the server).
pub fn current_staff() -> Option<CurrentStaff> {
    use_context::<CurrentStaff>()
}

/// The notice the previous request left for this page, if any.
pub fn current_notice() -> Option<Notice> {
    use_context::<Notice>()
}

/// The token (`?vis=`) with which a post handed its result to this page (empty without one).
pub fn use_handed_token() -> String {
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get("vis").unwrap_or_default())
}

/// The page's own address in the other language, and the start of its forms' post ids.
pub fn use_page_request() -> PageRequest {
    use_context::<PageRequest>().unwrap_or_default()
}
