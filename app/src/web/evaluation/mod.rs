//! The parents' evaluation: checking a code (read), the answers (post), and the FI team's issuing
//! of codes and their cards.

pub mod read;

#[cfg(feature = "ssr")]
pub mod post;

#[cfg(feature = "ssr")]
pub mod codes;

#[cfg(feature = "ssr")]
pub mod sent_here;

#[cfg(feature = "ssr")]
pub use guesses::CodeGuesses;

#[cfg(feature = "ssr")]
mod guesses {
    use std::net::SocketAddr;

    use chrono::{DateTime, Duration, Utc};
    use http::HeaderMap;

    use crate::{
        domain::CodeStatus,
        store::{throttle::client_key, AppState},
    };

    /// One client's guesses at evaluation codes, for the code check and the form alike:
    /// counted in memory against a keyed hash of the client's address, never stored.
    pub struct CodeGuesses<'a> {
        state: &'a AppState,
        client: String,
        now: DateTime<Utc>,
    }

    impl<'a> CodeGuesses<'a> {
        /// The guesses of the client at `peer` (or the address the proxy header names).
        pub fn of(state: &'a AppState, headers: &HeaderMap, peer: SocketAddr) -> Self {
            Self {
                client: client_key(&state.settings, headers, peer),
                now: state.clock.now(),
                state,
            }
        }

        /// `Err(wait)` while the client must wait after too many unknown codes.
        pub fn allowed(&self) -> Result<(), Duration> {
            self.state.guards.code_client.check(&self.client, self.now)
        }

        /// Counts what a guess found: an unknown code is a wrong guess. The guess that
        /// reaches the limit still gets its answer; the next ones wait.
        pub fn found(&self, status: CodeStatus) {
            if status == CodeStatus::Unknown {
                let _ = self.state.guards.code_client.fail(&self.client, self.now);
            }
        }

        /// When the guess was made.
        pub fn now(&self) -> DateTime<Utc> {
            self.now
        }
    }
}
