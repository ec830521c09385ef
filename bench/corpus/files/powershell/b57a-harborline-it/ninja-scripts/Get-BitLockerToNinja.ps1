<#
    NinjaOne script: "HL - BitLocker status + recovery key to secure field"
    Run as: System. Writes to the Secure custom field hlBitLockerRecovery (write-only from scripts,
    readable only by technicians with the "Secure fields" permission).

    Nothing sensitive is printed to the activity log: the key goes straight to the secure field.
#>
$ErrorActionPreference = 'Stop'

$vol = Get-BitLockerVolume -MountPoint $env:SystemDrive
$status = '{0} / {1} / {2}%' -f $vol.VolumeStatus, $vol.ProtectionStatus, $vol.EncryptionPercentage
Ninja-Property-Set hlBitLockerStatus $status

$rp = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword' | Select-Object -First 1
if (-not $rp) {
    if ($vol.ProtectionStatus -eq 'On') {
        Add-BitLockerKeyProtector -MountPoint $env:SystemDrive -RecoveryPasswordProtector | Out-Null
        $vol = Get-BitLockerVolume -MountPoint $env:SystemDrive
        $rp = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword' | Select-Object -First 1
    } else {
        Write-Output "BitLocker not enabled ($status)"
        exit 0
    }
}

# Also escrow to Entra ID / AD if the device is joined
try { BackupToAAD-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId $rp.KeyProtectorId | Out-Null } catch { }

Ninja-Property-Set hlBitLockerKeyId $rp.KeyProtectorId
$rp.RecoveryPassword | Ninja-Property-Set-Piped hlBitLockerRecovery
Write-Output "Escrowed protector $($rp.KeyProtectorId) -- status $status"
