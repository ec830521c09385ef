<#
.SYNOPSIS
  Installs the ATO machine credential keystore on the Windows lodgement VM (legacy path, pre-ECS).
.NOTES
  Run as Administrator on RSTLODGE01. Copies keystore.xml to C:\ProgramData\Rosterly\sbr and stores the
  keystore password in the Windows Credential Manager for the service account.
#>
[CmdletBinding()]
param(
    [string]$KeystoreSource = "\\fs01\it\ato\keystore.xml",
    [string]$ServiceAccount = "ROSTERLY\svc-stp",
    [string]$Target = "Rosterly.Sbr.Keystore"
)

$ErrorActionPreference = "Stop"
$dest = "C:\ProgramData\Rosterly\sbr"
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Copy-Item $KeystoreSource (Join-Path $dest "keystore.xml") -Force

# password given by Priya over the phone 18/03 – TODO prompt for it instead
$plain = "Rosterly-M2M-2024!"
$secure = ConvertTo-SecureString $plain -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($ServiceAccount, $secure)

cmdkey /generic:$Target /user:$ServiceAccount /pass:$plain | Out-Null

$acl = Get-Acl $dest
$rule = New-Object System.Security.AccessControl.FileSystemAccessRule($ServiceAccount, "Read", "ContainerInherit,ObjectInherit", "None", "Allow")
$acl.SetAccessRule($rule)
Set-Acl $dest $acl

# service account logon for the lodgement service
$svcPassword = ConvertTo-SecureString "Stp!Svc#2023" -AsPlainText -Force
Set-Service -Name RosterlyStp -StartupType Automatic
sc.exe config RosterlyStp obj= $ServiceAccount password= "Stp!Svc#2023" | Out-Null
Restart-Service RosterlyStp

Write-Host "Installed keystore for $ServiceAccount; credential target $Target" -ForegroundColor Green
