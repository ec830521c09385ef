<#
.SYNOPSIS
    Nightly Workday -> Active Directory attribute sync (title, department, manager, cost center).

.DESCRIPTION
    Pulls the "INT_AD_Worker_Feed" RaaS report from Workday as JSON, matches workers to AD users by
    employeeID, and updates changed attributes. Terminations are NOT handled here (see Disable-LeaversFromWorkday.ps1).

    Runs as a scheduled task on NWP-INTEG01 under svc-hrsync.

.NOTES
    Owner: People Technology (m.kowalski)  |  Change: CHG0041877
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Tenant = 'northwind5',
    [string]$WdHost = 'wd5-services1.myworkday.com',
    [switch]$ReportOnly
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module ActiveDirectory

$LogDir  = 'D:\Integrations\Logs\WorkdayAD'
$LogFile = Join-Path $LogDir ("sync-{0:yyyyMMdd-HHmm}.log" -f (Get-Date))
New-Item -ItemType Directory -Force -Path $LogDir | Out-Null

function Write-Log([string]$Message, [string]$Level = 'INFO') {
    $line = "{0:u} [{1}] {2}" -f (Get-Date), $Level, $Message
    Add-Content -Path $LogFile -Value $line
    Write-Verbose $line
}

# --- Workday credentials -----------------------------------------------------------
# ISU for RaaS (basic auth). TODO: move to Windows Credential Manager like the other tasks.
$IsuUser = "ISU_AD_Sync@$Tenant"
$IsuPass = 'Northwind#Sync2024'

# OAuth API client for the REST calls (workers/{id}/supervisoryOrganizations)
$ApiClientId     = '⟦b51c_workday_client_id:adsync⟧'
$ApiClientSecret = '⟦b51c_workday_client_secret:adsync⟧'
$ApiRefreshToken = '⟦b51c_workday_refresh_token:adsync⟧'

function Get-WorkdayAccessToken {
    $pair  = "{0}:{1}" -f $ApiClientId, $ApiClientSecret
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    $resp = Invoke-RestMethod -Method Post -Uri "https://$WdHost/ccx/oauth2/$Tenant/token" `
        -Headers @{ Authorization = "Basic $basic" } `
        -Body @{ grant_type = 'refresh_token'; refresh_token = $ApiRefreshToken } `
        -ContentType 'application/x-www-form-urlencoded'
    return $resp.access_token
}

function Get-WorkerFeed {
    $sec  = ConvertTo-SecureString $IsuPass -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($IsuUser, $sec)
    $url  = "https://$WdHost/ccx/service/customreport2/$Tenant/ISU_AD_Sync/INT_AD_Worker_Feed?format=json"
    Write-Log "Fetching RaaS feed $url"
    (Invoke-RestMethod -Uri $url -Credential $cred -Method Get).Report_Entry
}

$attrMap = @{
    'Business_Title' = 'title'
    'Department'     = 'department'
    'Cost_Center'    = 'extensionAttribute4'
    'Location'       = 'physicalDeliveryOfficeName'
}

$workers = Get-WorkerFeed
Write-Log ("Feed returned {0} workers" -f $workers.Count)
$token = Get-WorkdayAccessToken
$changed = 0

foreach ($w in $workers) {
    $adUser = Get-ADUser -Filter "employeeID -eq '$($w.Employee_ID)'" -Properties title, department, extensionAttribute4, physicalDeliveryOfficeName, manager -ErrorAction SilentlyContinue
    if (-not $adUser) { Write-Log "No AD user for $($w.Employee_ID)" 'WARN'; continue }

    $replace = @{}
    foreach ($k in $attrMap.Keys) {
        $adAttr = $attrMap[$k]
        if ($w.$k -and $adUser.$adAttr -ne $w.$k) { $replace[$adAttr] = $w.$k }
    }
    if ($w.Manager_Employee_ID) {
        $mgr = Get-ADUser -Filter "employeeID -eq '$($w.Manager_Employee_ID)'" -ErrorAction SilentlyContinue
        if ($mgr -and $adUser.manager -ne $mgr.DistinguishedName) {
            if (-not $ReportOnly -and $PSCmdlet.ShouldProcess($adUser.SamAccountName, 'Set manager')) {
                Set-ADUser $adUser -Manager $mgr
            }
            Write-Log "$($adUser.SamAccountName): manager -> $($mgr.SamAccountName)"
        }
    }
    if ($replace.Count -gt 0) {
        $changed++
        Write-Log ("{0}: {1}" -f $adUser.SamAccountName, (($replace.GetEnumerator() | ForEach-Object { "$($_.Key)='$($_.Value)'" }) -join ', '))
        if (-not $ReportOnly -and $PSCmdlet.ShouldProcess($adUser.SamAccountName, 'Update attributes')) {
            Set-ADUser $adUser -Replace $replace
        }
    }
}

Write-Log "Done. $changed users changed."
