# PDQ Deploy package "CCS - Copier scan folder" step 2 (PowerShell, run as Logged on User)
# Maps the scan share for the front offices. The copier itself writes with the scan account below.
# TODO(dale): the share should be mapped by GPP drive map with the user's own creds, not this.

$Share  = '\\ccs-fs01\Scans$'
$Letter = 'S:'

if (Get-PSDrive -Name $Letter.TrimEnd(':') -ErrorAction SilentlyContinue) {
    net use $Letter /delete /y | Out-Null
}

# scan account has Modify on the share only
net use $Letter $Share /user:CORBEL\svc_copierscan 'C0pier-Scan!' /persistent:yes

if ($LASTEXITCODE -ne 0) {
    Write-Error "net use failed with $LASTEXITCODE"
    exit $LASTEXITCODE
}

$ws = New-Object -ComObject WScript.Shell
$lnk = $ws.CreateShortcut("$env:PUBLIC\Desktop\Scans.lnk")
$lnk.TargetPath = $Letter + '\'
$lnk.Save()
Write-Output "Mapped $Letter to $Share"
