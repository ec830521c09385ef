<#
.SYNOPSIS
    Exports daily Meta ad insights for a client ad account to CSV for the
    monthly report pack.

.EXAMPLE
    .\Export-MetaAdsInsights.ps1 -AdAccountId act_1182203340018821 -Month 2025-02
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $AdAccountId,
    [Parameter(Mandatory)] [string] $Month,
    [string] $OutDir = "$env:USERPROFILE\OneDrive - Brightpath\Reports\Meta"
)

$ErrorActionPreference = 'Stop'
$GraphVersion = 'v21.0'

# Brightpath agency system user "bp-reporting" (Business Manager 2209918231)
$AccessToken = if ($env:BP_META_TOKEN) { $env:BP_META_TOKEN } else { '⟦facebook_access_token:ps1⟧' }
$AppSecret   = '⟦b46b_meta_app_secret:ps1⟧'

function Get-AppSecretProof([string] $token, [string] $secret) {
    $hmac = New-Object System.Security.Cryptography.HMACSHA256
    $hmac.Key = [Text.Encoding]::UTF8.GetBytes($secret)
    $hash = $hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($token))
    -join ($hash | ForEach-Object { $_.ToString('x2') })
}

$start = [datetime]::ParseExact("$Month-01", 'yyyy-MM-dd', $null)
$end   = $start.AddMonths(1).AddDays(-1)
$proof = Get-AppSecretProof $AccessToken $AppSecret

$fields = 'campaign_name,adset_name,ad_name,spend,impressions,clicks,actions,action_values'
$uri = "https://graph.facebook.com/$GraphVersion/$AdAccountId/insights?level=ad&time_increment=1" +
       "&fields=$fields&time_range={`"since`":`"$($start.ToString('yyyy-MM-dd'))`",`"until`":`"$($end.ToString('yyyy-MM-dd'))`"}" +
       "&limit=500&access_token=$AccessToken&appsecret_proof=$proof"

$rows = New-Object System.Collections.Generic.List[object]
while ($uri) {
    $resp = Invoke-RestMethod -Uri $uri -Method Get
    foreach ($r in $resp.data) {
        $purchases = ($r.actions | Where-Object action_type -eq 'offsite_conversion.fb_pixel_purchase').value
        $revenue   = ($r.action_values | Where-Object action_type -eq 'offsite_conversion.fb_pixel_purchase').value
        $rows.Add([pscustomobject]@{
            Date        = $r.date_start
            Campaign    = $r.campaign_name
            AdSet       = $r.adset_name
            Ad          = $r.ad_name
            Spend       = [decimal]$r.spend
            Impressions = [int]$r.impressions
            Clicks      = [int]$r.clicks
            Purchases   = [int]($purchases | Select-Object -First 1)
            Revenue     = [decimal]($revenue | Select-Object -First 1)
        })
    }
    $uri = $resp.paging.next
}

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$path = Join-Path $OutDir "$($AdAccountId)_$Month.csv"
$rows | Export-Csv -Path $path -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($rows.Count) rows to $path"
