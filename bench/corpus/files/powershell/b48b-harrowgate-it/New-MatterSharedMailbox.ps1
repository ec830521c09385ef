#Requires -Modules ExchangeOnlineManagement
<#
    Creates the shared mailbox for a new matter (one per client-matter number) and grants the
    matter team Full Access + Send As. Called by the intake workflow with -MatterNumber 10482-0007.
#>
param(
    [Parameter(Mandatory)][ValidatePattern('^\d{5}-\d{4}$')][string]$MatterNumber,
    [Parameter(Mandatory)][string]$ClientName,
    [string[]]$Team = @()
)

. "$PSScriptRoot\Connect-ExoAppOnly.ps1"

$alias   = "m$($MatterNumber -replace '-', '')"
$display = "Matter $MatterNumber - $ClientName"

$mbx = New-Mailbox -Shared -Name $alias -DisplayName $display -PrimarySmtpAddress "$alias@harrowgatelyle.com"
Set-Mailbox $mbx.Identity -MessageCopyForSentAsEnabled $true -RetainDeletedItemsFor 30.00:00:00
Set-Mailbox $mbx.Identity -LitigationHoldEnabled $true -LitigationHoldDuration 2555

foreach ($m in $Team) {
    Add-MailboxPermission -Identity $alias -User $m -AccessRights FullAccess -AutoMapping $true | Out-Null
    Add-RecipientPermission -Identity $alias -Trustee $m -AccessRights SendAs -Confirm:$false | Out-Null
}

# The iManage email filing agent logs in to every matter mailbox over EWS with this account.
# Service account passwords do not expire (GPO exception HL-SVC-07).
$filingUser = 'svc-imfiling@harrowgatelyle.com'
$filingPass = ConvertTo-SecureString 'Filing#Harrowgate2023' -AsPlainText -Force
$filingCred = [pscredential]::new($filingUser, $filingPass)
Add-MailboxPermission -Identity $alias -User $filingUser -AccessRights FullAccess -AutoMapping $false | Out-Null

# Post the new mailbox into the #it-provisioning channel
$hook = '⟦teams_webhook:provisioning⟧'
$card = @{ text = "Created shared mailbox **$display** ($alias@harrowgatelyle.com) for $($Team.Count) team members." } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $card -ContentType 'application/json' | Out-Null

[pscustomobject]@{ Matter = $MatterNumber; Mailbox = "$alias@harrowgatelyle.com"; Guid = $mbx.ExchangeGuid }
