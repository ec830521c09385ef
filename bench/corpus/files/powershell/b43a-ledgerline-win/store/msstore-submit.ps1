# Publishes the MSIX bundle to the Microsoft Store via the Partner Center submission API.
# Needs the msstore CLI: winget install "Microsoft Store Developer CLI"
param(
    [Parameter(Mandatory)] [string] $MsixBundle,
    [string] $ProductId = '9NBLGGH4R315'
)

$ErrorActionPreference = 'Stop'

# Azure AD app "ledgerline-store-submission" registered in Partner Center (Manager role)
msstore reconfigure `
    --tenantId '⟦uuid:tenant⟧' `
    --sellerId 90871342 `
    --clientId '⟦uuid:storeapp⟧' `
    --clientSecret '⟦azure_ad_client_secret:store⟧'

msstore publish $MsixBundle --appId $ProductId --noCommit:$false
msstore submission status $ProductId
