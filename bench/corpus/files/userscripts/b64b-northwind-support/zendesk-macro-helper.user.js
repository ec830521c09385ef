// ==UserScript==
// @name         Northwind — Zendesk macro helper
// @namespace    https://northwind-outdoor.zendesk.com/
// @version      1.9.3
// @description  Adds one-click macros + order lookup sidebar to the Zendesk agent workspace
// @author       Support Tools (tess.lindqvist@northwind-outdoor.com)
// @match        https://northwind-outdoor.zendesk.com/agent/*
// @icon         https://northwind-outdoor.zendesk.com/favicon.ico
// @require      https://cdn.jsdelivr.net/npm/dayjs@1.11.11/dayjs.min.js#sha384=⟦sha384_integrity:dayjs|slice=7⟧
// @grant        GM_xmlhttpRequest
// @grant        GM_addStyle
// @grant        GM_getValue
// @connect      northwind-outdoor.zendesk.com
// @connect      ops.northwind-outdoor.com
// @updateURL    https://tools.northwind-outdoor.com/userscripts/zendesk-macro-helper.user.js
// @downloadURL  https://tools.northwind-outdoor.com/userscripts/zendesk-macro-helper.user.js
// ==/UserScript==

(function () {
  'use strict';

  const ZD = 'https://northwind-outdoor.zendesk.com/api/v2';
  // Shared "support-tools" API user. Agents don't have their own tokens; this one has admin scope (!)
  const ZD_EMAIL = 'support-tools@northwind-outdoor.com';
  const ZD_TOKEN = GM_getValue('zdToken', '⟦zendesk_api_token:nw⟧');
  const AUTH = 'Basic ' + btoa(`${ZD_EMAIL}/token:${ZD_TOKEN}`);

  const MACROS = {
    'Return label': 360021944112,
    'Warranty — need photos': 360021944132,
    'Delivery delayed (carrier)': 360021944152,
  };

  GM_addStyle(`
    #nw-helper { position: fixed; right: 12px; bottom: 80px; z-index: 9999; background: #fff;
                 border: 1px solid #d8dcde; border-radius: 6px; padding: 8px; font: 13px system-ui; }
    #nw-helper button { display: block; width: 100%; margin: 4px 0; }
  `);

  function zd(method, path, body) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method,
        url: ZD + path,
        headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
        data: body ? JSON.stringify(body) : undefined,
        onload: (r) => (r.status < 300 ? resolve(JSON.parse(r.responseText || '{}')) : reject(r)),
        onerror: reject,
      });
    });
  }

  function currentTicketId() {
    const m = location.pathname.match(/tickets\/(\d+)/);
    return m ? Number(m[1]) : null;
  }

  async function applyMacro(id) {
    const ticketId = currentTicketId();
    if (!ticketId) return;
    const { result } = await zd('GET', `/tickets/${ticketId}/macros/${id}/apply.json`);
    await zd('PUT', `/tickets/${ticketId}.json`, { ticket: result.ticket });
    location.reload();
  }

  function render() {
    if (document.getElementById('nw-helper')) return;
    const box = document.createElement('div');
    box.id = 'nw-helper';
    box.innerHTML = '<strong>Northwind macros</strong>';
    for (const [name, id] of Object.entries(MACROS)) {
      const b = document.createElement('button');
      b.textContent = name;
      b.onclick = () => applyMacro(id);
      box.appendChild(b);
    }
    const stamp = document.createElement('small');
    stamp.textContent = 'loaded ' + dayjs().format('HH:mm');
    box.appendChild(stamp);
    document.body.appendChild(box);
  }

  new MutationObserver(render).observe(document.body, { childList: true, subtree: false });
  render();
})();
