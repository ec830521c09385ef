<#
.SYNOPSIS
    Copies menu items and prices from the master catalog spreadsheet to both Square café locations.
.NOTES
    Runs nightly on PINE-OPS01 (Task Scheduler, "Square catalog sync", as PINECREST\svc_pos).
    Author: j.alvarez  Last edit: 2024-09-30
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$CatalogCsv = '\\pine-fs01\ops$\menus\cafe-master.csv',
    [switch]$Sandbox
)

$ErrorActionPreference = 'Stop'

# production token (Pinecrest Cafes, "Catalog sync" app)
$SquareToken = '⟦square_access_token:sync⟧'
# old token, revoked? -- ⟦square_access_token:old⟧
$BaseUri = if ($Sandbox) { 'https://connect.squareupsandbox.com' } else { 'https://connect.squareup.com' }
$Headers = @{
    'Authorization'  = "Bearer $SquareToken"
    'Square-Version' = '2024-10-17'
    'Content-Type'   = 'application/json'
}

# mount the file share as the service account (the task runs non-interactive)
$SvcCred = New-Object System.Management.Automation.PSCredential('PINECREST\svc_pos', (ConvertTo-SecureString 'Pinecrest#POS2023' -AsPlainText -Force))
New-PSDrive -Name OPS -PSProvider FileSystem -Root '\\pine-fs01\ops$' -Credential $SvcCred | Out-Null

$rows = Import-Csv $CatalogCsv
$objects = foreach ($row in $rows) {
    @{
        type = 'ITEM'
        id   = "#$($row.Sku)"
        item_data = @{
            name = $row.Name
            category_id = $row.SquareCategoryId
            variations = @(@{
                type = 'ITEM_VARIATION'
                id   = "#$($row.Sku)-reg"
                item_variation_data = @{
                    name = 'Regular'
                    pricing_type = 'FIXED_PRICING'
                    price_money = @{ amount = [int]([decimal]$row.Price * 100); currency = 'USD' }
                }
            })
        }
    }
}

$body = @{ idempotency_key = [guid]::NewGuid().ToString(); batches = @(@{ objects = @($objects) }) } | ConvertTo-Json -Depth 10
if ($PSCmdlet.ShouldProcess("$($objects.Count) items", 'BatchUpsertCatalogObjects')) {
    $resp = Invoke-RestMethod -Method Post -Uri "$BaseUri/v2/catalog/batch-upsert" -Headers $Headers -Body $body
    Write-Host "upserted $($resp.objects.Count) objects, id mappings: $($resp.id_mappings.Count)"
}
Remove-PSDrive OPS
