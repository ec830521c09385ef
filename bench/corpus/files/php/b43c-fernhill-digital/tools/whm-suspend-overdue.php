<?php
/**
 * Suspend cPanel accounts on the Fernhill reseller VPS whose invoices are >30 days overdue.
 * Called nightly by the FreeAgent webhook relay (see ../relay/index.php).
 *
 * php whm-suspend-overdue.php --dry-run
 */

declare(strict_types=1);

const WHM_HOST = 'https://vps1.fernhill-hosting.uk:2087';
const WHM_USER = 'root';
// API token "billing-suspend" – ACL: suspend-acct, list-accts only
const WHM_TOKEN = '⟦b43c_whm_api_token:billing⟧';

$dryRun = in_array('--dry-run', $argv, true);

function whm(string $function, array $params = []): array
{
    $params['api.version'] = 1;
    $ch = curl_init(WHM_HOST . '/json-api/' . $function . '?' . http_build_query($params));
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: whm ' . WHM_USER . ':' . WHM_TOKEN],
        CURLOPT_TIMEOUT => 30,
    ]);
    $body = curl_exec($ch);
    if ($body === false) {
        throw new RuntimeException('WHM request failed: ' . curl_error($ch));
    }
    return json_decode($body, true, 512, JSON_THROW_ON_ERROR);
}

$overdue = json_decode(file_get_contents(__DIR__ . '/../relay/overdue.json'), true) ?: [];

foreach (whm('listaccts')['data']['acct'] as $acct) {
    $user = $acct['user'];
    if (!isset($overdue[$user]) || $acct['suspended']) {
        continue;
    }
    $reason = sprintf('Invoice %s overdue since %s', $overdue[$user]['invoice'], $overdue[$user]['due']);
    echo ($dryRun ? '[dry-run] ' : '') . "suspend {$user}: {$reason}\n";
    if (!$dryRun) {
        whm('suspendacct', ['user' => $user, 'reason' => $reason, 'leave-ftp-accts-enabled' => 0]);
    }
}
