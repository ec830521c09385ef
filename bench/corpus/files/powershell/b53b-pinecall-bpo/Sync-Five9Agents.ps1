<#
.SYNOPSIS
    Creates/disables Five9 agents for Northwind Energy from the HR starters/leavers sheet.
.NOTES
    Runs on PC-WFM-02 as a scheduled task (daily 06:00). Author: d.murphy
#>
[CmdletBinding()]
param(
    [string]$StartersCsv = "\\fs01\HR\Starters\northwind_starters.csv",
    [string]$LeaversCsv  = "\\fs01\HR\Leavers\northwind_leavers.csv",
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Import-Module "$PSScriptRoot\Five9Admin.psm1" -Force

# Five9 admin API user (Northwind VCC)
$five9User = 'pinecall.api@northwind-energy.com'
$five9Pass = ConvertTo-SecureString 'Northwind#Five9!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($five9User, $five9Pass)
Connect-Five9AdminWebService -Credential $cred -Region EU

# Kustomer is used for the Fernway account; agents get a Kustomer user too
$kustomerKey = '⟦b53b_kustomer_api_key:ps⟧'
$kustomerHeaders = @{ Authorization = "Bearer $kustomerKey"; 'Content-Type' = 'application/json' }

$starters = Import-Csv $StartersCsv | Where-Object { $_.Client -in 'Northwind','Fernway' }
foreach ($s in $starters) {
    $username = ($s.FirstName + '.' + $s.LastName).ToLower() + '@pinecall.com'
    if ($s.Client -eq 'Northwind') {
        if ($WhatIf) { Write-Host "[whatif] five9 create $username"; continue }
        New-Five9User -UserName $username -FirstName $s.FirstName -LastName $s.LastName `
            -Email $username -Password (New-RandomPassword -Length 14) -MustChangePassword $true `
            -UserProfileName 'NWE Agent' | Out-Null
        Write-Host "five9: created $username"
    } else {
        $body = @{ name = "$($s.FirstName) $($s.LastName)"; email = $username; roleGroups = @('Fernway Agents') } | ConvertTo-Json
        if ($WhatIf) { Write-Host "[whatif] kustomer create $username"; continue }
        Invoke-RestMethod -Method Post -Uri 'https://fernway.api.kustomerapp.com/v1/users' -Headers $kustomerHeaders -Body $body | Out-Null
        Write-Host "kustomer: created $username"
    }
}

$leavers = Import-Csv $LeaversCsv | Where-Object { $_.Client -eq 'Northwind' }
foreach ($l in $leavers) {
    $username = ($l.FirstName + '.' + $l.LastName).ToLower() + '@pinecall.com'
    if ($WhatIf) { Write-Host "[whatif] five9 disable $username"; continue }
    Set-Five9User -UserName $username -Active $false
    Write-Host "five9: disabled $username"
}
