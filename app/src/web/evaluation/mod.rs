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
        store::{
            throttle::{client_key, Counted},
            AppState,
        },
    };

    /// One client's guess at an evaluation code, for the code check and the form alike:
    /// counted in memory against a keyed hash of the client's address, never stored – counted
    /// before the code is looked up, so that concurrent guesses cannot outrun the count, and
    /// given back when the code turns out to be one that was issued.
    pub struct CodeGuesses<'a> {
        state: &'a AppState,
        counted: Counted,
        now: DateTime<Utc>,
    }

    impl<'a> CodeGuesses<'a> {
        /// Counts a guess of the client at `peer` (or of the address the trusted proxy
        /// names): `Err(wait)` when it has guessed too often and must wait.
        pub fn attempt(
            state: &'a AppState,
            headers: &HeaderMap,
            peer: SocketAddr,
        ) -> Result<Self, Duration> {
            let now = state.clock.now();
            let client = client_key(&state.settings, headers, peer);
            let counted = state.guards.code_client.attempt(&client, now)?;
            Ok(Self {
                state,
                counted,
                now,
            })
        }

        /// What the guess found: only an unknown code stays counted as a wrong guess.
        pub fn found(self, status: CodeStatus) {
            if status != CodeStatus::Unknown {
                self.state.guards.code_client.give_back(&self.counted);
            }
        }

        /// When the guess was made.
        pub fn now(&self) -> DateTime<Utc> {
            self.now
        }
    }
}
