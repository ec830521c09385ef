<#
.SYNOPSIS
  Nightly backup of HMI runtime projects and PLC project archives for Lines 4/5.
  Panels: Siemens TP1500 Comfort (FTP enabled), PanelView Plus 7 (via FactoryTalk ME transfer share).
.NOTES
  Scheduled on BWP-ENG01 as BWP\svc_otbackup. Output: \\bwp-fs01\ot_backups\<date>\
#>
$ErrorActionPreference = 'Continue'
$stamp  = Get-Date -Format 'yyyy-MM-dd'
$target = "\\bwp-fs01\ot_backups\$stamp"
New-Item -ItemType Directory -Force -Path $target | Out-Null

# --- Siemens Comfort panels: FTP (panel user "backup") -------------------------------
$panels = @(
    @{ Name = 'L4-HMI1'; Ip = '10.40.4.31' },
    @{ Name = 'L5-HMI1'; Ip = '10.40.5.31' }
)
$ftpUser = 'backup'
$ftpPass = 'Hmi-Backup#4'

foreach ($p in $panels) {
    $uri = "ftp://$($p.Ip)/Storage Card SD/Backup/$($p.Name).brf"
    $wc = New-Object System.Net.WebClient
    $wc.Credentials = New-Object System.Net.NetworkCredential($ftpUser, $ftpPass)
    try {
        $wc.DownloadFile($uri, (Join-Path $target "$($p.Name).brf"))
        Write-Output "$($p.Name): ok"
    } catch {
        Write-Warning "$($p.Name): $($_.Exception.Message)"
    }
}

# --- PanelView share (mapped with the engineering account) ----------------------------
$engPass = ConvertTo-SecureString '⟦password:pvshare⟧' -AsPlainText -Force
$engCred = New-Object System.Management.Automation.PSCredential('BWP\eng_controls', $engPass)
New-PSDrive -Name PV -PSProvider FileSystem -Root '\\bwp-eng02\PanelView' -Credential $engCred | Out-Null
Copy-Item 'PV:\L4_Extruder\*.mer' $target -ErrorAction Continue
Remove-PSDrive PV

# --- Ignition gateway backup via the web API ------------------------------------------
# Ignition 8.1 gateway, user "backup" with the Backup role only
$ign = 'https://ignition-gw01.bwp.local:8043'
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('backup:⟦password:ignbackup⟧'))
Invoke-WebRequest -Uri "$ign/main/web/status/backup" -Headers @{ Authorization = "Basic $pair" } `
    -OutFile (Join-Path $target 'ignition-gw01.gwbk') -SkipCertificateCheck

# retention: keep 30 days
Get-ChildItem '\\bwp-fs01\ot_backups' -Directory |
    Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item -Recurse -Force
