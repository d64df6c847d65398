//! Why a request that is not a form of ours was refused: the reason a 4xx carries for the
//! machine (or the curious person) that sent it. People filling in our forms never see these;
//! they get field messages (`problems`).

/// A form post whose body is not URL-encoded.
pub const NOT_A_FORM: &str = "expected a form (application/x-www-form-urlencoded)";
/// A form body over the limit.
pub const FORM_TOO_LARGE: &str = "the form is too large";
/// A form body that is not valid URL-encoded UTF-8.
pub const FORM_UNREADABLE: &str = "the form could not be read";
/// An import post that is not a file upload.
pub const NOT_AN_UPLOAD: &str = "expected a file upload (multipart/form-data)";
/// An uploaded file over the limit.
pub const FILE_TOO_LARGE: &str = "the file is too large";
/// A multipart body that breaks off or is malformed.
pub const UPLOAD_UNREADABLE: &str = "the upload could not be read";
/// An upload without the field `file`.
pub const NO_FILE: &str = "the upload has no field named file";
/// A download of a table or format that does not exist.
pub const NO_SUCH_TABLE: &str = "no such table or format";

/// A correction's period or area is not one the page offers (the fields are the page's own).
pub const NOT_A_PAGE: &str =
    "period must be a quarter (2025-K3), a year (2025) or start, and area empty, dagtilbud, dagpleje or skole";
/// A target's remove button named no figure a target can be set for.
pub const NOT_A_TARGET: &str = "no figure of that name takes a target";
/// A choice of preventive kinds named a kind of step the municipality does not have.
pub const NOT_A_KIND: &str =
    "kinds must name the kinds of step that exist, and preventive only kinds among them";
/// A staff post without a login (the access layer normally answers first).
pub const SIGN_IN_REQUIRED: &str = "sign-in required";
/// Something broke on our side; the cause is in the log.
pub const INTERNAL: &str = "internal error";
