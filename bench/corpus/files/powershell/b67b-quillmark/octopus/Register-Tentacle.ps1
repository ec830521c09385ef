# Register-Tentacle.ps1 - registers a listening Tentacle on a new app server with Octopus.
# Run elevated on the target. Roles: quillmark-web, quillmark-worker.
param(
    [string] $Environment = 'Production',
    [string[]] $Roles = @('quillmark-web'),
    [string] $ServerUrl = 'https://deploy.quillmark.co.uk',
    [string] $ApiKey = '⟦b39a_octopus_api_key:tentacle⟧',
    [string] $ServerThumbprint = '⟦b67b_octopus_thumbprint:server⟧'
)

$tentacle = 'C:\Program Files\Octopus Deploy\Tentacle\Tentacle.exe'
$instance = 'Tentacle'
$home = 'C:\Octopus'

& $tentacle create-instance --instance $instance --config "$home\Tentacle.config" --console
& $tentacle new-certificate --instance $instance --if-blank --console
& $tentacle configure --instance $instance --reset-trust --console
& $tentacle configure --instance $instance --home $home --app "$home\Applications" --port 10933 --console
& $tentacle configure --instance $instance --trust $ServerThumbprint --console
netsh advfirewall firewall add rule "name=Octopus Deploy Tentacle" dir=in action=allow protocol=TCP localport=10933

$roleArgs = $Roles | ForEach-Object { '--role', $_ }
& $tentacle register-with --instance $instance --server $ServerUrl --apiKey $ApiKey `
    --environment $Environment @roleArgs --comms-style TentaclePassive --space 'Default' --console
& $tentacle service --instance $instance --install --start --console
