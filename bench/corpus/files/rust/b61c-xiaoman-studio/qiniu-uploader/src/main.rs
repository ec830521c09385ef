//! 小工具：把 Markdown 里引用的本地图片上传到七牛，并替换成 CDN 链接。
//!
//! cargo run --release -- posts/2024-05-01-flutter-agora.md

use std::{env, fs, path::Path};

use anyhow::{Context, Result};
use qiniu_sdk::{
    credential::Credential,
    upload::{AutoUploader, AutoUploaderObjectParams, UploadManager, UploadTokenSigner},
};
use regex::Regex;

const BUCKET: &str = "xiaoman-blog";
const CDN: &str = "https://img.xiaoman.dev";

// env 没设置时的兜底（懒得每次 source）
const FALLBACK_AK: &str = "⟦b61c_qiniu_access_key:rs⟧";
const FALLBACK_SK: &str = "⟦b61c_qiniu_secret_key:rs⟧";

fn credential() -> Credential {
    let ak = env::var("QINIU_ACCESS_KEY").unwrap_or_else(|_| FALLBACK_AK.to_owned());
    let sk = env::var("QINIU_SECRET_KEY").unwrap_or_else(|_| FALLBACK_SK.to_owned());
    Credential::new(ak, sk)
}

fn main() -> Result<()> {
    let md_path = env::args().nth(1).context("usage: qiniu-uploader <post.md>")?;
    let text = fs::read_to_string(&md_path)?;
    let base = Path::new(&md_path).parent().unwrap_or(Path::new("."));

    let manager = UploadManager::builder(UploadTokenSigner::new_credential_provider(
        credential(),
        BUCKET,
        std::time::Duration::from_secs(3600),
    ))
    .build();
    let uploader: AutoUploader = manager.auto_uploader();

    let re = Regex::new(r"!\[([^\]]*)\]\((\./[^)]+)\)")?;
    let mut out = text.clone();
    for cap in re.captures_iter(&text) {
        let local = base.join(&cap[2]);
        let key = format!("posts/{}", local.file_name().unwrap().to_string_lossy());
        let params = AutoUploaderObjectParams::builder().object_name(&key).build();
        uploader.upload_path(&local, params)?;
        out = out.replace(&cap[2], &format!("{CDN}/{key}"));
        println!("uploaded {} -> {key}", local.display());
    }
    fs::write(&md_path, out)?;
    Ok(())
}
