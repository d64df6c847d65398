//! The HTTP tests, one binary with a module per feature: the real application on a random
//! port with a fresh database, each test run on SQLite and on PostgreSQL
//! ([`on_both_backends!`]), and the `tidlig` binary as an operator runs it (`cli`).

#[macro_use]
mod common;

mod accounts;
mod advice;
mod bad_input;
mod cli;
mod comments;
mod comparison;
mod courses;
mod dashboard;
mod disclosure;
mod districts;
mod evaluation;
mod foundation;
mod language_switch;
mod languages;
mod last_status;
mod offers;
mod population;
mod professionals;
mod sealing;
mod sparring;
mod staircase_kinds;
mod status_report;
mod targets;
mod throttles;
