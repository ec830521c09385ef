use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A stored API credential *record*: we keep only a hash and a short prefix of the key.
#[derive(Debug, Serialize, Deserialize)]
pub struct ApiKeyRecord {
    pub id: Uuid,
    #[serde(rename = "keyPrefix")]
    pub key_prefix: String,
    #[serde(rename = "secretHash")]
    pub secret_hash: String,
    pub scopes: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: String,
    pub expires_in: u64,
    pub refresh_token: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Document {
    /// primary key in the index
    pub id: String,
    pub sort_key: i64,
    pub checksum: String,
}

pub const TOKEN_TYPE_BEARER: &str = "Bearer";
pub const SECRET_HEADER: &str = "X-Indexer-Secret";
pub const PASSWORD_FIELD: &str = "password";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_record() {
        let json = r#"{"id":"⟦uuid⟧","keyPrefix":"idx_4f2a","secretHash":"⟦sha256⟧","scopes":["read"]}"#;
        let rec: ApiKeyRecord = serde_json::from_str(json).unwrap();
        assert_eq!(rec.key_prefix, "idx_4f2a");
    }

    #[test]
    fn parses_token_response() {
        let json = r#"{"access_token":"test-access-token","token_type":"Bearer","expires_in":3600,"refresh_token":null}"#;
        let t: TokenResponse = serde_json::from_str(json).unwrap();
        assert_eq!(t.token_type, TOKEN_TYPE_BEARER);
    }

    #[test]
    fn checksum_is_hex() {
        let d = Document { id: "doc-1".into(), sort_key: 1, checksum: "⟦sha1⟧".into() };
        assert_eq!(d.checksum.len(), 40);
    }
}
