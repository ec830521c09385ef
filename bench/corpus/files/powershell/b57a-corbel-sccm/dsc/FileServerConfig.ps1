# DSC configuration for the district file servers (CCS-FS01, CCS-FS02).
# Compiled on ccs-mgmt01 and pushed with Start-DscConfiguration (no pull server).
# NOTE: PSDscAllowPlainTextPassword is on because we never set up the DSC encryption cert. The MOFs in
#       .\output contain the service account password in clear text -- don't copy them off the mgmt box.

Configuration CCSFileServer {
    param(
        [Parameter(Mandatory)][pscredential]$ShareAdminCredential
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName ComputerManagementDsc
    Import-DscResource -ModuleName StorageDsc

    Node $AllNodes.NodeName {
        WindowsFeature FSResourceManager {
            Name   = 'FS-Resource-Manager'
            Ensure = 'Present'
        }

        WindowsFeature DedupFeature {
            Name   = 'FS-Data-Deduplication'
            Ensure = 'Present'
        }

        File StaffShareRoot {
            DestinationPath = 'E:\Shares\Staff'
            Type            = 'Directory'
            Ensure          = 'Present'
        }

        ScheduledTask ShadowCopyNoon {
            TaskName          = 'CCS Shadow Copy E: 12:00'
            ActionExecutable  = 'C:\Windows\System32\vssadmin.exe'
            ActionArguments   = 'create shadow /for=E:'
            ScheduleType      = 'Daily'
            StartTime         = '12:00:00'
            ExecuteAsCredential = $ShareAdminCredential
            Ensure            = 'Present'
        }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{ NodeName = '*'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }
        @{ NodeName = 'CCS-FS01' }
        @{ NodeName = 'CCS-FS02' }
    )
}

$cred = [pscredential]::new('CORBEL\svc_fsadmin', (ConvertTo-SecureString 'Fs-Admin-Corbel22' -AsPlainText -Force))
CCSFileServer -ShareAdminCredential $cred -ConfigurationData $ConfigData -OutputPath .\output
