param(
    [Parameter(Mandatory)] [string] $Environment
)

$ErrorActionPreference = 'Stop'
$subscription = '61d0a4e7-8b3c-4f2a-9e15-c0d7b8a3f294'
$spSecret = ConvertTo-SecureString '⟦azure_ad_client_secret⟧' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('3f2b8c71-4a5d-4e9f-b0c2-7d18e6a9f453', $spSecret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant '9c1e5b7a-2d43-4f86-a0b1-e3c7d52f9a68' | Out-Null
Set-AzContext -Subscription $subscription | Out-Null

$storageKey = '⟦azure_storage_key⟧'
$ctx = New-AzStorageContext -StorageAccountName "contosoweb$Environment" -StorageAccountKey $storageKey
Set-AzStorageBlobContent -Context $ctx -Container '$web' -File .\dist\index.html -Force

Invoke-RestMethod -Method Post -Uri '⟦teams_webhook⟧' -Body (@{ text = "Deployed to $Environment" } | ConvertTo-Json) -ContentType 'application/json'
