# Install-Imprivata.ps1 - first-logon step of the CLIN-W11-23H2 task sequence
# Installs the Imprivata OneSign agent, Epic Hyperspace (Citrix Workspace) and registers the device.
$ErrorActionPreference = 'Stop'
$log = 'C:\Windows\Temp\Install-Imprivata.log'
Start-Transcript -Path $log -Append

$share = '\\sbrmc-sccm01\Sources$\Clinical'
# the deployment share needs creds because the machine is not fully joined yet at first logon
$shareUser = 'SBRMC\svc_mdt_read'
$sharePass = ConvertTo-SecureString '⟦password:mdtread⟧' -AsPlainText -Force
New-PSDrive -Name S -PSProvider FileSystem -Root $share -Credential (New-Object PSCredential($shareUser, $sharePass)) | Out-Null

# Imprivata OneSign agent
Start-Process msiexec.exe -Wait -ArgumentList @(
    '/i', 'S:\Imprivata\ImprivataAgent_x64.msi', '/qn',
    'IPTXPRIMSERVER=https://onesign.sbrmc.local/sso/servlet/messagerouter',
    'AGENTTYPE=2', '/l*v', 'C:\Windows\Temp\imprivata_msi.log'
)

# Citrix Workspace for Hyperspace
Start-Process 'S:\Citrix\CitrixWorkspaceApp.exe' -Wait -ArgumentList '/silent /noreboot /AutoUpdateCheck=disabled STORE0="Epic;https://storefront.sbrmc.org/Citrix/EpicWeb/discovery;on;Epic"'

# register the workstation in the Epic device inventory (Interconnect web service)
$body = @{ Hostname = $env:COMPUTERNAME; Department = 'UNASSIGNED'; Type = 'WOW' } | ConvertTo-Json
$pair = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('emp$SVCDEVREG:⟦password:devreg⟧'))
Invoke-RestMethod -Method Post -Uri 'https://epicic-prd.sbrmc.org/Interconnect-PRD/api/sbrmc/devices' `
    -Headers @{ Authorization = "Basic $pair"; 'Epic-Client-ID' = '⟦b45a_epic_client_id:devreg⟧' } `
    -ContentType 'application/json' -Body $body

Remove-PSDrive S
Stop-Transcript
