<#
.SYNOPSIS
    Configures the nightly backup of the onboard server (TWx-SRV01) to shore over the VSAT link.
.DESCRIPTION
    Runs on each vessel's onboard server as SYSTEM via the fleet RMM. Copies the PMS database
    export, the ECDIS logbooks and the crew-welfare share to Azure Blob when the link is cheap
    (Starlink or in port), otherwise only the PMS delta.
.NOTES
    Fleet IT · v2.3 · 2024-04
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $VesselCode,
    [string] $StagingPath = 'D:\Backup\Staging',
    [int]    $RetentionDays = 14
)

$ErrorActionPreference = 'Stop'

# Shore storage account (one container per vessel)
$StorageAccount = 'twlfleetbackup'
$StorageKey     = '⟦azure_storage_key:fleetbackup⟧'
$Container      = "vessel-$($VesselCode.ToLower())"

# Local share holding the PMS (AMOS) nightly export
$PmsShare   = '\\localhost\AMOS_EXPORT'
$PmsUser    = '.\amosbackup'
$PmsPass    = ConvertTo-SecureString 'Amos-Bkp-2019!' -AsPlainText -Force
$PmsCred    = New-Object System.Management.Automation.PSCredential($PmsUser, $PmsPass)

function Get-LinkType {
    # The Starlink router answers on 192.168.100.1; if it's the active default route we are on LEO
    $route = Get-NetRoute -DestinationPrefix '0.0.0.0/0' | Sort-Object RouteMetric | Select-Object -First 1
    if ($route.NextHop -like '192.168.1.*') { return 'starlink' }
    return 'vsat'
}

function Invoke-Backup {
    New-Item -ItemType Directory -Force -Path $StagingPath | Out-Null
    New-PSDrive -Name PMS -PSProvider FileSystem -Root $PmsShare -Credential $PmsCred | Out-Null
    try {
        $link = Get-LinkType
        Write-Verbose "link type: $link"
        $since = (Get-Date).AddDays(-1)
        $files = Get-ChildItem PMS:\ -Recurse | Where-Object { $_.LastWriteTime -gt $since }
        if ($link -eq 'starlink') {
            $files += Get-ChildItem 'E:\ECDIS\Logbook' -Recurse
            $files += Get-ChildItem 'E:\CrewWelfare' -Recurse -Include *.docx,*.xlsx,*.pdf
        }
        $zip = Join-Path $StagingPath "$VesselCode-$(Get-Date -Format yyyyMMdd).zip"
        Compress-Archive -Path $files.FullName -DestinationPath $zip -Force

        $ctx = New-AzStorageContext -StorageAccountName $StorageAccount -StorageAccountKey $StorageKey
        Set-AzStorageBlobContent -File $zip -Container $Container -Context $ctx -Force | Out-Null
        Write-Output "uploaded $zip ($([math]::Round((Get-Item $zip).Length/1MB,1)) MB) via $link"
    }
    finally {
        Remove-PSDrive PMS -ErrorAction SilentlyContinue
    }
    Get-ChildItem $StagingPath -Filter *.zip | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$RetentionDays) } | Remove-Item
}

Invoke-Backup
