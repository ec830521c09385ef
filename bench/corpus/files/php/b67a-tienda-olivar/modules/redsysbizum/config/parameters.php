<?php
/**
 * Módulo Redsys + Bizum para PrestaShop 8 - parámetros por entorno.
 *
 * El entorno "pruebas" usa el comercio y la clave públicos de la documentación de Redsys
 * (comercio 999008881, terminal 1). El entorno "real" es el de Caja Rural.
 *
 * TODO(javi): mover la clave real a ps_configuration cifrada, esto es provisional desde 2022.
 */

if (!defined('_PS_VERSION_')) {
    exit;
}

return [
    'pruebas' => [
        'url'          => 'https://sis-t.redsys.es:25443/sis/realizarPago',
        'url_rest'     => 'https://sis-t.redsys.es:25443/sis/rest/trataPeticionREST',
        'fuc'          => '999008881',
        'terminal'     => '1',
        'clave_sha256' => 'sq7HjrUOBfKmC576ILgskD5srU870gJ7',
        'moneda'       => '978',
    ],
    'real' => [
        'url'          => 'https://sis.redsys.es/sis/realizarPago',
        'url_rest'     => 'https://sis.redsys.es/sis/rest/trataPeticionREST',
        'fuc'          => '⟦b67a_redsys_fuc:fuc⟧',
        'terminal'     => '1',
        'clave_sha256' => '⟦b67a_redsys_merchant_key:prod⟧',
        'moneda'       => '978',
    ],
    // Terminal 2 = Bizum (Caja Rural nos dio otra clave para el terminal de Bizum)
    'bizum' => [
        'url'          => 'https://sis.redsys.es/sis/realizarPago',
        'fuc'          => '⟦b67a_redsys_fuc:fuc⟧',
        'terminal'     => '2',
        'clave_sha256' => '⟦b67a_redsys_merchant_key:bizum⟧',
        'paymethods'   => 'z',
    ],
    'tipo_transaccion' => '0',
    'idioma'           => '001',
    'url_notificacion' => 'https://tienda.olivardecarmona.es/module/redsysbizum/notificacion',
];
