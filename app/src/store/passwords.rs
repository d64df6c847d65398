//! Password hashing with Argon2id, off the async runtime.

use argon2::{
    password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString,
    },
    Algorithm, Argon2, Params, Version,
};

use crate::domain::Password;

/// Argon2id with OWASP's first recommended setting: 19 MiB of memory, two passes, one lane.
fn hasher() -> anyhow::Result<Argon2<'static>> {
    let params = Params::new(19 * 1024, 2, 1, None)
        .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a new password (PHC string with salt and parameters). Runs on a blocking thread:
/// a hash takes tens of milliseconds of CPU.
pub async fn hash(password: Password) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await?
}

/// True when `candidate` matches `stored`. A malformed stored hash never matches.
pub async fn verify(candidate: String, stored: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return Ok(false);
        };
        Ok(hasher()?
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok())
    })
    .await?
}

/// Does the work of a verification against a hash no password matches, so a login for an
/// unknown e-mail takes as long as one with a wrong password. Always false.
pub async fn verify_dummy(candidate: String) -> anyhow::Result<bool> {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = match DUMMY.get() {
        Some(hash) => hash.clone(),
        None => {
            let random = hex::encode(rand::random::<[u8; 24]>());
            let hash = hash(Password::parse(&random).map_err(anyhow::Error::msg)?).await?;
            DUMMY.get_or_init(|| hash).clone()
        }
    };
    verify(candidate, stored).await.map(|_| false)
}

/// Prepares the dummy hash at start-up, so the first unknown login is not the slow one.
pub async fn warm_up() -> anyhow::Result<()> {
    verify_dummy(String::new()).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let password = Password::parse("korrekt-hest-batteri").expect("policy");
        let stored = hash(password).await.expect("hash");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("korrekt-hest-batteri".into(), stored.clone())
            .await
            .expect("verify"));
        assert!(!verify("forkert-hest-batteri".into(), stored)
            .await
            .expect("verify"));
        assert!(!verify("x".into(), "not a hash".into())
            .await
            .expect("verify"));
    }
}
