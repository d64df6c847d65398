//! Pieces of pages. Islands (the only parts that run in the browser) are marked as such.

pub mod chart;
pub mod code_cards;
pub mod code_entry;
pub mod context;
pub mod conversation;
pub mod duty_to_notify;
pub mod enhance;
pub mod evaluation_form;
pub mod figure;
pub mod form;
pub mod import_report;
pub mod island_texts;
pub mod layout;
pub mod notice;
pub mod print_button;
pub mod session_timer;
pub mod staff_layout;
