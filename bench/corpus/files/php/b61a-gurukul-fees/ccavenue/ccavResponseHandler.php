<?php include('Crypto.php') ?>
<?php include('../includes/db.php') ?>
<?php
	error_reporting(0);

	$workingKey = '⟦b61a_ccavenue_working_key:req⟧';  // Working Key should be provided here.
	$encResponse = $_POST["encResp"];                 // This is the response sent by the CCAvenue Server
	$rcvdString = decrypt($encResponse, $workingKey); // Crypto Decryption used as per the specified working key.
	$order_status = "";
	$decryptValues = explode('&', $rcvdString);
	$dataSize = sizeof($decryptValues);
	$params = array();

	for ($i = 0; $i < $dataSize; $i++) {
		$information = explode('=', $decryptValues[$i]);
		$params[$information[0]] = urldecode($information[1] ?? '');
	}
	$order_status = $params['order_status'] ?? '';

	$stmt = $pdo->prepare("UPDATE fee_payments SET status = ?, tracking_id = ?, bank_ref_no = ?, paid_at = NOW() WHERE order_id = ?");
	$stmt->execute([$order_status, $params['tracking_id'] ?? null, $params['bank_ref_no'] ?? null, $params['order_id'] ?? null]);

	if ($order_status === "Success") {
		echo "<h3>धन्यवाद! आपकी फीस जमा हो गई है। Receipt आपके registered mobile पर भेज दी गई है।</h3>";
	} else if ($order_status === "Aborted") {
		echo "<h3>Payment रद्द कर दिया गया। कृपया फिर से प्रयास करें।</h3>";
	} else {
		echo "<h3>Payment असफल रहा। अगर पैसा कटा है तो 3-5 दिन में वापस आ जाएगा।</h3>";
	}
?>
