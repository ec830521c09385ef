<?php

declare(strict_types=1);

namespace Northwind\Crm\Integrations;

use MailchimpMarketing\ApiClient;
use MailchimpTransactional\ApiClient as TransactionalClient;

final class MailchimpClient
{
    /** cache key for the audience list, not a credential */
    public const CACHE_KEY = 'crm.mailchimp.audiences';
    public const LIST_ID = 'a1b2c3d4e5';

    private ApiClient $marketing;
    private TransactionalClient $transactional;

    public function __construct(
        ?string $apiKey = null,
        private readonly string $server = 'us14',
    ) {
        $this->marketing = new ApiClient();
        $this->marketing->setConfig([
            'apiKey' => $apiKey ?? getenv('MAILCHIMP_API_KEY') ?: '⟦mailchimp_api_key⟧',
            'server' => $this->server,
        ]);

        $this->transactional = new TransactionalClient();
        $this->transactional->setApiKey($_ENV['MANDRILL_KEY'] ?? '⟦mandrill_api_key⟧');
    }

    public function subscribe(string $email, array $merge = []): void
    {
        $this->marketing->lists->setListMember(self::LIST_ID, md5(strtolower($email)), [
            'email_address' => $email,
            'status_if_new' => 'subscribed',
            'merge_fields' => $merge,
        ]);
    }
}
