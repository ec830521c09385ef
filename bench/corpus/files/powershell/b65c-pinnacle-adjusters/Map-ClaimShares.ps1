# Map-ClaimShares.ps1 - run at logon on field laptops (GPO: Pinnacle-Field-Logon)
# Maps the claim file shares and the scan folder, then starts the Xactimate sync helper.

$ErrorActionPreference = 'SilentlyContinue'

$shareUser = 'PINNACLE\svc_fieldmap'
$sharePass = ConvertTo-SecureString 'FieldMap!2023pnc' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($shareUser, $sharePass)

$maps = @(
    @{ Letter = 'P'; Path = '\\pnc-fs01\Claims' },
    @{ Letter = 'Q'; Path = '\\pnc-fs01\Photos' },
    @{ Letter = 'R'; Path = '\\pnc-fs01\Reports' }
)

foreach ($m in $maps) {
    if (-not (Get-PSDrive -Name $m.Letter -ErrorAction SilentlyContinue)) {
        New-PSDrive -Name $m.Letter -PSProvider FileSystem -Root $m.Path -Credential $cred -Persist | Out-Null
    }
}

# Xactimate sync helper needs the XactAnalysis API key in the environment
[Environment]::SetEnvironmentVariable('XACT_API_KEY', '⟦generic_api_key_hex32:xact⟧', 'User')
Start-Process -FilePath 'C:\Program Files\Pinnacle\XactSync\XactSync.exe' -ArgumentList '--minimized'
