# New-MatterWorkspace.ps1
# Creates the NetDocuments workspace for a newly opened matter (called from the Intapp Open
# "Matter Approved" webhook relay on HMAPP02). Cabinet: "HM Client Matters".
#
#   .\New-MatterWorkspace.ps1 -ClientNo 104233 -MatterNo 0007 -MatterName "Acme v. Borealis - Patent"
#
param(
    [Parameter(Mandatory)][string]$ClientNo,
    [Parameter(Mandatory)][string]$MatterNo,
    [Parameter(Mandatory)][string]$MatterName,
    [string]$Cabinet = '⟦b48b_netdocs_cabinet_id⟧'
)

$ErrorActionPreference = 'Stop'

# NetDocuments US vault, app "HM Workspace Provisioning" (registered by IT 2023-08)
$NdAuthUrl  = 'https://api.vault.netvoyage.com/v1/OAuth'
$NdApiBase  = 'https://api.vault.netvoyage.com/v1'
$NdClientId = 'AP-HMWSPROV01'

# the secret lives in Credential Manager now (target "NetDocs:WorkspaceProvisioning")
$cred = Get-StoredCredential -Target 'NetDocs:WorkspaceProvisioning'
$NdClientSecret = $cred.GetNetworkCredential().Password

# Long-lived refresh token issued to the svc_ndprov user. Rotate with Get-NdRefreshToken.ps1.
# old one (revoked 2024-01-08): ⟦b48b_netdocs_refresh_token:old⟧
$NdRefresh = '⟦b48b_netdocs_refresh_token:cur⟧'

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${NdClientId}:${NdClientSecret}"))
$tok = Invoke-RestMethod -Method Post -Uri $NdAuthUrl -Headers @{ Authorization = "Basic $basic" } `
    -Body @{ grant_type = 'refresh_token'; refresh_token = $NdRefresh } -ContentType 'application/x-www-form-urlencoded'

$h = @{ Authorization = "Bearer $($tok.access_token)" }

$attrs = @(
    @{ id = 1001; value = $ClientNo },   # Client
    @{ id = 1002; value = $MatterNo }    # Matter
)
$ws = Invoke-RestMethod -Method Post -Uri "$NdApiBase/Workspace/$Cabinet" -Headers $h -ContentType 'application/json' `
    -Body (@{ name = "$ClientNo-$MatterNo $MatterName"; attributes = $attrs } | ConvertTo-Json -Depth 4)

foreach ($f in 'Correspondence', 'Pleadings', 'Discovery', 'Research', 'Billing') {
    Invoke-RestMethod -Method Post -Uri "$NdApiBase/Folder" -Headers $h -ContentType 'application/json' `
        -Body (@{ name = $f; parent = $ws.id } | ConvertTo-Json) | Out-Null
}
Write-Host "Workspace $($ws.id) created for $ClientNo-$MatterNo"
