Set-PSReadLineOption -PredictionSource History
Import-Module posh-git
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression

$env:GITHUB_TOKEN = '⟦github_pat⟧'
$env:AZURE_DEVOPS_EXT_PAT = '⟦azure_devops_pat⟧'
$env:OPENAI_API_KEY = "⟦openai_project_key⟧"
[Environment]::SetEnvironmentVariable('NUGET_API_KEY', '⟦nuget_api_key⟧', 'User')

function prod-sql { sqlcmd -S contoso-sql.database.windows.net -U sqladmin -P 'Sql@dmin2019' -d billing }
Set-Alias k kubectl
