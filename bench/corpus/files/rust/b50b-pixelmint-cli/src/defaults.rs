//! Built-in defaults for `pmstock`, the command-line stock search used by the design team.
//! Every value can be overridden in `~/.pmstock.toml` or with `PMSTOCK_*` env vars.

/// Pexels and Unsplash keys of the "pmstock" apps (free tiers, 200 req/h each).
pub const PEXELS_API_KEY: &str = "⟦pexels_key:rs⟧";
pub const UNSPLASH_ACCESS_KEY: &str = "⟦unsplash_access_key:rs⟧";

/// Getty is licence-linked, so the CLI only ships the *sandbox* app; prod creds come from the DAM.
pub const GETTY_SANDBOX_API_KEY: &str = "⟦b50b_getty_api_key:rs-sandbox⟧";
pub const GETTY_SANDBOX_API_SECRET: &str = "⟦b50b_getty_api_secret:rs-sandbox⟧";

pub const DEFAULT_PER_PAGE: u32 = 30;
pub const DEFAULT_ORIENTATION: &str = "landscape";
pub const CACHE_TTL_SECS: u64 = 6 * 60 * 60;

/// Providers in the order results are merged.
pub const PROVIDERS: &[&str] = &["unsplash", "pexels", "getty"];
