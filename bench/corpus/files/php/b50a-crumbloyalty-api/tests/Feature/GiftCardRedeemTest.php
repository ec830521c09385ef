<?php

namespace Tests\Feature;

use App\Models\Merchant;
use App\Services\GivexClient;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class GiftCardRedeemTest extends TestCase
{
    use RefreshDatabase;

    protected function setUp(): void
    {
        parent::setUp();

        config([
            'services.givex.user_id' => '00000',
            'services.givex.password' => 'test-password',
            'services.punchh.secret' => str_repeat('0', 64),
            'services.clover.ecomm_private_token' => '00000000-0000-0000-0000-000000000000',
        ]);
    }

    public function test_redeem_deducts_balance(): void
    {
        Http::fake([
            'dc-us1.givex.com:50104/*' => Http::response([
                'jsonrpc' => '2.0',
                'id' => 1,
                'result' => ['0', '1234', '0', '25.00', '11.75', 'USD', 'txn-000001'],
            ]),
        ]);

        $merchant = Merchant::factory()->create(['slug' => 'flourish-bakehouse-main']);

        $res = $this->actingAs($merchant->owner)->postJson("/api/merchants/{$merchant->id}/gift-cards/redeem", [
            // Givex published test card numbers (certification kit), not real cards
            'card_number' => '603628123456789012',
            'amount' => '13.25',
        ]);

        $res->assertOk()->assertJson(['remaining_balance' => '11.75']);
        Http::assertSent(fn ($req) => $req['params'][1] === 'test-password');
    }

    public function test_declined_card_is_reported(): void
    {
        Http::fake(['*' => Http::response(['jsonrpc' => '2.0', 'id' => 1, 'result' => ['0', '1234', '2', 'Card not active']])]);

        $merchant = Merchant::factory()->create();
        $this->actingAs($merchant->owner)->postJson("/api/merchants/{$merchant->id}/gift-cards/redeem", [
            'card_number' => '603628000000000000',
            'amount' => '5.00',
        ])->assertStatus(422)->assertJsonPath('error', 'Card not active');
    }

    public function test_stripe_test_card_is_rejected_for_gift_card_purchase(): void
    {
        $merchant = Merchant::factory()->create();
        $this->actingAs($merchant->owner)->postJson("/api/merchants/{$merchant->id}/gift-cards", [
            'amount' => '50.00',
            'payment' => ['number' => '4242424242424242', 'exp' => '12/34', 'cvc' => '123'],
        ])->assertStatus(422);
    }
}
