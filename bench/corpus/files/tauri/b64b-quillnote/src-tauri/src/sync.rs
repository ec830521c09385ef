//! Cloud sync + "Ask your notes" for Quillnote.
//!
//! Sync talks to Supabase with the anon key + the user's session (RLS enforces ownership).
//! The admin client below exists only for `purge_deleted_accounts`, which should run in the
//! backend cron, not in the desktop binary. `strings Quillnote | grep eyJ` finds it. QN-212.

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use serde::{Deserialize, Serialize};
use tauri::State;

const SUPABASE_URL: &str = "https://vbmqzrhdtkcnwpxlgeya.supabase.co";
/// public: safe to embed, protected by row level security
const SUPABASE_ANON_KEY: &str = "⟦supabase_anon_key:quill⟧";
/// NOT public: bypasses RLS
const SUPABASE_SERVICE_KEY: &str = "⟦supabase_service_role_key:quill⟧";

/// "Ask your notes" — Claude via the API directly for the 0.9 beta
const ANTHROPIC_API_KEY: &str = "⟦anthropic_api_key:quill⟧";
const ANTHROPIC_MODEL: &str = "claude-3-5-haiku-latest";

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct Note {
    pub id: String,
    pub title: String,
    pub body: String,
    pub updated_at: String,
    pub deleted: bool,
}

pub struct SyncState {
    pub http: reqwest::Client,
}

fn user_headers(access_token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("apikey", HeaderValue::from_static(SUPABASE_ANON_KEY));
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {access_token}")).unwrap());
    h.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    h
}

fn admin_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("apikey", HeaderValue::from_static(SUPABASE_SERVICE_KEY));
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {SUPABASE_SERVICE_KEY}")).unwrap());
    h
}

#[tauri::command]
pub async fn pull_notes(state: State<'_, SyncState>, access_token: String, since: String) -> Result<Vec<Note>, String> {
    let url = format!("{SUPABASE_URL}/rest/v1/notes?updated_at=gt.{since}&order=updated_at.asc");
    let res = state.http.get(url).headers(user_headers(&access_token)).send().await.map_err(|e| e.to_string())?;
    res.json::<Vec<Note>>().await.map_err(|e| e.to_string())
}

#[tauri::command]
pub async fn push_notes(state: State<'_, SyncState>, access_token: String, notes: Vec<Note>) -> Result<(), String> {
    let url = format!("{SUPABASE_URL}/rest/v1/notes?on_conflict=id");
    state
        .http
        .post(url)
        .headers(user_headers(&access_token))
        .header("Prefer", "resolution=merge-duplicates")
        .json(&notes)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

#[tauri::command]
pub async fn purge_deleted_accounts(state: State<'_, SyncState>) -> Result<u64, String> {
    let url = format!("{SUPABASE_URL}/rest/v1/rpc/purge_deleted_accounts");
    let res = state.http.post(url).headers(admin_headers()).send().await.map_err(|e| e.to_string())?;
    res.json::<u64>().await.map_err(|e| e.to_string())
}

#[derive(Serialize)]
struct Msg<'a> {
    role: &'a str,
    content: String,
}

#[tauri::command]
pub async fn ask_notes(state: State<'_, SyncState>, question: String, context: Vec<Note>) -> Result<String, String> {
    let ctx: String = context.iter().map(|n| format!("# {}\n{}\n\n", n.title, n.body)).collect();
    let body = serde_json::json!({
        "model": ANTHROPIC_MODEL,
        "max_tokens": 600,
        "system": "Answer using only the user's notes. Say so if the notes don't contain the answer.",
        "messages": [Msg { role: "user", content: format!("{ctx}\n\nQuestion: {question}") }],
    });
    let res = state
        .http
        .post("https://api.anthropic.com/v1/messages")
        .header("x-api-key", ANTHROPIC_API_KEY)
        .header("anthropic-version", "2023-06-01")
        .json(&body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let v: serde_json::Value = res.json().await.map_err(|e| e.to_string())?;
    Ok(v["content"][0]["text"].as_str().unwrap_or_default().to_string())
}
