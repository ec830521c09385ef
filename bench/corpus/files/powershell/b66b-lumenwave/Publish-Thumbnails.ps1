<#
.SYNOPSIS
  Pushes regenerated poster thumbnails to NetStorage and purges them on Akamai.
.NOTES
  Runs on the Windows encode box (ENC-03) as a scheduled task under svc-encode.
  Requires: Install-Module Akamai.Netstorage, Akamai.Purge
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $TitleId,
    [string] $SourceDir = "D:\encode\out\posters",
    [string] $EdgeRCFile = "C:\svc\akamai\.edgerc",
    [string] $Section = "ccu"
)

$ErrorActionPreference = 'Stop'
Import-Module Akamai.Netstorage
Import-Module Akamai.Purge

# NetStorage HTTP API auth (upload account "lumen_posters"). The module wants an .nsrc;
# we build it at runtime so the file never lands on the share.
$NsrcPath = Join-Path $env:TEMP "lumen.nsrc"
@"
[default]
key=⟦b66b_akamai_netstorage_key:posters⟧
id=lumen_posters
group=lumen-vod
host=lumenwave-nsu.akamaihd.net
cpcode=918274
"@ | Set-Content -Path $NsrcPath -Encoding ascii

try {
    $files = Get-ChildItem -Path (Join-Path $SourceDir $TitleId) -Filter *.jpg
    foreach ($f in $files) {
        $remote = "/918274/posters/$TitleId/$($f.Name)"
        Write-Verbose "upload $remote"
        Write-NetstorageObject -LocalPath $f.FullName -RemotePath $remote -AuthFile $NsrcPath -Section default
    }
    $urls = $files | ForEach-Object { "https://img.lumenwave.tv/posters/$TitleId/$($_.Name)" }
    Invoke-AkamaiPurge -Method invalidate -Objects $urls -Network production -EdgeRCFile $EdgeRCFile -Section $Section
}
finally {
    Remove-Item $NsrcPath -ErrorAction SilentlyContinue
}
