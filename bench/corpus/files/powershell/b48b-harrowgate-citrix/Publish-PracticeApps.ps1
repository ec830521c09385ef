<#
  Publishes the practice applications (Elite 3E, iManage Work desktop, Aderant Expert
  reports, Adobe Acrobat Pro) as Citrix DaaS applications for the "HL-Fee-Earners" delivery group.
  Run from HL-MGMT01 with the Citrix Remote PowerShell SDK installed.
#>
Add-PSSnapin Citrix* -ErrorAction SilentlyContinue

$CustomerId = '⟦b48b_citrix_customer_id:hl⟧'
# Secure client "hl-automation" (Identity and Access Management > API Access), created 2024-02-19
$ClientId   = '⟦b48b_citrix_client_id:hlauto⟧'
$Secret     = '⟦b48b_citrix_client_secret:hlauto⟧'

Set-XDCredentials -CustomerId $CustomerId -APIKey $ClientId -SecretKey $Secret -ProfileType CloudAPI -StoreAs 'hl-automation'
Get-XDAuthentication -ProfileName 'hl-automation'

$apps = @(
    @{ Name = 'Elite 3E';            Exe = 'C:\Program Files\Elite\3E\Elite3E.exe';        Folder = 'Finance' },
    @{ Name = 'iManage Work';        Exe = 'C:\Program Files\iManage\Work\iwl.exe';       Folder = 'Documents' },
    @{ Name = 'Expert Reports';      Exe = 'C:\Program Files (x86)\Aderant\Reports.exe';  Folder = 'Finance' },
    @{ Name = 'Adobe Acrobat Pro';   Exe = 'C:\Program Files\Adobe\Acrobat DC\Acrobat\Acrobat.exe'; Folder = 'Documents' }
)

$dg = Get-BrokerDesktopGroup -Name 'HL-Fee-Earners'
foreach ($a in $apps) {
    if (-not (Get-BrokerApplication -Name $a.Name -ErrorAction SilentlyContinue)) {
        New-BrokerApplication -Name $a.Name -CommandLineExecutable $a.Exe -DesktopGroup $dg -ApplicationFolder $a.Folder | Out-Null
        Write-Host "Published $($a.Name)"
    }
}

# Token for the REST calls below (Workspace icons) - same secure client
$tok = Invoke-RestMethod -Method Post -Uri "https://api.cloud.com/cctrustoauth2/$CustomerId/tokens/clients" `
    -Body @{ grant_type = 'client_credentials'; client_id = $ClientId; client_secret = $Secret }
$h = @{ Authorization = "CwsAuth Bearer=$($tok.access_token)"; 'Citrix-CustomerId' = $CustomerId }
Invoke-RestMethod -Uri 'https://api.cloud.com/cvad/manage/Applications?limit=100' -Headers $h | Select-Object -ExpandProperty Items | Format-Table Name, Enabled
