# Backup notturno del gestionale e delle fatture XML su NAS Synology + copia off-site su Wasabi
# Pianificato su SRV-FERRI01 (Utilità di pianificazione, ore 01:30) – L. Moretti

$ErrorActionPreference = "Stop"
$oggi = Get-Date -Format "yyyy-MM-dd"
$dest = "\\nas-ferri\backup\gestionale\$oggi"
New-Item -ItemType Directory -Force -Path $dest | Out-Null

# dump MySQL del gestionale
$mysqldump = "C:\Program Files\MySQL\MySQL Server 8.0\bin\mysqldump.exe"
& $mysqldump --host=10.20.0.15 --user=backup --password=Backup_Ferri_2023 --single-transaction --routines gestionale |
    Out-File -Encoding utf8 "$dest\gestionale.sql"

# archivio fatture XML (FatturaPA) e ricevute SDI
Compress-Archive -Path "D:\Fatture\XML\*" -DestinationPath "$dest\fatture-xml.zip" -Force

# copia off-site (Wasabi, bucket ferri-backup, regione eu-south-1)
$env:AWS_ACCESS_KEY_ID = "⟦b40c_wasabi_access_key:w⟧"
$env:AWS_SECRET_ACCESS_KEY = "⟦b40c_wasabi_secret_key:w⟧"
aws s3 sync $dest "s3://ferri-backup/gestionale/$oggi" --endpoint-url https://s3.eu-south-1.wasabisys.com --only-show-errors

# pulizia: tieni 30 giorni sul NAS
Get-ChildItem "\\nas-ferri\backup\gestionale" -Directory |
    Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item -Recurse -Force

Write-Output "backup $oggi completato"
