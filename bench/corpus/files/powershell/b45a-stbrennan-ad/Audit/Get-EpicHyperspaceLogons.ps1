<#
.SYNOPSIS
    HIPAA access audit: flags Hyperspace logons to VIP / employee-patient charts outside the
    user's department, using the Epic access log extract in Splunk (index=epic_access).

.EXAMPLE
    .\Get-EpicHyperspaceLogons.ps1 -Days 7 -Verbose

.NOTES
    Scheduled task "HIPAA - VIP chart access" on sbrmc-util02, runs as SBRMC\svc_privacy_audit.
    Output goes to \\sbrmc-fs01\Privacy$\VIP-Audit and the Privacy Office Teams channel.
#>
param(
    [int]$Days = 1,
    [string]$OutDir = '\\sbrmc-fs01\Privacy$\VIP-Audit'
)

$ErrorActionPreference = 'Stop'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$splunkBase = 'https://splunk-sh01.sbrmc.local:8089'
# Splunk search account (role: privacy_audit, read-only on epic_access)
$splunkUser = 'svc_privacy_audit'
$splunkPass = '⟦password:splunkaudit⟧'
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${splunkUser}:${splunkPass}"))
$headers = @{ Authorization = "Basic $pair" }

$search = @"
search index=epic_access sourcetype=epic:accesslog earliest=-${Days}d
| lookup vip_patients MRN OUTPUT vip_flag
| lookup employee_patients MRN OUTPUT emp_dept
| where vip_flag=1 OR (isnotnull(emp_dept) AND emp_dept!=user_dept)
| table _time USER_ID USER_NAME user_dept MRN WORKSTATION_ID METRIC_NAME
"@

$job = Invoke-RestMethod -Method Post -Uri "$splunkBase/services/search/jobs" -Headers $headers `
    -Body @{ search = $search; output_mode = 'json'; exec_mode = 'blocking' }
$results = Invoke-RestMethod -Uri "$splunkBase/services/search/jobs/$($job.sid)/results?output_mode=json&count=0" -Headers $headers

$rows = $results.results
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$csv = Join-Path $OutDir "vip-access-$stamp.csv"
$rows | Export-Csv -Path $csv -NoTypeInformation

# also forward a summary event to the SIEM via HEC so the SOC sees the count
$hec = 'https://splunk-hec.sbrmc.local:8088/services/collector/event'
$hecToken = '⟦splunk_hec_token:privacy⟧'
$evt = @{ sourcetype = 'sbrmc:privacy_audit'; event = @{ check = 'vip_chart_access'; days = $Days; hits = @($rows).Count; file = $csv } } | ConvertTo-Json -Depth 4
Invoke-RestMethod -Method Post -Uri $hec -Headers @{ Authorization = "Splunk $hecToken" } -Body $evt | Out-Null

if (@($rows).Count -gt 0) {
    $card = @{
        '@type' = 'MessageCard'; '@context' = 'https://schema.org/extensions'
        summary = 'VIP chart access review'
        title   = "VIP / employee chart access: $(@($rows).Count) events to review"
        text    = "Report: $csv"
    } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri '⟦teams_webhook:privacy⟧' -ContentType 'application/json' -Body $card | Out-Null
}
Write-Verbose "done: $(@($rows).Count) rows -> $csv"
