<#
.SYNOPSIS
  Pulls the nightly member/share/loan extracts from the IBM i (CUDATA) into the conversion
  staging database, then uploads a copy to the vendor's SFTP for the mock-conversion run.

.NOTES
  Scheduled task "RCU Nightly IBMi Extract" on RCU-CONV-APP01, runs as RIDGELINE\svc-conv.
  Mock conversion #3 (2025-02-22) used this unchanged.
#>
[CmdletBinding()]
param(
    [string]$Dsn = 'RCUPROD',
    [string]$OutDir = 'D:\conv\extracts',
    [switch]$SkipUpload
)

$ErrorActionPreference = 'Stop'
Import-Module Posh-SSH

$stamp = Get-Date -Format 'yyyyMMdd'
$log = Join-Path $OutDir "extract_$stamp.log"
Start-Transcript -Path $log -Append

# --- IBM i ----------------------------------------------------------------------------------
$ibmiUser = 'CNVODBC'
$ibmiPwd  = '⟦b55a_ibmi_password:cnvodbc⟧'
$cs = "DSN=$Dsn;UID=$ibmiUser;PWD=$ibmiPwd"

$tables = @(
    @{ Lib = 'CUDATA'; File = 'MBRMAST'; Out = 'members'  },
    @{ Lib = 'CUDATA'; File = 'SHRMAST'; Out = 'shares'   },
    @{ Lib = 'CUDATA'; File = 'LNMAST';  Out = 'loans'    },
    @{ Lib = 'CUDATA'; File = 'CRDXREF'; Out = 'cards'    }
)

$conn = New-Object System.Data.Odbc.OdbcConnection($cs)
$conn.Open()
foreach ($t in $tables) {
    $cmd = $conn.CreateCommand()
    $cmd.CommandText = "SELECT * FROM $($t.Lib).$($t.File)"
    $adapter = New-Object System.Data.Odbc.OdbcDataAdapter($cmd)
    $dt = New-Object System.Data.DataTable
    [void]$adapter.Fill($dt)
    $path = Join-Path $OutDir "$($t.Out)_$stamp.csv"
    $dt | Export-Csv -Path $path -NoTypeInformation -Encoding UTF8
    Write-Host "$($t.File): $($dt.Rows.Count) rows -> $path"
}
$conn.Close()

# --- vendor SFTP ----------------------------------------------------------------------------
if (-not $SkipUpload) {
    $sftpPass = ConvertTo-SecureString '⟦password:vendorsftp⟧' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential('ridgeline_conv', $sftpPass)
    $session = New-SFTPSession -ComputerName 'sftp.conversions.jackhenry.example.com' -Credential $cred -AcceptKey
    Get-ChildItem $OutDir -Filter "*_$stamp.csv" | ForEach-Object {
        Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination '/inbound/ridgeline/mock3'
    }
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}

# --- notify ---------------------------------------------------------------------------------
$hook = '⟦teams_webhook:nightly⟧'
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' `
    -Body (@{ text = "IBM i extract $stamp done" } | ConvertTo-Json)

Stop-Transcript
