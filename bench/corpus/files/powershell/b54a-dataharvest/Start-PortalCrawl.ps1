<#
.SYNOPSIS
    Kicks off a one-off crawl of a listings portal from the analyst VM (Windows).
.DESCRIPTION
    Used by the research team when a client wants a snapshot outside the nightly DAG.
    Calls Zyte API directly and writes JSONL next to the script, then uploads to GCS
    with gsutil (Cloud SDK must be installed and `gcloud auth login` done).
.EXAMPLE
    .\Start-PortalCrawl.ps1 -Portal idealista -Pages 25
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateSet('idealista','rentola','immowelt','spareroom')] [string] $Portal,
    [int] $Pages = 10,
    [string] $ZyteKey = $env:ZYTE_API_KEY
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $ZyteKey) {
    # analyst VMs don't have the env var; research team key (capped at 50 USD/month)
    $ZyteKey = '⟦b54a_zyte_api_key:research⟧'
}

$pair    = "{0}:" -f $ZyteKey
$basic   = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $basic" }
$outFile = Join-Path $PSScriptRoot ("{0}-{1:yyyyMMdd-HHmm}.jsonl" -f $Portal, (Get-Date))

for ($p = 1; $p -le $Pages; $p++) {
    $body = @{
        url         = "https://scrape-targets.dataharvest.io/$Portal?page=$p"
        browserHtml = $true
        geolocation = 'ES'
    } | ConvertTo-Json

    try {
        $resp = Invoke-RestMethod -Method Post -Uri 'https://api.zyte.com/v1/extract' `
            -Headers $headers -ContentType 'application/json' -Body $body -TimeoutSec 180
        @{ portal = $Portal; page = $p; html = $resp.browserHtml } | ConvertTo-Json -Compress | Add-Content -Path $outFile
        Write-Host ("page {0}/{1} ok ({2} bytes)" -f $p, $Pages, $resp.browserHtml.Length)
    }
    catch {
        Write-Warning ("page {0} failed: {1}" -f $p, $_.Exception.Message)
    }
}

& gsutil cp $outFile "gs://dh-landing/adhoc/$Portal/"
Write-Host "Uploaded $outFile"
