//! lumen-live-manifest: checks the viewer's entitlement and rewrites live HLS manifests.
//! Secrets live in the `live_secrets` Secret Store; settings in the `live_settings` Config Store.

use fastly::http::{header, Method, StatusCode};
use fastly::secret_store::SecretStore;
use fastly::{ConfigStore, Error, Request, Response};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

const ENTITLEMENTS_BACKEND: &str = "entitlements";
const PACKAGER_BACKEND: &str = "packager";

/// sha256 of the empty manifest we serve while a channel is off air; compared in tests
const EMPTY_MANIFEST_SHA256: &str = "⟦sha256:empty⟧";

fn secret(name: &str) -> Result<Vec<u8>, Error> {
    let store = SecretStore::open("live_secrets")?;
    let entry = store
        .get(name)
        .ok_or_else(|| Error::msg(format!("secret {name} missing")))?;
    Ok(entry.plaintext().to_vec())
}

fn entitled(req: &Request, channel: &str) -> Result<bool, Error> {
    let Some(viewer) = req.get_header_str("x-lw-viewer") else {
        return Ok(false);
    };
    let api_key = String::from_utf8(secret("entitlements_api_key")?)?;
    let resp = Request::get(format!(
        "https://entitlements.int.lumenwave.tv/v2/check?viewer={viewer}&channel={channel}"
    ))
    .with_header("x-api-key", api_key)
    .with_ttl(30)
    .send(ENTITLEMENTS_BACKEND)?;
    Ok(resp.get_status() == StatusCode::OK)
}

fn sign_license_url(channel: &str, exp: u64) -> Result<String, Error> {
    let key = secret("drm_license_hmac")?;
    let mut mac = HmacSha256::new_from_slice(&key).map_err(|e| Error::msg(e.to_string()))?;
    mac.update(format!("{channel}:{exp}").as_bytes());
    Ok(hex::encode(mac.finalize().into_bytes()))
}

#[fastly::main]
fn main(req: Request) -> Result<Response, Error> {
    if req.get_method() != Method::GET {
        return Ok(Response::from_status(StatusCode::METHOD_NOT_ALLOWED));
    }
    let settings = ConfigStore::open("live_settings");
    let channel = req
        .get_query_parameter("ch")
        .map(str::to_owned)
        .or_else(|| settings.get("default_channel"))
        .unwrap_or_else(|| "lw-news".into());

    if !entitled(&req, &channel)? {
        return Ok(Response::from_status(StatusCode::FORBIDDEN).with_body_text_plain("not entitled\n"));
    }

    let mut upstream = req.clone_without_body();
    upstream.set_path(&format!("/live/{channel}/index.m3u8"));
    let mut beresp = upstream.send(PACKAGER_BACKEND)?;
    let body = beresp.take_body_str();

    let exp = (std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs())
        + 600;
    let sig = sign_license_url(&channel, exp)?;
    let rewritten = body.replace(
        "skd://license",
        &format!("skd://license.lumenwave.tv/{channel}?exp={exp}&sig={sig}"),
    );

    let ttl = settings.get("manifest_ttl").unwrap_or_else(|| "2".into());
    Ok(Response::from_status(StatusCode::OK)
        .with_header(header::CONTENT_TYPE, "application/vnd.apple.mpegurl")
        .with_header(header::CACHE_CONTROL, format!("private, max-age={ttl}"))
        .with_body(rewritten))
}
