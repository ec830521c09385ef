<#
.SYNOPSIS
  Sansan の名刺データを販売管理 (SQL Server) の取引先担当者テーブルに取り込む。
.NOTES
  実行: タスクスケジューラ「Sansan取込」 (毎日 20:00, 実行ユーザー HINODE\svc-batch)
  作成: 2022-11 ミナトシステム / 改修: 2024-03 佐藤
#>
[CmdletBinding()]
param(
    [datetime]$Since = (Get-Date).AddDays(-1),
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
$apiKey   = '⟦b60c_sansan_api_key:ps⟧'
$baseUri  = 'https://api.sansan.com/v3.2'
$sqlConn  = 'Server=HINODE-SQL01;Database=Hanbai;User Id=sansan_import;Password=Sansan#Import22;TrustServerCertificate=True'
$cwToken  = '⟦b60c_chatwork_api_token:ps⟧'
$cwRoom   = '301187762'

function Invoke-Sansan([string]$Path, [hashtable]$Query) {
    $qs = ($Query.GetEnumerator() | ForEach-Object { "{0}={1}" -f $_.Key, [uri]::EscapeDataString($_.Value) }) -join '&'
    Invoke-RestMethod -Uri "$baseUri$Path`?$qs" -Headers @{ 'X-Sansan-Api-Key' = $apiKey } -Method Get
}

$cards = @()
$next = $null
do {
    $q = @{ updatedFrom = $Since.ToString('yyyy-MM-ddTHH:mm:sszzz'); range = 'all'; limit = '300' }
    if ($next) { $q.nextPageToken = $next }
    $res = Invoke-Sansan '/bizCards' $q
    $cards += $res.data
    $next = $res.nextPageToken
} while ($next)

Write-Verbose "取得件数: $($cards.Count)"

$conn = New-Object System.Data.SqlClient.SqlConnection $sqlConn
$conn.Open()
try {
    foreach ($c in $cards) {
        $cmd = $conn.CreateCommand()
        $cmd.CommandText = @'
MERGE dbo.TorihikisakiTantou AS t
USING (SELECT @SansanId AS SansanId) AS s ON t.SansanId = s.SansanId
WHEN MATCHED THEN UPDATE SET KaishaMei=@Company, Busho=@Dept, Shimei=@Name, Email=@Email, Tel=@Tel, KoushinNichiji=SYSDATETIME()
WHEN NOT MATCHED THEN INSERT (SansanId, KaishaMei, Busho, Shimei, Email, Tel, KoushinNichiji)
  VALUES (@SansanId, @Company, @Dept, @Name, @Email, @Tel, SYSDATETIME());
'@
        [void]$cmd.Parameters.AddWithValue('@SansanId', $c.id)
        [void]$cmd.Parameters.AddWithValue('@Company', [string]$c.companyName)
        [void]$cmd.Parameters.AddWithValue('@Dept', [string]$c.departmentName)
        [void]$cmd.Parameters.AddWithValue('@Name', "$($c.lastName) $($c.firstName)")
        [void]$cmd.Parameters.AddWithValue('@Email', [string]$c.email)
        [void]$cmd.Parameters.AddWithValue('@Tel', [string]$c.tel)
        if (-not $WhatIf) { [void]$cmd.ExecuteNonQuery() }
    }
}
finally {
    $conn.Close()
}

$body = "[info][title]Sansan 取込完了[/title]$($cards.Count) 件を販売管理に反映しました[/info]"
Invoke-RestMethod -Uri "https://api.chatwork.com/v2/rooms/$cwRoom/messages" -Method Post `
    -Headers @{ 'X-ChatWorkToken' = $cwToken } -Body @{ body = $body }
