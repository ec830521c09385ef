<#
  Export-BodycamAuditTrail.ps1
  Pulls the audit trail for every evidence item attached to a case and writes a CSV for the
  prosecutor's discovery packet. Ask records unit (x4410) before running for a sealed case.

  Example:
    .\Export-BodycamAuditTrail.ps1 -CaseNumber BPD-24-001187 -OutDir \\bpd-fs01\Discovery\BPD-24-001187
#>
param(
    [Parameter(Mandatory)][string]$CaseNumber,
    [string]$OutDir = ".",
    [string]$Agency = "bluestonepd",
    [string]$PartnerId = "⟦b56a_axon_partner_id:ps⟧",
    [string]$ClientId = "⟦b56a_axon_client_id:ps⟧",
    [string]$ClientSecret = "⟦b56a_axon_client_secret:ps⟧"
)

$base = "https://$Agency.evidence.com/api"

$tok = Invoke-RestMethod -Method Post -Uri "$base/oauth2/token" -Body @{
    grant_type    = 'client_credentials'
    partner_id    = $PartnerId
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$hdr = @{ Authorization = "Bearer $($tok.access_token)" }

$case = Invoke-RestMethod -Headers $hdr -Uri "$base/v2/agencies/$PartnerId/cases?caseNumber=$CaseNumber"
if (-not $case.data) { throw "Case $CaseNumber not found" }

$rows = foreach ($ev in $case.data[0].evidence) {
    $audit = Invoke-RestMethod -Headers $hdr -Uri "$base/v2/agencies/$PartnerId/evidence/$($ev.id)/audit"
    foreach ($a in $audit.data) {
        [pscustomobject]@{
            EvidenceId = $ev.id
            Title      = $ev.title
            Timestamp  = $a.timestamp
            User       = $a.user.badge
            Action     = $a.action
            ClientIp   = $a.ipAddress
        }
    }
}
$out = Join-Path $OutDir "$CaseNumber-audit.csv"
$rows | Export-Csv -NoTypeInformation -Path $out
Write-Host "Wrote $(@($rows).Count) audit rows to $out"
