<#
.SYNOPSIS
    Stages a dispatch console (CAD / ALI / radio console PC) for the Harlan County ECC.

.DESCRIPTION
    Run from the PSIT deployment share as a local admin after the base image (HC-DISPATCH-W11-23H2)
    is applied. Installs the CAD client, ALI spill viewer, mapping, sets the auto-logon kiosk account
    used by the position, and registers the box in the CAD position table.

    Position PCs are in the CJIS secure area; they are NOT joined to the county domain - they are joined
    to PSNET (psnet.harlanco.local).

.NOTES
    Author : J. Doyle (PSIT)   Last edit: 2024-02-19
    Change : CHG0031877
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][ValidatePattern('^DSP\d{2}$')][string]$Position,
    [string]$DeployShare = '\\hc-deploy01.psnet.harlanco.local\PSIT$\CAD',
    [string]$CadServer   = 'hc-cadapp01.psnet.harlanco.local',
    [switch]$SkipRadioConsole
)

$ErrorActionPreference = 'Stop'
$log = "C:\ProgramData\HarlanPSIT\deploy-$Position-$(Get-Date -Format yyyyMMdd-HHmm).log"
New-Item -ItemType Directory -Force -Path (Split-Path $log) | Out-Null
Start-Transcript -Path $log -Append

function Write-Step([string]$msg) {
    Write-Host ("[{0:HH:mm:ss}] {1}" -f (Get-Date), $msg) -ForegroundColor Cyan
}

function Test-Prereqs {
    Write-Step "Checking prerequisites"
    if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
            [Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw "Run elevated."
    }
    if ((Get-CimInstance Win32_ComputerSystem).Domain -ne 'psnet.harlanco.local') {
        throw "Box is not joined to PSNET."
    }
    if (-not (Test-Connection -ComputerName $CadServer -Count 1 -Quiet)) {
        throw "Cannot reach $CadServer"
    }
}

function Install-CadClient {
    Write-Step "Installing CAD client"
    $msi = Join-Path $DeployShare 'client\CADClient_2023.2.7.msi'
    $args = @('/i', "`"$msi`"", '/qn', '/norestart',
              "SERVERNAME=$CadServer", 'SERVERPORT=7750', "POSITION=$Position",
              "/l*v `"C:\ProgramData\HarlanPSIT\cadclient-msi.log`"")
    $p = Start-Process msiexec.exe -ArgumentList $args -Wait -PassThru
    if ($p.ExitCode -notin 0, 3010) { throw "CAD client MSI failed: $($p.ExitCode)" }
}

function Install-AliViewer {
    Write-Step "Installing ALI spill viewer"
    Copy-Item -Recurse -Force (Join-Path $DeployShare 'ali\AliView') 'C:\Program Files\AliView'
    $cfg = @"
[serial]
port=COM3
baud=9600
format=E2PLUS
[cad]
host=$CadServer
port=7760
"@
    Set-Content -Path 'C:\Program Files\AliView\aliview.ini' -Value $cfg -Encoding ASCII
}

function Set-KioskAutologon {
    # The position logs on automatically as a low-privilege local account; the dispatcher then
    # signs into CAD with their own credentials + Duo. Same local account on every position.
    Write-Step "Configuring kiosk auto-logon"
    $kioskUser = 'dispatchpos'
    $kioskPass = 'Harlan911!Pos'
    $secure = ConvertTo-SecureString $kioskPass -AsPlainText -Force
    if (-not (Get-LocalUser -Name $kioskUser -ErrorAction SilentlyContinue)) {
        New-LocalUser -Name $kioskUser -Password $secure -PasswordNeverExpires -UserMayNotChangePassword |
            Out-Null
        Add-LocalGroupMember -Group 'Users' -Member $kioskUser
    } else {
        Set-LocalUser -Name $kioskUser -Password $secure
    }
    $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
    Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '1'
    Set-ItemProperty $winlogon -Name DefaultUserName -Value $kioskUser
    Set-ItemProperty $winlogon -Name DefaultPassword -Value $kioskPass
    Set-ItemProperty $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
}

function Register-Position {
    Write-Step "Registering $Position in CAD position table"
    # cadreg is the vendor's sql login for the position table; read-write on dbo.Positions only
    $cs = "Server=hc-cadsql-ag.psnet.harlanco.local,1433;Database=CAD_PROD;User Id=cadreg;Password=Wr7!posTbl_HC;Encrypt=True;TrustServerCertificate=True"
    $conn = New-Object System.Data.SqlClient.SqlConnection $cs
    $conn.Open()
    try {
        $cmd = $conn.CreateCommand()
        $cmd.CommandText = @"
MERGE dbo.Positions AS t
USING (SELECT @pos AS PositionId, @host AS HostName) AS s
ON t.PositionId = s.PositionId
WHEN MATCHED THEN UPDATE SET HostName = s.HostName, UpdatedUtc = SYSUTCDATETIME()
WHEN NOT MATCHED THEN INSERT (PositionId, HostName, UpdatedUtc) VALUES (s.PositionId, s.HostName, SYSUTCDATETIME());
"@
        [void]$cmd.Parameters.AddWithValue('@pos', $Position)
        [void]$cmd.Parameters.AddWithValue('@host', $env:COMPUTERNAME)
        [void]$cmd.ExecuteNonQuery()
    } finally {
        $conn.Close()
    }
}

function Install-RadioConsole {
    if ($SkipRadioConsole) { Write-Step "Skipping radio console"; return }
    Write-Step "Installing MCC 7500E console client prerequisites"
    # the console app itself is installed by the radio shop (Ridgeline) - we only lay down drivers
    Get-ChildItem (Join-Path $DeployShare 'radio\drivers') -Filter *.inf |
        ForEach-Object { pnputil.exe /add-driver $_.FullName /install | Out-Null }
}

function Set-PowerAndUpdates {
    Write-Step "Power plan + update policy"
    powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c   # High performance
    powercfg /change monitor-timeout-ac 0
    powercfg /change standby-timeout-ac 0
    # positions patch in the Sunday 02:00 window only (WSUS group DISPATCH-POS)
    New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate' `
        -Name TargetGroup -Value 'DISPATCH-POS' -PropertyType String -Force | Out-Null
}

try {
    Test-Prereqs
    Install-CadClient
    Install-AliViewer
    Set-KioskAutologon
    Register-Position
    Install-RadioConsole
    Set-PowerAndUpdates
    Write-Step "Done. Reboot required."
} catch {
    Write-Error $_
    exit 1
} finally {
    Stop-Transcript
}
