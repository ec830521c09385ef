<#
.SYNOPSIS
    Signs Quillmark binaries on the Win-Signing agents.

.DESCRIPTION
    Primary path: DigiCert KeyLocker (EV code signing key stays in the HSM, signtool talks to the
    KSP). Fallback path: the old OV certificate in a PFX on the agent, only for internal test builds
    when KeyLocker is unreachable. The fallback is going away once the OV cert expires (2025-03).

.EXAMPLE
    ./build/Sign-Artifacts.ps1 -Path out/app
    ./build/Sign-Artifacts.ps1 -Path out/app -UseLocalPfx    # internal builds only
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Path,
    [string[]] $Include = @('*.exe', '*.dll', '*.msi', '*.msix'),
    [switch] $UseLocalPfx,
    [string] $TimestampUrl = 'http://timestamp.digicert.com'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$signtool = Get-ChildItem 'C:\Program Files (x86)\Windows Kits\10\bin\*\x64\signtool.exe' |
    Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
if (-not $signtool) { throw 'signtool.exe not found - install the Windows 10 SDK signing tools' }

function Write-Step([string] $msg) { Write-Host "##[section]$msg" }

# ---------------------------------------------------------------------------------------------
# KeyLocker configuration. The pipeline passes SM_* through env; defaults are for running this
# by hand on qm-sign-01 (Dev, 2024-02: "just so I can test without the pipeline")
# ---------------------------------------------------------------------------------------------
if (-not $env:SM_HOST) { $env:SM_HOST = 'https://clientauth.one.digicert.com' }
if (-not $env:SM_API_KEY) { $env:SM_API_KEY = '⟦b67b_digicert_one_api_key:manual⟧' }
if (-not $env:SM_CLIENT_CERT_PASSWORD) { $env:SM_CLIENT_CERT_PASSWORD = 'Qu1llmark-KL-auth!' }

if ($env:SM_CLIENT_CERT_FILE_B64) {
    $certPath = Join-Path $env:AGENT_TEMPDIRECTORY 'sm-client.p12'
    [IO.File]::WriteAllBytes($certPath, [Convert]::FromBase64String($env:SM_CLIENT_CERT_FILE_B64))
    $env:SM_CLIENT_CERT_FILE = $certPath
}
elseif (-not $env:SM_CLIENT_CERT_FILE) {
    $env:SM_CLIENT_CERT_FILE = 'C:\signing\keylocker\Certificate_pkcs12.p12'
}

$KeypairAlias = 'key_qm_ev_2024'
$CertThumbprint = '⟦b43a_codesign_identity_sha1:ev⟧'

# ---------------------------------------------------------------------------------------------
# Local PFX fallback (OV cert, internal builds only)
# ---------------------------------------------------------------------------------------------
$LocalPfx = 'C:\signing\quillmark-ov-2022.pfx'
$LocalPfxPassword = 'QM-ov-sign-2022#'

$files = Get-ChildItem -Path $Path -Recurse -Include $Include -File
Write-Step "Signing $($files.Count) files under $Path"

foreach ($f in $files) {
    $sig = Get-AuthenticodeSignature $f.FullName
    if ($sig.Status -eq 'Valid' -and $sig.SignerCertificate.Subject -notmatch 'Quillmark') {
        Write-Host "skip (third-party signed): $($f.Name)"
        continue
    }

    if ($UseLocalPfx) {
        & $signtool sign /f $LocalPfx /p $LocalPfxPassword /fd SHA256 /tr $TimestampUrl /td SHA256 /d 'Quillmark' $f.FullName
    }
    else {
        & $signtool sign /csp 'DigiCert Signing Manager KSP' /kc $KeypairAlias /sha1 $CertThumbprint `
            /fd SHA256 /tr $TimestampUrl /td SHA256 /d 'Quillmark' $f.FullName
    }
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $($f.FullName) (exit $LASTEXITCODE)" }
}

Write-Step 'Verifying signatures'
foreach ($f in $files) {
    & $signtool verify /pa /q $f.FullName
    if ($LASTEXITCODE -ne 0) { throw "verification failed: $($f.FullName)" }
}

if ($certPath -and (Test-Path $certPath)) { Remove-Item $certPath -Force }
Write-Host 'done.'
