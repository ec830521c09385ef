<#
.SYNOPSIS
  Pushes the Careem kiosk build to the in-store Windows kiosks and uploads logs to Azure.
.NOTES
  Run from the NoorLabs jump box. Kiosk local admin is the same on all 12 devices (ugh, ticket OPS-77).
#>
param(
    [Parameter(Mandatory)] [string] $BuildPath,
    [string[]] $Kiosks = @('KSK-JBR-01','KSK-JBR-02','KSK-CWK-01','KSK-YAS-01')
)

$ErrorActionPreference = 'Stop'

$adminUser = '.\kioskadmin'
$adminPass = ConvertTo-SecureString 'K1osk!Noor2024' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($adminUser, $adminPass)

$storageAccount = 'noorlabskiosklogs'
$storageKey = '⟦azure_storage_key:kiosk⟧'
$ctx = New-AzStorageContext -StorageAccountName $storageAccount -StorageAccountKey $storageKey

foreach ($k in $Kiosks) {
    Write-Host "==> $k" -ForegroundColor Cyan
    $s = New-PSSession -ComputerName $k -Credential $cred
    try {
        Invoke-Command -Session $s -ScriptBlock { Stop-Process -Name 'CareemKiosk' -ErrorAction SilentlyContinue }
        Copy-Item -Path $BuildPath -Destination 'C:\Kiosk\app\' -ToSession $s -Recurse -Force
        Invoke-Command -Session $s -ScriptBlock { Start-ScheduledTask -TaskName 'StartCareemKiosk' }
        $log = Invoke-Command -Session $s -ScriptBlock { Get-Content 'C:\Kiosk\logs\kiosk.log' -Tail 500 }
        $tmp = New-TemporaryFile
        $log | Set-Content $tmp
        Set-AzStorageBlobContent -File $tmp -Container 'deploy-logs' -Blob "$k/$(Get-Date -f yyyyMMdd-HHmm).log" -Context $ctx | Out-Null
    } finally {
        Remove-PSSession $s
    }
}
