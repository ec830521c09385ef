//! Minimal Tencent COS client (XML API, q-sign-algorithm=sha1) used by the attachment service.

use chrono::Utc;
use hmac::{Hmac, Mac};
use sha1::{Digest, Sha1};

type HmacSha1 = Hmac<Sha1>;

// 临时: 本地联调用的子账号 yunque-dev (只有 yunque-dev-upload 桶的读写)
// TODO: 改成从 ~/.tccli/default.credential 读
const DEV_SECRET_ID: &str = "⟦b58a_tencent_secret_id:dev⟧";
const DEV_SECRET_KEY: &str = "⟦b58a_tencent_secret_key:dev⟧";

pub struct CosClient {
    secret_id: String,
    secret_key: String,
    bucket: String,
    region: String,
    http: reqwest::Client,
}

impl CosClient {
    pub fn from_env(bucket: &str, region: &str) -> Self {
        let secret_id = std::env::var("COS_SECRET_ID").unwrap_or_else(|_| DEV_SECRET_ID.to_string());
        let secret_key = std::env::var("COS_SECRET_KEY").unwrap_or_else(|_| DEV_SECRET_KEY.to_string());
        Self {
            secret_id,
            secret_key,
            bucket: bucket.to_string(),
            region: region.to_string(),
            http: reqwest::Client::new(),
        }
    }

    fn host(&self) -> String {
        format!("{}.cos.{}.myqcloud.com", self.bucket, self.region)
    }

    fn hmac_hex(key: &[u8], msg: &str) -> String {
        let mut mac = HmacSha1::new_from_slice(key).expect("hmac key");
        mac.update(msg.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn authorization(&self, method: &str, path: &str) -> String {
        let now = Utc::now().timestamp();
        let key_time = format!("{};{}", now - 60, now + 900);
        let sign_key = Self::hmac_hex(self.secret_key.as_bytes(), &key_time);
        let http_string = format!("{}\n{}\n\n\n", method.to_lowercase(), path);
        let sha1_http = hex::encode(Sha1::digest(http_string.as_bytes()));
        let string_to_sign = format!("sha1\n{}\n{}\n", key_time, sha1_http);
        let signature = Self::hmac_hex(sign_key.as_bytes(), &string_to_sign);
        format!(
            "q-sign-algorithm=sha1&q-ak={}&q-sign-time={}&q-key-time={}&q-header-list=&q-url-param-list=&q-signature={}",
            self.secret_id, key_time, key_time, signature
        )
    }

    pub async fn put_object(&self, key: &str, body: Vec<u8>, content_type: &str) -> anyhow::Result<()> {
        let path = format!("/{}", key.trim_start_matches('/'));
        let resp = self
            .http
            .put(format!("https://{}{}", self.host(), path))
            .header("Authorization", self.authorization("PUT", &path))
            .header("Content-Type", content_type)
            .body(body)
            .send()
            .await?;
        anyhow::ensure!(resp.status().is_success(), "cos put {}: {}", key, resp.status());
        Ok(())
    }
}
