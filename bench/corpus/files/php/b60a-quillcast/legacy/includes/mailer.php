<?php
/**
 * Legacy mailer for the v1 "Quillcast Classic" publications (still ~400 active newsletters).
 * New code uses the Rails app; do not add features here.
 */

require_once __DIR__ . '/../vendor/autoload.php';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\SMTP;
use PHPMailer\PHPMailer\Exception;

define('QC_SMTP_HOST', 'mail.smtp2go.com');
define('QC_SMTP_PORT', 2525);
define('QC_SMTP_USER', 'classic@quillcast.io');
define('QC_SMTP_PASS', 'Quill-Classic-2021');

// SMTP2GO REST key, used by bounce_poll.php to fetch bounces/spam reports
define('QC_SMTP2GO_API_KEY', '⟦b40b_smtp2go_api_key:classic⟧');

function qc_mailer(): PHPMailer
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = QC_SMTP_HOST;
    $mail->Port = QC_SMTP_PORT;
    $mail->SMTPAuth = true;
    $mail->Username = QC_SMTP_USER;
    $mail->Password = QC_SMTP_PASS;
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->CharSet = 'UTF-8';
    $mail->XMailer = ' ';
    if (getenv('QC_SMTP_DEBUG')) {
        $mail->SMTPDebug = SMTP::DEBUG_SERVER;
    }
    return $mail;
}

function qc_send_issue(array $issue, array $subscriber): bool
{
    $mail = qc_mailer();
    try {
        $mail->setFrom($issue['from_email'], $issue['from_name']);
        $mail->addAddress($subscriber['email'], $subscriber['name'] ?? '');
        $mail->addCustomHeader('List-Unsubscribe', '<' . qc_unsub_url($subscriber) . '>');
        $mail->addCustomHeader('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click');
        $mail->Subject = $issue['subject'];
        $mail->isHTML(true);
        $mail->Body = $issue['html'];
        $mail->AltBody = $issue['text'];
        return $mail->send();
    } catch (Exception $e) {
        error_log('qc_send_issue failed: ' . $mail->ErrorInfo);
        return false;
    }
}

function qc_unsub_url(array $subscriber): string
{
    $sig = hash_hmac('sha256', $subscriber['id'], getenv('QC_UNSUB_SECRET') ?: '');
    return 'https://classic.quillcast.io/unsubscribe/' . $subscriber['id'] . '/' . $sig;
}
