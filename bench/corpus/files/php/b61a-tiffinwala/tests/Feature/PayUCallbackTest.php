<?php

namespace Tests\Feature;

use App\Services\PayU\HashGenerator;
use Tests\TestCase;

class PayUCallbackTest extends TestCase
{
    private HashGenerator $hasher;

    protected function setUp(): void
    {
        parent::setUp();
        config(['services.payu.merchant_key' => 'TESTKEY', 'services.payu.salt' => 'test-salt-not-real']);
        $this->hasher = new HashGenerator('TESTKEY', 'test-salt-not-real');
    }

    public function test_success_callback_marks_order_paid(): void
    {
        $resp = [
            'status' => 'success',
            'txnid' => 'TW-TEST-0001',
            'amount' => '249.00',
            'productinfo' => 'Rajma Chawal Thali',
            'firstname' => 'Test',
            'email' => 'test@example.com',
            'mihpayid' => '403993715531077182',
            'cardnum' => '512345XXXXXX2346',   // PayU test Mastercard 5123 4567 8901 2346
            'bank_ref_num' => '87d3b2a1-ce60-4e1a-9a4b-2b6f5b9e1d00',
        ];
        $resp['hash'] = hash('sha512', 'test-salt-not-real|success||||||||||' . "{$resp['email']}|{$resp['firstname']}|{$resp['productinfo']}|{$resp['amount']}|{$resp['txnid']}|TESTKEY");

        $this->post('/payu/success', $resp)->assertRedirect('/orders/TW-TEST-0001');
    }

    public function test_tampered_hash_is_rejected(): void
    {
        $this->post('/payu/success', ['status' => 'success', 'txnid' => 'TW-TEST-0002', 'hash' => str_repeat('0', 128)])
            ->assertStatus(400);
    }
}
