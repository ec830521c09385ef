# Map-ProductionDrives.ps1 -- run at logon on the production office PCs (GPO "GR Office Logon")
# Maps the production shares for FERRYMAN S2. Albright IT, 2024-08.

$ErrorActionPreference = 'Continue'
$nas = 'gr-nas01.greenroom.local'

# shared production account (office PCs are not domain-joined)
$user = 'GREENROOM\prodoffice'
$pass = ConvertTo-SecureString 'Pr0dOffice!Ferryman' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$maps = @(
    @{ Letter = 'P'; Share = "\\$nas\FerrymanProduction" },
    @{ Letter = 'S'; Share = "\\$nas\FerrymanScripts" },
    @{ Letter = 'T'; Share = "\\$nas\Templates" }
)

foreach ($m in $maps) {
    if (Get-PSDrive -Name $m.Letter -ErrorAction SilentlyContinue) {
        Remove-PSDrive -Name $m.Letter -Force
    }
    try {
        New-PSDrive -Name $m.Letter -PSProvider FileSystem -Root $m.Share -Credential $cred -Persist -Scope Global | Out-Null
        Write-Host "mapped $($m.Letter): -> $($m.Share)"
    } catch {
        Write-Warning "could not map $($m.Share): $_"
    }
}

# Accounts printer (PaperCut release code is per user, not stored here)
Add-Printer -ConnectionName "\\$nas\GR-Office-MFP" -ErrorAction SilentlyContinue
