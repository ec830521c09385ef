// ==UserScript==
// @name         Order lookup (ops admin)
// @namespace    northwind-support-tools
// @version      2.2.0
// @description  Shows Shopify order, fulfilment and refund status next to the Zendesk ticket
// @match        https://northwind-outdoor.zendesk.com/agent/tickets/*
// @grant        GM_xmlhttpRequest
// @connect      ops.northwind-outdoor.com
// @connect      northwind-outdoor.myshopify.com
// @updateURL    https://tools.northwind-outdoor.com/userscripts/order-lookup.user.js
// ==/UserScript==

(function () {
  'use strict';

  // ops-admin is behind basic auth; the shared support login (rotated "quarterly")
  const OPS = 'https://ops.northwind-outdoor.com/api';
  const OPS_AUTH = 'Basic ⟦lit:support:Northwind#Q2-2024|b64⟧';

  // fallback when ops-admin is down: talk to Shopify directly (custom app "support-lookup", read_orders only)
  const SHOP = 'https://northwind-outdoor.myshopify.com/admin/api/2024-04';
  const SHOP_TOKEN = '⟦shopify_custom_app_token:nw⟧';

  const ORDER_RE = /#?(NW\d{6})/;

  function get(url, headers) {
    return new Promise((resolve, reject) =>
      GM_xmlhttpRequest({ method: 'GET', url, headers, onload: (r) => resolve(JSON.parse(r.responseText)), onerror: reject }),
    );
  }

  async function lookup(orderName) {
    try {
      return await get(`${OPS}/orders/${orderName}`, { Authorization: OPS_AUTH });
    } catch (e) {
      const { orders } = await get(`${SHOP}/orders.json?name=${encodeURIComponent(orderName)}&status=any`, {
        'X-Shopify-Access-Token': SHOP_TOKEN,
      });
      return orders[0];
    }
  }

  function panel(order) {
    const el = document.createElement('aside');
    el.style.cssText = 'position:fixed;top:70px;right:10px;width:260px;background:#fffbe6;border:1px solid #e5c100;padding:10px;z-index:9999;font:12px system-ui';
    el.innerHTML = `
      <b>${order.name}</b> — ${order.financial_status} / ${order.fulfillment_status ?? 'unfulfilled'}<br>
      ${order.customer?.email ?? ''}<br>
      Total: ${order.total_price} ${order.currency}<br>
      ${order.refunds?.length ? `Refunds: ${order.refunds.length}` : ''}`;
    document.body.appendChild(el);
  }

  const timer = setInterval(async () => {
    const subject = document.querySelector('[data-test-id="omni-header-subject"]')?.value || '';
    const m = subject.match(ORDER_RE);
    if (!m) return;
    clearInterval(timer);
    panel(await lookup(m[1]));
  }, 1500);
})();
