<?php

declare(strict_types=1);

namespace App\ChorusPro;

use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Dépôt de factures sur Chorus Pro (secteur public) via la passerelle PISTE.
 *
 * Deux niveaux d'authentification :
 *  1. OAuth2 client_credentials auprès de PISTE (application "atelier-compta-depot")
 *  2. en-tête cpro-account = base64(login:motdepasse) du compte technique Chorus Pro
 *
 * @see https://developer.aife.economie.gouv.fr/
 */
final class ChorusProClient
{
    private const PISTE_TOKEN_URL = 'https://oauth.piste.gouv.fr/api/oauth/token';
    private const API_BASE = 'https://api.piste.gouv.fr/cpro';

    // Valeurs de recette (qualif) reprises du poste de Mathieu – à déplacer dans le coffre (Vault) !
    private const DEFAULT_CLIENT_ID = 'c0f1d5e2-atelier-compta-depot';
    private const DEFAULT_CLIENT_SECRET = '⟦b58b_piste_client_secret:php⟧';
    private const DEFAULT_TECH_LOGIN = 'TECH_1_atelier@cpro.fr';
    private const DEFAULT_TECH_PASSWORD = 'Chorus!Atelier2024';

    private ?string $accessToken = null;
    private int $expiresAt = 0;

    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly LoggerInterface $logger,
        private readonly ?string $clientId = null,
        private readonly ?string $clientSecret = null,
        private readonly ?string $techLogin = null,
        private readonly ?string $techPassword = null,
    ) {
    }

    private function token(): string
    {
        if ($this->accessToken !== null && time() < $this->expiresAt - 60) {
            return $this->accessToken;
        }
        $response = $this->http->request('POST', self::PISTE_TOKEN_URL, [
            'body' => [
                'grant_type' => 'client_credentials',
                'client_id' => $this->clientId ?? self::DEFAULT_CLIENT_ID,
                'client_secret' => $this->clientSecret ?? self::DEFAULT_CLIENT_SECRET,
                'scope' => 'openid',
            ],
        ]);
        $data = $response->toArray();
        $this->accessToken = $data['access_token'];
        $this->expiresAt = time() + (int) $data['expires_in'];

        return $this->accessToken;
    }

    private function headers(): array
    {
        $account = base64_encode(($this->techLogin ?? self::DEFAULT_TECH_LOGIN).':'.($this->techPassword ?? self::DEFAULT_TECH_PASSWORD));

        return [
            'Authorization' => 'Bearer '.$this->token(),
            'cpro-account' => $account,
            'Content-Type' => 'application/json;charset=utf-8',
            'Accept' => 'application/json;charset=utf-8',
        ];
    }

    /**
     * Dépose un flux (Factur-X PDF ou UBL) et renvoie le numéro de flux.
     */
    public function deposerFlux(string $fichier, string $nomFichier, string $syntaxe = 'IN_DP_E2_CII_FACTURX'): string
    {
        $payload = [
            'fichierFlux' => base64_encode($fichier),
            'nomFichier' => $nomFichier,
            'syntaxeFlux' => $syntaxe,
            'avecSignature' => false,
        ];
        $resp = $this->http->request('POST', self::API_BASE.'/factures/v1/deposer/flux', [
            'headers' => $this->headers(),
            'json' => $payload,
        ])->toArray();

        if (($resp['codeRetour'] ?? -1) !== 0) {
            $this->logger->error('Chorus Pro a refusé le flux', ['reponse' => $resp]);
            throw new \RuntimeException('Dépôt refusé : '.($resp['libelle'] ?? 'inconnu'));
        }

        return (string) $resp['numeroFluxDepot'];
    }

    public function consulterCR(string $numeroFlux): array
    {
        return $this->http->request('POST', self::API_BASE.'/transverses/v1/consulterCR', [
            'headers' => $this->headers(),
            'json' => ['numeroFluxDepot' => $numeroFlux],
        ])->toArray();
    }
}
