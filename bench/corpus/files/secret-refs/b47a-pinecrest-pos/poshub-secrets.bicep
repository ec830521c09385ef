// Key Vault secrets for PosHub. Values are set out-of-band (az keyvault secret set ...);
// this template only declares the references the App Service reads through Key Vault references.
param keyVaultName string = 'kv-pinecrest-prod'
param appName string = 'app-poshub-prod'
param location string = resourceGroup().location

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource app 'Microsoft.Web/sites@2023-12-01' existing = {
  name: appName
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    ASPNETCORE_ENVIRONMENT: 'Production'
    ConnectionStrings__PosHub: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=poshub-sql-connection)'
    Toast__ClientId: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=toast-client-id)'
    Toast__ClientSecret: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=toast-client-secret)'
    Square__AccessToken: '@Microsoft.KeyVault(SecretUri=${kv.properties.vaultUri}secrets/square-access-token/)'
    Square__WebhookSignatureKey: '@Microsoft.KeyVault(SecretUri=${kv.properties.vaultUri}secrets/square-webhook-signature-key/)'
    Clover__ApiToken: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=clover-api-token)'
    KeyVault__UseForSecrets: 'true'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
}

resource kvAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(kv.id, app.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: kv
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6') // Key Vault Secrets User
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output secretNames array = [
  'poshub-sql-connection'
  'toast-client-id'
  'toast-client-secret'
  'square-access-token'
  'square-webhook-signature-key'
  'clover-api-token'
]
