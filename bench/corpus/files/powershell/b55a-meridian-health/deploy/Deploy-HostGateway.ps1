<#
  Deploy-HostGateway.ps1 - called by the Octopus step "Deploy HostGateway" and usable by hand.
  Copies the package to both IIS nodes, swaps the app pool identity, warms up the site.
#>
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string[]] $Nodes = @('MHP-HGW-01', 'MHP-HGW-02')
)

$ErrorActionPreference = 'Stop'

# app pool runs as the gMSA in prod; the fallback below is the old service account that is
# still used on the DR nodes (MHP-HGW-DR1) until the gMSA is rolled out there (INF-2207)
$poolUser = 'MERIDIAN\svc-hostgw'
$poolPass = '⟦password:svchostgw⟧'

# package share on Azure Files (mhpdeployshare)
$storageKey = '⟦azure_storage_key:deploy⟧'
cmd /c "cmdkey /add:mhpdeployshare.file.core.windows.net /user:localhost\mhpdeployshare /pass:$storageKey" | Out-Null

# Octopus API key of the deploy bot, used to post the release note back
$octoKey = '⟦b39a_octopus_api_key:bot⟧'

foreach ($node in $Nodes) {
    Write-Host "Deploying to $node"
    $dest = "\\$node\d$\sites\HostGateway"
    robocopy (Split-Path $PackagePath) $dest /MIR /XF Web.config /NFL /NDL /NP | Out-Null
    Invoke-Command -ComputerName $node -ScriptBlock {
        param($u, $p)
        Import-Module WebAdministration
        Set-ItemProperty IIS:\AppPools\HostGateway -Name processModel -Value @{ userName = $u; password = $p; identityType = 3 }
        Restart-WebAppPool HostGateway
    } -ArgumentList $poolUser, $poolPass
    Invoke-WebRequest "https://$node.meridianhealthplan.org/health" -UseDefaultCredentials -UseBasicParsing | Out-Null
}

Invoke-RestMethod -Method Post -Uri 'https://octopus.meridianhealthplan.org/api/Spaces-1/interruptions' `
    -Headers @{ 'X-Octopus-ApiKey' = $octoKey } -Body '{}' -ContentType 'application/json' | Out-Null
