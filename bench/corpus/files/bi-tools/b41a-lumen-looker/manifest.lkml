project_name: "lumen_core"

constant: CONNECTION_NAME {
  value: "snowflake_analytics"
  export: override_optional
}

constant: BRAND_PRIMARY {
  value: "#1F6FEB"
}

local_dependency: {
  project: "lumen_shared"
}

remote_dependency: lumen_blocks {
  url: "https://github.com/lumen-insights/looker-blocks"
  ref: "⟦git_sha:blocks⟧"
}

application: account-health-ext {
  label: "Account Health"
  file: "dist/bundle.js"
  entitlements: {
    core_api_methods: ["me", "run_inline_query", "all_lookml_models"]
    external_api_urls: ["https://api.lumeninsights.io"]
    scoped_user_attributes: ["customer_id"]
    global_user_attributes: ["lumen_api_token"]
    use_embeds: yes
  }
}
