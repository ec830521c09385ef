# PowerShell profile for the Windows gaming/dev box
# $PROFILE -> ~\Documents\PowerShell\Microsoft.PowerShell_profile.ps1

Import-Module posh-git
Import-Module Terminal-Icons
Import-Module PSReadLine
Set-PSReadLineOption -PredictionSource HistoryAndPlugin -PredictionViewStyle ListView
Set-PSReadLineOption -EditMode Emacs
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\catppuccin_mocha.omp.json" | Invoke-Expression
Invoke-Expression (& { (zoxide init powershell | Out-String) })

Set-Alias -Name vim -Value nvim
Set-Alias -Name k -Value kubectl
Set-Alias -Name g -Value git
function ll { Get-ChildItem -Force @args }
function which($name) { Get-Command $name | Select-Object -ExpandProperty Definition }

# Azure DevOps CLI (az devops) for the Halyard client work
$env:AZURE_DEVOPS_EXT_PAT = '⟦azure_devops_pat:ps⟧'
az devops configure --defaults organization=https://dev.azure.com/halyard-labs project=Telemetry | Out-Null

# doctl for the tidepool droplets
$env:DIGITALOCEAN_ACCESS_TOKEN = "⟦digitalocean_pat:ps⟧"

# Azure subscription and tenant are identifiers, not secrets
$env:ARM_SUBSCRIPTION_ID = '⟦uuid:sub⟧'
$env:ARM_TENANT_ID = '⟦uuid:tenant⟧'

function Connect-Homelab {
    ssh -J mira@1.tcp.eu.ngrok.io:21984 mira@10.0.40.2
}

function Update-All {
    winget upgrade --all --accept-source-agreements
    scoop update *
    rustup update
}
