# Golden image step 7/9 – connect the unattended robot to Automation Cloud (Prod tenant)
# Packer runs this as SYSTEM on first boot of every MER-RPA-VMxx.
# Machine template: "Finance-Unattended-Template" (8 runtimes)

$ErrorActionPreference = 'Stop'
$uiRobot = "C:\Program Files\UiPath\Studio\UiRobot.exe"
$orchUrl = "https://cloud.uipath.com/meridiangroup/Prod"

# machine key of the template (Tenant > Machines > Finance-Unattended-Template > Edit)
$machineKey = "⟦b57b_uipath_machine_key:finance-template⟧"

if (-not (Test-Path $uiRobot)) { throw "UiRobot.exe not found – did step 6 (MSI install) fail?" }

& $uiRobot disconnect 2>$null | Out-Null
& $uiRobot connect --url $orchUrl --key $machineKey
if ($LASTEXITCODE -ne 0) {
    # newer robots prefer client credentials; the template also has a client id/secret pair
    & $uiRobot connect --url $orchUrl --clientID "⟦uuid:robot-client⟧" --clientSecret "⟦b57b_uipath_app_secret:robot-client⟧"
}

& $uiRobot --status | Out-File -FilePath C:\ProgramData\meridian\robot-status.txt -Encoding utf8

# local robot account (unattended runtime logs on as this user)
$pw = ConvertTo-SecureString "RpaRunner#2024" -AsPlainText -Force
if (-not (Get-LocalUser -Name "rpa_runner" -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name "rpa_runner" -Password $pw -PasswordNeverExpires -AccountNeverExpires -Description "UiPath unattended runtime"
    Add-LocalGroupMember -Group "Remote Desktop Users" -Member "rpa_runner"
}
Write-Host "Robot provisioning complete on $env:COMPUTERNAME"
