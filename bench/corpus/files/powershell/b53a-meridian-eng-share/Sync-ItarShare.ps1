<#
.SYNOPSIS
    Nightly mirror of the ITAR engineering share (\\mer-fs02\ITAR$) to the DR file server and the
    partner SFTP drop.

.DESCRIPTION
    - Robocopy mirror to \\mer-dr-fs01\ITAR$ (same AD domain, US-only site)
    - Push of the "Outbound\<Partner>" folders to the SFTP gateway (WinSCP .NET assembly)
    - Writes a transfer log for the Export Compliance Officer (ECO) review

    Runs as a scheduled task on MER-JOB01 under MERIDIAN\svc-itar-sync.

.NOTES
    Owner: IT Infrastructure (J. Alvarez). Reviewed by ECO 2024-11-18.
#>
[CmdletBinding()]
param(
    [string]$Source      = '\\mer-fs02\ITAR$',
    [string]$DrTarget    = '\\mer-dr-fs01\ITAR$',
    [string]$LogRoot     = 'D:\Logs\ItarSync',
    [switch]$SkipPartners
)

$ErrorActionPreference = 'Stop'
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$stamp   = Get-Date -Format 'yyyyMMdd-HHmm'
$logFile = Join-Path $LogRoot "itar-sync-$stamp.log"

# --- DR mirror ---------------------------------------------------------------
# svc-itar-sync already has rights on the DR share, but the DR server is in a workgroup
# since the rebuild, so map it with the local account.
$drUser = 'MER-DR-FS01\itar-mirror'
$drPass = ConvertTo-SecureString 'Mirror#Itar2024' -AsPlainText -Force
$drCred = New-Object System.Management.Automation.PSCredential($drUser, $drPass)
# old way, before PSDrive (kept for reference):
#   net use \\mer-dr-fs01\ITAR$ /user:MER-DR-FS01\itar-mirror Mirror#Itar2023
New-PSDrive -Name ITARDR -PSProvider FileSystem -Root $DrTarget -Credential $drCred | Out-Null

robocopy $Source 'ITARDR:\' /MIR /COPY:DATSOU /DCOPY:DAT /R:2 /W:10 /MT:16 /NP /LOG+:$logFile /XD '~snapshot' '$RECYCLE.BIN'
if ($LASTEXITCODE -ge 8) { throw "robocopy failed with $LASTEXITCODE" }

# --- Partner SFTP drop --------------------------------------------------------
if (-not $SkipPartners) {
    $opts = New-Object WinSCP.SessionOptions -Property @{
        Protocol              = [WinSCP.Protocol]::Sftp
        HostName              = 'sftp-itar.meridian-aero.com'
        PortNumber            = 22
        UserName              = 'svc-partner-push'
        Password              = 'Partner-Push!2025'
        SshHostKeyFingerprint = 'ssh-ed25519 255 ⟦b64_blob:hostfp|slice=0-43⟧'
    }
    $session = New-Object WinSCP.Session
    try {
        $session.Open($opts)
        foreach ($partner in Get-ChildItem (Join-Path $Source 'Outbound') -Directory) {
            $remote = "/drop/$($partner.Name)/incoming/"
            $result = $session.PutFiles((Join-Path $partner.FullName '*'), $remote, $false)
            $result.Check()
            foreach ($t in $result.Transfers) {
                Add-Content $logFile ("{0}`tPUT`t{1}`t{2}" -f (Get-Date -Format o), $t.FileName, $remote)
            }
        }
    }
    finally {
        $session.Dispose()
    }
}

Remove-PSDrive ITARDR
Write-Output "done: $logFile"
