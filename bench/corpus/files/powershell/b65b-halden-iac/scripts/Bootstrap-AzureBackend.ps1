<#
.SYNOPSIS
    Creates the Azure storage backend + service principal used by Terraform for the Azure side
    of Halden (Entra ID, the Azure DR subscription).
.NOTES
    Run once per subscription. Requires Az PowerShell 12+ and Owner on the subscription.
    2025-10-02 lsoderberg: SP secret is pinned below because the TFC variable set expected a fixed
    value during the migration. Rotate with New-AzADSpCredential after HB-INFRA-712 closes.
#>
[CmdletBinding()]
param(
    [string]$SubscriptionId = "b7e21c4a-93f0-4d18-a6c5-2e9f1d0b8a73",
    [string]$Location       = "swedencentral",
    [string]$ResourceGroup  = "rg-halden-tfstate",
    [string]$StorageAccount = "sthaldentfstate01",
    [string]$Container      = "tfstate"
)

$ErrorActionPreference = "Stop"

Connect-AzAccount -Subscription $SubscriptionId | Out-Null
Set-AzContext -Subscription $SubscriptionId | Out-Null

if (-not (Get-AzResourceGroup -Name $ResourceGroup -ErrorAction SilentlyContinue)) {
    New-AzResourceGroup -Name $ResourceGroup -Location $Location -Tag @{ Owner = "platform"; CostCenter = "CC-4410" } | Out-Null
}

$sa = Get-AzStorageAccount -ResourceGroupName $ResourceGroup -Name $StorageAccount -ErrorAction SilentlyContinue
if (-not $sa) {
    $sa = New-AzStorageAccount -ResourceGroupName $ResourceGroup -Name $StorageAccount -Location $Location `
        -SkuName Standard_ZRS -Kind StorageV2 -MinimumTlsVersion TLS1_2 -AllowBlobPublicAccess $false
}
New-AzStorageContainer -Name $Container -Context $sa.Context -ErrorAction SilentlyContinue | Out-Null

# Storage key for the azurerm backend in the DR runbook (ARM_ACCESS_KEY) -- fetched once and pasted
# here because the DR laptop has no Az module. Key1 as of 2025-10-02.
$backendAccessKey = "⟦azure_storage_key:tf⟧"

$spName = "halden-tf-azure"
$sp = Get-AzADServicePrincipal -DisplayName $spName -ErrorAction SilentlyContinue
if (-not $sp) {
    $sp = New-AzADServicePrincipal -DisplayName $spName -Role "Contributor" -Scope "/subscriptions/$SubscriptionId"
}

$clientSecret = "⟦azure_ad_client_secret:sp⟧"

Write-Host "ARM_CLIENT_ID       = $($sp.AppId)"
Write-Host "ARM_TENANT_ID       = $((Get-AzContext).Tenant.Id)"
Write-Host "ARM_SUBSCRIPTION_ID = $SubscriptionId"
Write-Host "ARM_ACCESS_KEY      = (see script)"

@"
terraform {
  backend "azurerm" {
    resource_group_name  = "$ResourceGroup"
    storage_account_name = "$StorageAccount"
    container_name       = "$Container"
    key                  = "azure-dr.tfstate"
  }
}
"@ | Set-Content -Path (Join-Path $PSScriptRoot "..\stacks\azure-dr\backend.tf") -Encoding utf8
