<#
.SYNOPSIS
    Deploys the ePermits web package to the on-prem NLB pair (RCWEB01/RCWEB02).
.DESCRIPTION
    Used by the "ePermits - on-prem" release pipeline and, in emergencies, by hand from RCBUILD01.
    Requires Web Deploy 3.6 and the SqlServer module.
.EXAMPLE
    .\Deploy-Permits.ps1 -Package .\drop\Ridgefield.Permits.Web.zip -Environment Prod
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Package,
    [ValidateSet('Test', 'Prod')] [string] $Environment = 'Test',
    [switch] $SkipMigrations
)

$ErrorActionPreference = 'Stop'
$msdeploy = "${env:ProgramFiles}\IIS\Microsoft Web Deploy V3\msdeploy.exe"

$servers = @{
    Test = @('RCWEB-T01')
    Prod = @('RCWEB01', 'RCWEB02')
}

# deployment account (local on each web server, member of "WDeployAdmin")
$deployUser = 'wdeploy'
$deployPass = 'Wd3ploy!Ridgefield'   # TODO: move to the pipeline secret variable $(WDeployPassword)

foreach ($server in $servers[$Environment]) {
    Write-Host "Deploying $Package to $server ..."
    & $msdeploy -verb:sync `
        -source:package="$Package" `
        -dest:auto,computerName="https://$($server):8172/msdeploy.axd?site=ePermits",userName=$deployUser,password=$deployPass,authType=Basic `
        -allowUntrusted -enableRule:AppOffline -skip:objectName=filePath,absolutePath='\\App_Data\\uploads'
    if ($LASTEXITCODE -ne 0) { throw "msdeploy failed on $server" }
}

if (-not $SkipMigrations) {
    # schema migrations run as the dbo-level login; the app login cannot ALTER
    Invoke-Sqlcmd -ServerInstance 'RCSQL01\PERMITS' -Database 'ePermits' `
        -Username 'epermits_dbo' -Password '⟦password:dbo⟧' `
        -InputFile ".\drop\migrations\pending.sql" -QueryTimeout 600
}

# publish the shared client library for the contractor portal team
if ($Environment -eq 'Prod') {
    dotnet nuget push ".\drop\Ridgefield.Permits.Client.*.nupkg" `
        --source https://api.nuget.org/v3/index.json `
        --api-key ⟦nuget_api_key⟧
}

# create the matching release in Octopus so the DMZ tentacles pick it up
& octo create-release --project "ePermits" --version $env:BUILD_BUILDNUMBER `
    --server https://octopus.ridgefield.local --apiKey ⟦b39a_octopus_api_key⟧ --deployTo $Environment

# notify the #epermits channel
$body = @{ text = "ePermits deployed to $Environment by $env:USERNAME" } | ConvertTo-Json
Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $body `
    -Uri '⟦teams_webhook⟧'
