//! The server's secret key, used for keyed hashes of one-time codes and receipts.

use hmac::{Hmac, Mac as _};
use sha2::Sha256;

/// Key material for keyed hashes. Its `Debug` output never shows the key.
#[derive(Clone)]
pub struct SecretKey(Vec<u8>);

impl SecretKey {
    /// Fewest bytes a key may have.
    pub const MIN_LEN: usize = 32;

    /// Wraps key material of at least [`Self::MIN_LEN`] bytes.
    pub fn new(bytes: Vec<u8>) -> anyhow::Result<Self> {
        anyhow::ensure!(
            bytes.len() >= Self::MIN_LEN,
            "the secret key must have at least {} bytes",
            Self::MIN_LEN
        );
        Ok(Self(bytes))
    }

    /// A fresh random key, printed as hex by [`Self::to_hex`].
    pub fn generate() -> Self {
        use rand::RngCore as _;
        let mut bytes = vec![0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Reads a key written by [`Self::to_hex`]: 64 hex digits.
    pub fn from_hex(text: &str) -> anyhow::Result<Self> {
        let bytes = hex::decode(text.trim())
            .map_err(|_| anyhow::anyhow!("the secret key must be written in hex digits"))?;
        Self::new(bytes)
    }

    /// The key as hex, for the key file.
    pub fn to_hex(&self) -> String {
        hex::encode(&self.0)
    }

    /// HMAC-SHA-256 of `value`, separated by `purpose` so a code's hash never equals a
    /// receipt's. Hex, lower case.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            unreachable!("HMAC takes keys of any length")
        };
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_hashes_depend_on_key_purpose_and_value() {
        let a = SecretKey::generate();
        let b = SecretKey::generate();
        let h = a.keyed_hash("code", "K7QM4XPRTW");
        assert_eq!(h.len(), 64);
        assert_eq!(h, a.keyed_hash("code", "K7QM4XPRTW"));
        assert_ne!(h, b.keyed_hash("code", "K7QM4XPRTW"));
        assert_ne!(h, a.keyed_hash("receipt", "K7QM4XPRTW"));
        assert_ne!(h, a.keyed_hash("code", "K7QM4XPRTX"));
    }

    #[test]
    fn a_key_survives_hex_and_short_keys_are_refused() {
        let key = SecretKey::generate();
        let again = SecretKey::from_hex(&key.to_hex()).expect("hex key");
        assert_eq!(key.keyed_hash("p", "v"), again.keyed_hash("p", "v"));
        assert!(SecretKey::from_hex("abcd").is_err());
        assert!(SecretKey::from_hex("not hex at all").is_err());
        assert_eq!(format!("{key:?}"), "SecretKey(..)");
    }
}
