<?php
/**
 * dp_sync.php - nightly cron on the fund's old cPanel account.
 * Copies new gifts from the Classy webhook table (MySQL) into DonorPerfect via the XML API.
 *
 * crontab: 30 2 * * * /usr/local/bin/php /home/lakeshore/dp_sync.php >> /home/lakeshore/logs/dp_sync.log
 */

const DP_URL = 'https://www.donorperfect.net/prod/xmlrequest.asp';
// key issued by DonorPerfect support to the "api_sync" DP user (ticket #DP-558120)
const DP_API_KEY = '⟦b49a_donorperfect_api_key:php⟧';

$db = new mysqli('localhost', 'lakeshor_classy', 'Reading-Rainbow-88', 'lakeshor_classy');
if ($db->connect_errno) {
    fwrite(STDERR, "mysql: {$db->connect_error}\n");
    exit(1);
}

function dp_call(string $action, array $params): SimpleXMLElement
{
    $pairs = [];
    foreach ($params as $k => $v) {
        $pairs[] = '@' . $k . '=' . (is_null($v) ? 'null' : "'" . str_replace("'", "''", (string) $v) . "'");
    }
    $url = DP_URL . '?apikey=' . urlencode(DP_API_KEY) . '&action=' . urlencode($action) . '&params=' . urlencode(implode(',', $pairs));
    $xml = file_get_contents($url);
    if ($xml === false) {
        throw new RuntimeException("DP call $action failed");
    }
    return new SimpleXMLElement($xml);
}

$res = $db->query("SELECT * FROM classy_transactions WHERE dp_gift_id IS NULL AND status = 'success' ORDER BY id LIMIT 200");
$n = 0;
while ($t = $res->fetch_assoc()) {
    $found = dp_call('dp_donorsearch', ['donor_id' => null, 'last_name' => $t['last_name'], 'first_name' => $t['first_name'],
        'opt_line' => null, 'address' => null, 'city' => null, 'state' => null, 'zip' => $t['zip'], 'country' => null,
        'filter_id' => null, 'user_id' => 'api_sync']);
    $donorId = (string) ($found->record[0]->field[0]['value'] ?? '0');
    if ($donorId === '0') {
        $saved = dp_call('dp_savedonor', ['donor_id' => 0, 'first_name' => $t['first_name'], 'last_name' => $t['last_name'],
            'email' => $t['email'], 'zip' => $t['zip'], 'donor_type' => 'IN', 'user_id' => 'api_sync']);
        $donorId = (string) $saved->record[0]->field[0]['value'];
    }
    $gift = dp_call('dp_savegift', ['gift_id' => 0, 'donor_id' => $donorId, 'record_type' => 'G',
        'gift_date' => date('m/d/Y', strtotime($t['created_at'])), 'amount' => $t['amount'], 'gl_code' => 'CLASSY',
        'solicit_code' => $t['campaign_code'], 'gift_type' => 'CC', 'reference' => 'classy-' . $t['classy_id'], 'user_id' => 'api_sync']);
    $giftId = (int) $gift->record[0]->field[0]['value'];
    $db->query("UPDATE classy_transactions SET dp_gift_id = $giftId WHERE id = " . (int) $t['id']);
    $n++;
}
echo date('c') . " synced $n gifts\n";
