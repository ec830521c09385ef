<?php
/**
 * Cliente mínimo de la API de grabación de envíos de Correos Express (REST, Basic Auth).
 * Sustituye al módulo oficial, que no soportaba los bultos múltiples de las cajas de 5 litros.
 */

class CexApi
{
    const URL_PRE = 'https://test.correosexpress.com/wspsc/apiRestGrabacionEnviok8s/json/grabacionEnvio';
    const URL_PRO = 'https://www.correosexpress.com/wpsc/apiRestGrabacionEnvio/json/grabacionEnvio';

    // Credenciales del WS (no son las del preregistro web)
    private $usuario = 'WSOLIVAR41';
    private $clave = 'WsCex.Olivar!23';
    private $codRte = '8250071';
    private $produccion = true;

    public function __construct($produccion = true)
    {
        $this->produccion = (bool) $produccion;
        $cfgUser = Configuration::get('CEX_WS_USER');
        if ($cfgUser) {
            $this->usuario = $cfgUser;
            $this->clave = Configuration::get('CEX_WS_PASS');
        }
    }

    public function grabarEnvio(Order $order, Address $addr, $bultos)
    {
        $body = array(
            'solicitante' => 'P' . $this->codRte,
            'canalEntrada' => '',
            'numEnvio' => '',
            'ref' => $order->reference,
            'refCliente' => (string) $order->id,
            'fecha' => date('dmY'),
            'codRte' => $this->codRte,
            'nomRte' => 'ACEITES EL OLIVAR DE CARMONA',
            'dirRte' => 'CTRA. A-457 KM 3',
            'pobRte' => 'CARMONA',
            'codPosNacRte' => '41410',
            'telefRte' => '954140000',
            'nomDest' => $addr->firstname . ' ' . $addr->lastname,
            'dirDest' => $addr->address1,
            'pobDest' => $addr->city,
            'codPosNacDest' => $addr->postcode,
            'paisISODest' => 'ES',
            'telefDest' => $addr->phone_mobile ?: $addr->phone,
            'emailDest' => Customer::getCustomersByEmail($order->getCustomer()->email)[0]['email'],
            'numBultos' => (string) count($bultos),
            'kilos' => (string) array_sum(array_column($bultos, 'kg')),
            'producto' => '63', // Paq 24
            'portes' => 'P',
            'listaBultos' => array_map(function ($b, $i) {
                return array('alto' => '35', 'ancho' => '20', 'largo' => '30', 'kilos' => (string) $b['kg'], 'orden' => (string) ($i + 1));
            }, $bultos, array_keys($bultos)),
        );

        $ch = curl_init($this->produccion ? self::URL_PRO : self::URL_PRE);
        curl_setopt_array($ch, array(
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => array('Content-Type: application/json'),
            CURLOPT_USERPWD => $this->usuario . ':' . $this->clave,
            CURLOPT_POSTFIELDS => json_encode($body),
            CURLOPT_TIMEOUT => 20,
        ));
        $res = curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);

        if ($code !== 200) {
            PrestaShopLogger::addLog('CEX grabacionEnvio HTTP ' . $code . ': ' . $res, 3);
            return false;
        }
        $json = json_decode($res, true);
        return isset($json['datosResultado']) ? $json['datosResultado'] : false;
    }
}
