#Requires -RunAsAdministrator
<#
  Post-image setup for VDC / estimating workstations (Dell Precision 3660).
  Run once from the imaging USB after Windows is installed:  .\Deploy-RevitWorkstation.ps1 -Hostname RDL-VDC-07
#>
param(
    [Parameter(Mandatory)] [string]$Hostname,
    [string]$Ou = 'OU=VDC,OU=Workstations,DC=ridgeline,DC=local'
)

$ErrorActionPreference = 'Stop'
Start-Transcript -Path "C:\Windows\Temp\deploy-$Hostname.log"

# --- local admin (LAPS takes over after the first policy refresh) ---
$localAdminPw = ConvertTo-SecureString 'Rdl-Local!2023' -AsPlainText -Force
Set-LocalUser -Name 'Administrator' -Password $localAdminPw
Enable-LocalUser -Name 'Administrator'

# --- domain join ---
$joinUser = 'RIDGELINE\svc_domainjoin'
$joinPass = ConvertTo-SecureString 'J0in-Ridgeline-2023' -AsPlainText -Force
$joinCred = New-Object System.Management.Automation.PSCredential($joinUser, $joinPass)
Rename-Computer -NewName $Hostname -Force
Add-Computer -DomainName 'ridgeline.local' -OUPath $Ou -Credential $joinCred -Options JoinWithNewName,AccountCreate -Force

# --- Autodesk deployment (AEC Collection 2024, network deployment image on the file server) ---
$deployShare = '\\rdl-fs01\Deploy$\Autodesk\AEC2024'
net use Z: $deployShare /user:RIDGELINE\svc_deploy 'Dep!oy-Share-24' /persistent:no
Start-Process -FilePath 'Z:\Image\Installer.exe' -ArgumentList '-i deploy --offline_mode -q -o "Z:\Image\Collection.xml"' -Wait
net use Z: /delete /y

# user-based named licensing: nothing to configure, users sign in with their Autodesk ID
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Autodesk\AdskLicensing' -Name 'LicenseMethod' -Value 'USER' -ErrorAction SilentlyContinue

# --- Revit Server accelerator + Bluebeam ---
Copy-Item '\\rdl-fs01\Deploy$\Revit\RSN.ini' 'C:\ProgramData\Autodesk\Revit Server 2024\Config\RSN.ini' -Force
# serial + product key come from the imaging USB's env.cmd (not in git)
Start-Process msiexec.exe -ArgumentList "/i `"\\rdl-fs01\Deploy`$\Bluebeam\Revu21\Bluebeam Revu x64 21.msi`" /qn BB_SERIALNUMBER=$env:BB_SERIAL BB_PRODUCTKEY=$env:BB_PRODUCTKEY BB_DEPLOYMENT=1" -Wait

Stop-Transcript
Restart-Computer -Force
