# Export-RENXTGifts.ps1
# Pulls last month's gifts from Raiser's Edge NXT (SKY API) into a CSV for the finance committee.
# Jenny's laptop. Token comes from the SKY API console "Try it" page (valid 60 minutes) -- paste a fresh one.
param(
    [datetime]$From = (Get-Date -Day 1).AddMonths(-1),
    [datetime]$To   = (Get-Date -Day 1).AddDays(-1),
    [string]$Out    = "$HOME\OneDrive - Hopewell Animal Shelter\Finance\gifts-$((Get-Date).ToString('yyyy-MM')).csv"
)

$SubscriptionKey = '⟦b49a_blackbaud_subscription_key:ps⟧'
$AccessToken     = '⟦b49a_blackbaud_access_token:ps⟧'

$headers = @{
    'Bb-Api-Subscription-Key' = $SubscriptionKey
    'Authorization'           = "Bearer $AccessToken"
}

$url  = "https://api.sky.blackbaud.com/gift/v1/gifts?start_gift_date=$($From.ToString('yyyy-MM-dd'))&end_gift_date=$($To.ToString('yyyy-MM-dd'))&limit=500"
$rows = @()
while ($url) {
    $page = Invoke-RestMethod -Uri $url -Headers $headers -Method Get
    foreach ($g in $page.value) {
        $rows += [pscustomobject]@{
            GiftId        = $g.id
            Date          = ([datetime]$g.date).ToString('yyyy-MM-dd')
            ConstituentId = $g.constituent_id
            Amount        = $g.amount.value
            Type          = $g.type
            Fund          = ($g.gift_splits | Select-Object -First 1).fund_id
            Appeal        = ($g.gift_splits | Select-Object -First 1).appeal_id
        }
    }
    $url = $page.next_link
}

$rows | Sort-Object Date | Export-Csv -Path $Out -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($rows.Count) gifts to $Out"
