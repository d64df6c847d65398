//! Facts about the installation that every page may show.

use super::{publishing::Publishing, Lang};

/// Facts about the installation that every page may show.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The municipality's name.
    pub municipality: String,
    /// Address of the hashed stylesheet.
    pub stylesheet: String,
    /// What the municipality publishes about itself.
    pub published: Option<Publishing>,
}

/// What a page knows of the request it answers, beyond its route.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    /// The page's other languages with the address of the page in each: the same path and
    /// query with only `lang` changed, so that switching keeps a code, a token or a filter.
    /// Absolute, because a page shown in answer to a post is read at the post's address,
    /// which has no page.
    pub switches: Vec<(Lang, String)>,
    /// The start of this render's post ids: each form adds its own name, so that the same
    /// filled-in form sent twice is recognised and different forms are not.
    pub post_id: String,
}

/// The form field holding a filled-in form's post id (see [`PageRequest::post_id`]).
pub const POST_ID: &str = "post_id";
