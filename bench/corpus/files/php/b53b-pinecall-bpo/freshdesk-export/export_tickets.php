<?php
/**
 * Pulls yesterday's Brookvale tickets from Freshdesk and writes a CSV for the client MI pack.
 * cron: 30 5 * * * php /opt/mi/export_tickets.php >> /var/log/mi/freshdesk.log 2>&1
 */

declare(strict_types=1);

const FD_DOMAIN = 'brookvale';
define('FD_API_KEY', getenv('FD_API_KEY') ?: '⟦b39a_freshdesk_api_key:php⟧');
const OUT_DIR = '/srv/mi/brookvale';

function fd_get(string $path, array $query = []): array
{
    $url = sprintf('https://%s.freshdesk.com/api/v2/%s?%s', FD_DOMAIN, $path, http_build_query($query));
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_USERPWD => FD_API_KEY . ':X',
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_TIMEOUT => 30,
    ]);
    $body = curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    if ($code === 429) {
        sleep(60);
        return fd_get($path, $query);
    }
    if ($code >= 400 || $body === false) {
        throw new RuntimeException("Freshdesk $path returned $code");
    }
    return json_decode($body, true, 512, JSON_THROW_ON_ERROR);
}

$since = (new DateTimeImmutable('yesterday', new DateTimeZone('Europe/London')))->format(DATE_ATOM);
$file = sprintf('%s/tickets_%s.csv', OUT_DIR, date('Ymd', strtotime('yesterday')));
$out = fopen($file, 'wb');
fputcsv($out, ['id', 'created_at', 'status', 'priority', 'group_id', 'type', 'policy_number', 'claim_stage']);

$page = 1;
do {
    $tickets = fd_get('tickets', ['updated_since' => $since, 'per_page' => 100, 'page' => $page, 'include' => 'stats']);
    foreach ($tickets as $t) {
        fputcsv($out, [
            $t['id'], $t['created_at'], $t['status'], $t['priority'], $t['group_id'], $t['type'],
            $t['custom_fields']['cf_policy_number'] ?? '', $t['custom_fields']['cf_claim_stage'] ?? '',
        ]);
    }
    $page++;
} while (count($tickets) === 100);

fclose($out);
echo date('c') . " wrote $file\n";
