<#
.SYNOPSIS
  Mirrors Entra "Matter-*" security groups into iManage Work groups (nightly, 02:15).
.NOTES
  iManage Work 10.4 on-prem (imanage.hl.local). OAuth app registered in Control Center >
  Applications as "HL Group Sync" (Allow Refresh Token = Yes).
#>
$ImBase       = 'https://imanage.hl.local'
$ImLibrary    = 'ACTIVE'
$ImClientId   = 'hl-group-sync'
$ImClientSecret = '⟦b48b_imanage_client_secret:groupsync⟧'
$ImUser       = 'wsadmin'
$ImPassword   = 'W0rkSite!Adm1n'

# Direct SQL fallback for the group membership table when the API times out (see INC-2291)
$SqlConn = 'Server=HL-SQL02\WORKSITE;Database=ACTIVE;User Id=sa_groupsync;Password=⟦db_password:imsql⟧;Encrypt=True;TrustServerCertificate=True'

function Get-ImToken {
    $form = @{
        grant_type    = 'password'
        username      = $ImUser
        password      = $ImPassword
        client_id     = $ImClientId
        client_secret = $ImClientSecret
        scope         = 'admin'
    }
    (Invoke-RestMethod -Method Post -Uri "$ImBase/auth/oauth2/token" -Body $form).access_token
}

$token = Get-ImToken
$headers = @{ 'X-Auth-Token' = $token }

Connect-MgGraph -Identity -NoWelcome   # managed identity of HL-MGMT01, no secret needed
$groups = Get-MgGroup -Filter "startswith(displayName,'Matter-')" -All

foreach ($g in $groups) {
    $members = Get-MgGroupMember -GroupId $g.Id -All | ForEach-Object { $_.AdditionalProperties.userPrincipalName.Split('@')[0].ToUpper() }
    $body = @{ group_id = $g.DisplayName; full_name = $g.Description; members = $members } | ConvertTo-Json
    try {
        Invoke-RestMethod -Method Put -Uri "$ImBase/work/api/v2/customers/1/libraries/$ImLibrary/groups/$($g.DisplayName)/members" -Headers $headers -Body $body -ContentType 'application/json'
    } catch {
        Write-Warning "API failed for $($g.DisplayName), using SQL: $_"
        Invoke-Sqlcmd -ConnectionString $SqlConn -Query "EXEC dbo.sp_SyncGroup @group = N'$($g.DisplayName)'"
    }
}
