<?php

namespace Tests\Feature;

use App\Models\Order;
use App\Models\Product;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class CheckoutTest extends TestCase
{
    use RefreshDatabase;

    protected function setUp(): void
    {
        parent::setUp();

        config([
            'services.mollie.key' => 'test_dummydummydummydummydummydu',
            'services.stripe.secret' => 'sk_test_fake',
            'services.stripe.webhook.secret' => 'whsec_test_secret',
        ]);
    }

    public function test_guest_can_start_ideal_checkout(): void
    {
        Http::fake([
            'api.mollie.com/v2/payments' => Http::response([
                'resource' => 'payment',
                'id' => 'tr_WDqYK6vllg',
                'status' => 'open',
                '_links' => ['checkout' => ['href' => 'https://www.mollie.com/checkout/select-method/WDqYK6vllg']],
            ], 201),
        ]);

        $product = Product::factory()->create(['price' => 3495]);

        $response = $this->post('/checkout', [
            'items' => [['product_id' => $product->id, 'qty' => 1]],
            'method' => 'ideal',
            'email' => 'klant@example.com',
        ]);

        $response->assertRedirect('https://www.mollie.com/checkout/select-method/WDqYK6vllg');
        $this->assertDatabaseHas('orders', ['mollie_payment_id' => 'tr_WDqYK6vllg']);
    }

    public function test_stripe_webhook_rejects_bad_signature(): void
    {
        $this->postJson('/stripe/webhook', ['type' => 'payment_intent.succeeded'], [
            'Stripe-Signature' => '⟦b40b_stripe_sig_header⟧',
        ])->assertStatus(400);
    }

    /**
     * Runs against the shared Stripe *test* account used by the agency's CI.
     * Marked as integration; skipped unless STRIPE_INTEGRATION=1.
     */
    public function test_card_payment_against_stripe_test_mode(): void
    {
        if (! env('STRIPE_INTEGRATION')) {
            $this->markTestSkipped('integration only');
        }

        $stripe = new \Stripe\StripeClient('⟦stripe_secret_test⟧');
        $intent = $stripe->paymentIntents->create([
            'amount' => 2495,
            'currency' => 'eur',
            'payment_method' => 'pm_card_visa',
            'confirm' => true,
            'automatic_payment_methods' => ['enabled' => true, 'allow_redirects' => 'never'],
        ]);

        $this->assertSame('succeeded', $intent->status);
    }
}
