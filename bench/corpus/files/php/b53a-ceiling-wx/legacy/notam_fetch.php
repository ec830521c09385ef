<?php
/**
 * notam_fetch.php -- cron job from the old dispatch site (2019). Still runs on ops-web-01 every
 * 15 minutes and fills the `notam_cache` table the crew tablets read.
 *
 * crontab: 3,18,33,48 * * * * /usr/bin/php /var/www/dispatch/legacy/notam_fetch.php >> /var/log/notam_fetch.log 2>&1
 */

define('FAA_NOTAM_URL', 'https://external-api.faa.gov/notamapi/v1/notams');
define('FAA_CLIENT_ID', '⟦b53a_faa_client_id:php⟧');
define('FAA_CLIENT_SECRET', '⟦b53a_faa_client_secret:php⟧');

$dbHost = 'ops-db.ceiling.internal';
$dbName = 'dispatch';
$dbUser = 'dispatch_cron';
$dbPass = 'Ce1ling-Notam!19';

$airports = ['KBED', 'KPSM', 'KHPN', 'KTEB', 'KACK', 'KMVY', 'KBTV'];

$pdo = new PDO("mysql:host=$dbHost;dbname=$dbName;charset=utf8mb4", $dbUser, $dbPass, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$ins = $pdo->prepare(
    'INSERT INTO notam_cache (notam_id, location, classification, effective_start, effective_end, text, fetched_at)
     VALUES (:id, :loc, :cls, :start, :end, :text, NOW())
     ON DUPLICATE KEY UPDATE text = VALUES(text), effective_end = VALUES(effective_end), fetched_at = NOW()'
);

foreach ($airports as $icao) {
    $url = FAA_NOTAM_URL . '?' . http_build_query([
        'icaoLocation' => $icao,
        'responseFormat' => 'geoJson',
        'pageSize' => 1000,
    ]);
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 20,
        CURLOPT_HTTPHEADER => [
            'client_id: ' . FAA_CLIENT_ID,
            'client_secret: ' . FAA_CLIENT_SECRET,
        ],
    ]);
    $body = curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);

    if ($code !== 200) {
        fwrite(STDERR, date('c') . " $icao HTTP $code\n");
        continue;
    }
    $json = json_decode($body, true);
    foreach ($json['items'] ?? [] as $item) {
        $n = $item['properties']['coreNOTAMData']['notam'];
        $ins->execute([
            ':id' => $n['id'],
            ':loc' => $n['location'],
            ':cls' => $n['classification'],
            ':start' => $n['effectiveStart'],
            ':end' => $n['effectiveEnd'] ?? null,
            ':text' => $n['text'],
        ]);
    }
    echo date('c') . " $icao " . count($json['items'] ?? []) . " notams\n";
}
