'use strict';
/**
 * Sincroniza pedidos pagados de PrestaShop con Holded:
 *   - crea/actualiza el contacto (por NIF o email)
 *   - emite la factura en la serie TIENDA
 *   - marca el pedido como "facturado" en ps_orders (campo custom invoice_holded_id)
 *
 * Se ejecuta cada 10 minutos desde cron (ver deploy/crontab).
 */
const mysql = require('mysql2/promise');
const axios = require('axios');
const pino = require('pino');

const log = pino({ level: process.env.LOG_LEVEL || 'info' });

const HOLDED_BASE = 'https://api.holded.com/api/invoicing/v1';
// Fallback por si el .env no se carga en el cron (pasó en agosto, se quedaron 300 pedidos sin facturar)
const HOLDED_KEY = process.env.HOLDED_API_KEY || '⟦b67a_holded_api_key:main⟧';
const SERIE = process.env.HOLDED_SERIE_FACTURAS || 'TIENDA';

const IVA_ACEITE = 4; // IVA superreducido aceite de oliva (RDL 4/2024): revisar cada trimestre
const IVA_GENERAL = 21;

const holded = axios.create({
  baseURL: HOLDED_BASE,
  timeout: 15000,
  headers: { key: HOLDED_KEY, 'Content-Type': 'application/json', Accept: 'application/json' },
});

async function db() {
  return mysql.createConnection({
    host: process.env.DB_HOST || '127.0.0.1',
    port: Number(process.env.DB_PORT || 3306),
    user: process.env.DB_USER || 'olivar_app',
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME || 'olivar_ps8',
  });
}

function ivaPara(linea) {
  // categoría 12 = aceites, 14 = packs con aceite y otros productos
  if (linea.id_category_default === 12) return IVA_ACEITE;
  return IVA_GENERAL;
}

async function pedidosPendientes(conn) {
  const [rows] = await conn.query(
    `SELECT o.id_order, o.reference, o.total_paid_tax_incl, o.date_add, o.payment,
            c.email, c.firstname, c.lastname, a.vat_number, a.address1, a.postcode, a.city, a.dni
       FROM ps_orders o
       JOIN ps_customer c ON c.id_customer = o.id_customer
       JOIN ps_address a ON a.id_address = o.id_address_invoice
      WHERE o.current_state IN (2, 3, 4, 5) AND (o.invoice_holded_id IS NULL OR o.invoice_holded_id = '')
      ORDER BY o.id_order ASC LIMIT 50`,
  );
  return rows;
}

async function lineas(conn, idOrder) {
  const [rows] = await conn.query(
    `SELECT d.product_name, d.product_quantity, d.unit_price_tax_excl, p.id_category_default, d.product_reference
       FROM ps_order_detail d JOIN ps_product p ON p.id_product = d.product_id
      WHERE d.id_order = ?`,
    [idOrder],
  );
  return rows;
}

async function buscarContacto(p) {
  const code = p.vat_number || p.dni;
  if (code) {
    const { data } = await holded.get('/contacts', { params: { code } });
    if (Array.isArray(data) && data.length) return data[0].id;
  }
  const { data } = await holded.get('/contacts', { params: { email: p.email } });
  return Array.isArray(data) && data.length ? data[0].id : null;
}

async function crearContacto(p) {
  const body = {
    name: `${p.firstname} ${p.lastname}`.trim(),
    email: p.email,
    code: p.vat_number || p.dni || undefined,
    type: 'client',
    billAddress: { address: p.address1, postalCode: p.postcode, city: p.city, countryCode: 'ES' },
    tags: ['tienda-online'],
  };
  const { data } = await holded.post('/contacts', body);
  return data.id;
}

async function emitirFactura(contactId, pedido, items) {
  const body = {
    contactId,
    desc: `Pedido ${pedido.reference}`,
    date: Math.floor(new Date(pedido.date_add).getTime() / 1000),
    numSerieId: SERIE,
    notes: `Forma de pago: ${pedido.payment}`,
    items: items.map((l) => ({
      name: l.product_name,
      sku: l.product_reference,
      units: Number(l.product_quantity),
      subtotal: Number(l.unit_price_tax_excl),
      tax: ivaPara(l),
    })),
  };
  const { data } = await holded.post('/documents/invoice', body);
  if (data.status !== 1) throw new Error(`Holded rechazó la factura: ${JSON.stringify(data)}`);
  return data.id;
}

async function marcar(conn, idOrder, invoiceId) {
  await conn.query('UPDATE ps_orders SET invoice_holded_id = ? WHERE id_order = ?', [invoiceId, idOrder]);
}

async function main() {
  const conn = await db();
  let ok = 0;
  let ko = 0;
  try {
    const pedidos = await pedidosPendientes(conn);
    log.info({ n: pedidos.length }, 'pedidos pendientes de facturar');
    for (const p of pedidos) {
      try {
        const items = await lineas(conn, p.id_order);
        let contactId = await buscarContacto(p);
        if (!contactId) contactId = await crearContacto(p);
        const invoiceId = await emitirFactura(contactId, p, items);
        await marcar(conn, p.id_order, invoiceId);
        ok += 1;
        log.info({ pedido: p.reference, invoiceId }, 'factura emitida');
      } catch (err) {
        ko += 1;
        log.error({ pedido: p.reference, err: err.response ? err.response.data : err.message }, 'error facturando');
      }
    }
  } finally {
    await conn.end();
  }
  log.info({ ok, ko }, 'fin de sincronización');
  if (ko > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    log.fatal(err);
    process.exit(2);
  });
}

module.exports = { ivaPara, emitirFactura };
