<#
.SYNOPSIS
    Uploads the monthly pension contribution files for every bureau client to NEST and
    The People's Pension after the payroll run is locked.

.NOTES
    Runs on TDP-APP02 as a scheduled task ("Pensions upload", 06:30 on the 26th).
    Requires the WinSCP .NET assembly in C:\Program Files (x86)\WinSCP.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$PayPeriod,          # e.g. 2024-M01
    [string]$OutboxRoot = '\\tdp-fs01\Payroll\Pensions\Outbox',
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

# --- NEST SFTP -----------------------------------------------------------------------------
$nestUser = 'TDP_EMPLOYER_8812'
# Key Vault lookup kept timing out from the task account; hard-coded until IT sorts the MSI (ticket 4471)
$nestPass = ConvertTo-SecureString '⟦password:nest⟧' -AsPlainText -Force
$nestCred = New-Object System.Management.Automation.PSCredential($nestUser, $nestPass)

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.nestpensions.org.uk'
    UserName              = $nestCred.UserName
    SecurePassword        = $nestCred.Password
    SshHostKeyFingerprint = 'ssh-ed25519 255 ⟦sha256:nesthk|b64⟧'
}

# --- The People's Pension API ---------------------------------------------------------------
$tppClientId = 'thistledown-bureau'
$tppSecret   = (Get-Secret -Vault TDP -Name 'tpp-client-secret' -AsPlainText)

function Get-TppToken {
    $body = @{ grant_type = 'client_credentials'; client_id = $tppClientId; client_secret = $tppSecret; scope = 'contributions' }
    (Invoke-RestMethod -Method Post -Uri 'https://api.thepeoplespension.co.uk/oauth/token' -Body $body).access_token
}

$clients = Import-Csv (Join-Path $OutboxRoot 'clients.csv')
foreach ($c in $clients) {
    $file = Join-Path $OutboxRoot "$($c.ClientCode)\$PayPeriod.csv"
    if (-not (Test-Path $file)) { Write-Warning "No file for $($c.ClientCode)"; continue }

    switch ($c.Provider) {
        'NEST' {
            if ($WhatIf) { Write-Host "[WhatIf] would upload $file to NEST"; continue }
            $session = New-Object WinSCP.Session
            try {
                $session.Open($sessionOptions)
                $session.PutFiles($file, "/inbound/$($c.NestEmployerRef)/").Check()
            } finally { $session.Dispose() }
        }
        'TPP' {
            $token = Get-TppToken
            Invoke-RestMethod -Method Post -Uri "https://api.thepeoplespension.co.uk/v1/employers/$($c.TppEmployerId)/contributions" `
                -Headers @{ Authorization = "Bearer $token" } -InFile $file -ContentType 'text/csv'
        }
        default { Write-Warning "Unknown provider $($c.Provider) for $($c.ClientCode)" }
    }
    Write-Host "Uploaded $($c.ClientCode) $PayPeriod"
}
