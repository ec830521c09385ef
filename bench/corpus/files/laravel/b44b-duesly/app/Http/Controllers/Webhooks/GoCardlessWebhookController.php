<?php

namespace App\Http\Controllers\Webhooks;

use App\Http\Controllers\Controller;
use App\Jobs\ProcessGoCardlessEvent;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;

class GoCardlessWebhookController extends Controller
{
    public function __invoke(Request $request): Response
    {
        $body = $request->getContent();
        $provided = (string) $request->header('Webhook-Signature');
        $secret = (string) config('gocardless.webhook_secret');

        $expected = hash_hmac('sha256', $body, $secret);

        if (! hash_equals($expected, $provided)) {
            Log::warning('gocardless webhook: bad signature', [
                'provided' => $provided,
                'ip' => $request->ip(),
            ]);

            return response('', 498);
        }

        foreach (json_decode($body, true)['events'] ?? [] as $event) {
            ProcessGoCardlessEvent::dispatch($event)->onQueue('webhooks');
        }

        return response('', 204);
    }
}
