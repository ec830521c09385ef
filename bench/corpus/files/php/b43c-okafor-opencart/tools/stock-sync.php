<?php
/**
 * Push stock levels from the warehouse spreadsheet (Dropbox CSV) into OpenCart via the
 * built-in API user "warehouse-sync" (System > Users > API, IP 185.42.117.9 allowed).
 *
 * cron: 15 * * * * php /home/ibadansp/tools/stock-sync.php >> /home/ibadansp/logs/stock.log 2>&1
 */

$store    = 'https://shop.ibadanspices.co.uk/index.php';
$apiUser  = 'warehouse-sync';
$apiKey   = '⟦b43c_opencart_api_key:wh⟧';
$csvUrl   = 'https://www.dropbox.com/scl/fi/7q2w1e/stock.csv?rlkey=' . getenv('DROPBOX_RLKEY') . '&dl=1';

function post(string $url, array $fields, ?string $cookieJar = null): array
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query($fields),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_COOKIEJAR => $cookieJar,
        CURLOPT_COOKIEFILE => $cookieJar,
    ]);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $out, true) ?? [];
}

$jar = tempnam(sys_get_temp_dir(), 'oc');
$login = post($store . '?route=api/account/login', ['username' => $apiUser, 'key' => $apiKey], $jar);
if (empty($login['api_token'])) {
    fwrite(STDERR, date('c') . " login failed: " . json_encode($login) . PHP_EOL);
    exit(1);
}
$token = $login['api_token'];

$rows = array_map('str_getcsv', file($csvUrl));
array_shift($rows); // header
foreach ($rows as [$sku, $qty]) {
    $res = post($store . '?route=api/sale/product.stock&api_token=' . $token, ['sku' => $sku, 'quantity' => (int) $qty], $jar);
    echo date('c'), " {$sku} => {$qty} ", $res['success'] ?? ($res['error'] ?? 'unknown'), PHP_EOL;
}
unlink($jar);
