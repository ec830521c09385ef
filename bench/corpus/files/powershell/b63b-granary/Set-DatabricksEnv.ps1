<#
.SYNOPSIS
  Sets the Databricks CLI / SDK environment for the granary CI service principal in this session.
.EXAMPLE
  . .\Set-DatabricksEnv.ps1; databricks bundle deploy -t prod
#>
param(
    [ValidateSet('dev', 'prod')]
    [string]$Target = 'prod'
)

$workspaces = @{
    dev  = 'https://adb-⟦b63b_databricks_workspace_id:dev⟧.7.azuredatabricks.net'
    prod = 'https://adb-⟦b63b_databricks_workspace_id:prod⟧.11.azuredatabricks.net'
}

$env:DATABRICKS_HOST = $workspaces[$Target]
$env:DATABRICKS_AUTH_TYPE = 'oauth-m2m'
$env:DATABRICKS_CLIENT_ID = '⟦uuid:spci⟧'
$env:DATABRICKS_CLIENT_SECRET = '⟦b40c_databricks_oauth_secret:spci⟧'
$env:DATABRICKS_BUNDLE_ENV = $Target

Write-Host "Databricks env set for $Target ($($env:DATABRICKS_HOST))" -ForegroundColor Green
databricks current-user me --output json | ConvertFrom-Json | Select-Object userName, active
