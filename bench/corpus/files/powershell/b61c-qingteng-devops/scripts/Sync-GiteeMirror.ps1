<#
.SYNOPSIS
  Windows 构建机上把 Unity 客户端仓库同步到 Gitee（外包美术组用）。
.NOTES
  计划任务每天 02:30 运行。作者: 李娜
#>
param(
    [string]$RepoPath = 'D:\build\qt-client',
    [string]$Branch   = 'develop'
)

$ErrorActionPreference = 'Stop'
$GiteeUser  = 'lina-qt'
$GiteeToken = '⟦b61c_gitee_pat:ps⟧'
$Remote     = "https://${GiteeUser}:${GiteeToken}@gitee.com/qingteng/qt-client.git"

Set-Location $RepoPath
git fetch origin $Branch
git checkout $Branch
git reset --hard "origin/$Branch"

# Gitee 单文件 100MB 限制，先检查 LFS
$big = git lfs ls-files --size | Where-Object { $_ -match '\((\d+(\.\d+)?) MB\)' -and [double]$Matches[1] -gt 100 }
if ($big) {
    Write-Warning "以下文件超过 100MB，Gitee 会拒绝：`n$big"
}

git push $Remote "${Branch}:${Branch}" --force
if ($LASTEXITCODE -ne 0) {
    Write-Error "push to gitee failed ($LASTEXITCODE)"
}
Write-Host "synced $Branch to gitee at $(Get-Date -Format s)"
