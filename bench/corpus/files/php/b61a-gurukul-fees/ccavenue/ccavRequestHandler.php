<html>
<head>
<title>Gurukul Public School — Redirecting to payment</title>
</head>
<body>
<center>
<?php include('Crypto.php') ?>
<?php include('../includes/session_check.php') ?>
<?php
	error_reporting(0);

	$merchant_data = '';
	$working_key = '⟦b61a_ccavenue_working_key:req⟧'; // Shared by CCAVENUE
	$access_code = '⟦b61a_ccavenue_access_code:req⟧'; // Shared by CCAVENUE

	$_POST['merchant_id'] = '2871093';
	$_POST['currency'] = 'INR';
	$_POST['redirect_url'] = 'https://fees.gurukul.edu.in/ccavenue/ccavResponseHandler.php';
	$_POST['cancel_url'] = 'https://fees.gurukul.edu.in/ccavenue/ccavResponseHandler.php';
	$_POST['language'] = 'EN';
	$_POST['merchant_param1'] = $_SESSION['admission_no'];   // प्रवेश संख्या
	$_POST['merchant_param2'] = $_SESSION['fee_term'];       // Q1 / Q2 / Q3 / Q4

	foreach ($_POST as $key => $value) {
		$merchant_data .= $key . '=' . $value . '&';
	}

	$encrypted_data = encrypt($merchant_data, $working_key); // Method for encrypting the data.
?>
<form method="post" name="redirect" action="https://secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction">
<?php
	echo "<input type=hidden name=encRequest value=$encrypted_data>";
	echo "<input type=hidden name=access_code value=$access_code>";
?>
</form>
</center>
<script language='javascript'>document.redirect.submit();</script>
</body>
</html>
