<#
.SYNOPSIS
  Exports yesterday's validated interval reads from the MDM to the retailers' SFTP drop (EIEP3 files).

.NOTES
  Runs as a scheduled task on NWP-MDMAPP02 at 04:15 under NORTHMERE\svc_mdmexport.
  Author: R. Tipene, 2022. Do not rename the output files — the retailers' parsers match on them.
#>
[CmdletBinding()]
param(
    [datetime]$ReadDate = (Get-Date).Date.AddDays(-1),
    [string]$OutDir = 'D:\MDM\Exports\EIEP3',
    [switch]$NoUpload
)

$ErrorActionPreference = 'Stop'
Import-Module Posh-SSH
Import-Module SqlServer

$mdmServer = 'NWP-MDMSQL01\MDM'
$mdmUser   = 'mdm_export'
# TODO move to Windows Credential Manager (NWP-1960)
$mdmPass   = 'Kauri!Export2022'

$retailers = @(
    @{ Code = 'MERC'; Host = 'sftp.retailer-one.example'; User = 'nwp_eiep'; Key = 'D:\MDM\keys\merc_ed25519' },
    @{ Code = 'GENE'; Host = 'mft.retailer-two.example';  User = 'northmere'; Pass = '⟦password:gene⟧' }
)

$day = $ReadDate.ToString('yyyyMMdd')
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

foreach ($r in $retailers) {
    $file = Join-Path $OutDir ("NWPX_{0}_E3_{1}_{2}.txt" -f $r.Code, $day, (Get-Date -Format 'HHmmss'))
    $query = @"
SELECT icp, meter_serial, register, read_start, read_end, kwh, quality
FROM   vee.interval_reads
WHERE  retailer_code = '$($r.Code)' AND read_date = '$($ReadDate.ToString('yyyy-MM-dd'))'
ORDER  BY icp, read_start
"@
    $rows = Invoke-Sqlcmd -ServerInstance $mdmServer -Database MDM -Username $mdmUser -Password $mdmPass -Query $query -QueryTimeout 600
    $lines = @("HDR,EIEP3,12.2,NWPX,$($r.Code),$day,$($rows.Count)")
    $lines += $rows | ForEach-Object { "DET,$($_.icp),$($_.meter_serial),$($_.register),$($_.read_start:o),$($_.read_end:o),$($_.kwh),$($_.quality)" }
    $lines | Set-Content -Path $file -Encoding ascii
    Write-Verbose "wrote $file ($($rows.Count) rows)"

    if ($NoUpload) { continue }
    if ($r.Key) {
        $cred = New-Object System.Management.Automation.PSCredential($r.User, (New-Object System.Security.SecureString))
        $s = New-SFTPSession -ComputerName $r.Host -Credential $cred -KeyFile $r.Key -AcceptKey
    } else {
        $sec = ConvertTo-SecureString $r.Pass -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential($r.User, $sec)
        $s = New-SFTPSession -ComputerName $r.Host -Credential $cred -AcceptKey
    }
    Set-SFTPItem -SessionId $s.SessionId -Path $file -Destination '/inbound/eiep3/'
    Remove-SFTPSession -SessionId $s.SessionId | Out-Null
}
