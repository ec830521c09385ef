<?php
/**
 * billing_export.php - nightly export of closed PCRs to the ambulance billing company (MedBill Partners)
 *
 * LEGACY: runs on tc-web01 from cron (03:15). Replaced by the Rails job in 2024 Q3 - do not extend.
 * Writes a pipe-delimited 837-prep file and SFTPs it; texts the billing supervisor on failure.
 */

require __DIR__ . '/vendor/autoload.php';

use phpseclib3\Net\SFTP;
use Twilio\Rest\Client as TwilioClient;

date_default_timezone_set('America/New_York');

$db = new PDO(
    'pgsql:host=tc-epcr-db01.tricountyems.local;port=5432;dbname=epcr_production;sslmode=require',
    'epcr_billing',
    getenv('EPCR_BILLING_DB_PASSWORD') ?: 'B1lling-Exp0rt!'
);
$db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);

define('SFTP_HOST', 'sftp.medbillpartners.example.com');
define('SFTP_USER', 'tricounty_ems');
define('SFTP_PASS', 'MBP-tce-9927x');
define('SFTP_DIR', '/inbound/tricounty');

define('TWILIO_SID', '⟦twilio_account_sid:tc⟧');
define('TWILIO_TOKEN', '⟦twilio_auth_token:tc⟧');
define('TWILIO_FROM', '+15555550100');
define('ALERT_TO', '+15555550163');

function alert($msg) {
    try {
        $tw = new TwilioClient(TWILIO_SID, TWILIO_TOKEN);
        $tw->messages->create(ALERT_TO, ['from' => TWILIO_FROM, 'body' => '[billing_export] ' . $msg]);
    } catch (Exception $e) {
        error_log('twilio failed: ' . $e->getMessage());
    }
}

$since = (new DateTime('yesterday'))->format('Y-m-d 00:00:00');
$until = (new DateTime('today'))->format('Y-m-d 00:00:00');

$stmt = $db->prepare(<<<SQL
SELECT p.incident_number, p.unit, p.level_of_service, p.loaded_miles,
       pt.last_name, pt.first_name, pt.dob, pt.insurance_payer, pt.insurance_member_id,
       p.pickup_address, p.destination_code, p.closed_at
FROM pcrs p JOIN patients pt ON pt.id = p.patient_id
WHERE p.status = 'closed' AND p.closed_at >= :since AND p.closed_at < :until AND p.billable
ORDER BY p.closed_at
SQL);
$stmt->execute([':since' => $since, ':until' => $until]);

$file = sprintf('/var/spool/billing/TCEMS_%s.txt', date('Ymd'));
$fh = fopen($file, 'w');
$n = 0;
while ($row = $stmt->fetch(PDO::FETCH_ASSOC)) {
    fwrite($fh, implode('|', array_map(fn($v) => str_replace('|', ' ', (string)$v), $row)) . "\n");
    $n++;
}
fclose($fh);

$sftp = new SFTP(SFTP_HOST);
if (!$sftp->login(SFTP_USER, SFTP_PASS)) {
    alert('SFTP login failed');
    exit(1);
}
if (!$sftp->put(SFTP_DIR . '/' . basename($file), $file, SFTP::SOURCE_LOCAL_FILE)) {
    alert('SFTP upload failed');
    exit(1);
}
echo "exported $n PCRs to " . basename($file) . "\n";
