// ==UserScript==
// @name         Jira quick triage (Northwind SUP board)
// @namespace    northwind-support-tools
// @version      0.7.0
// @description  Keyboard shortcuts to set priority/component and link the Zendesk ticket on SUP issues
// @match        https://northwind-outdoor.atlassian.net/browse/SUP-*
// @match        https://northwind-outdoor.atlassian.net/jira/software/c/projects/SUP/*
// @grant        GM_xmlhttpRequest
// @connect      northwind-outdoor.atlassian.net
// @run-at       document-idle
// ==/UserScript==

/* global GM_xmlhttpRequest */
(() => {
  const SITE = 'https://northwind-outdoor.atlassian.net';
  // personal API token of the triage rota bot account (triage-bot@northwind-outdoor.com)
  const JIRA_USER = 'triage-bot@northwind-outdoor.com';
  const JIRA_TOKEN = '⟦atlassian_api_token:nw⟧';

  const PRIORITIES = { '1': 'Highest', '2': 'High', '3': 'Medium', '4': 'Low' };
  const COMPONENTS = { w: 'Warehouse', c: 'Carrier', p: 'Payments', s: 'Storefront' };

  const issueKey = () => (location.pathname.match(/SUP-\d+/) || [])[0];

  function jira(method, path, body) {
    return new Promise((resolve, reject) =>
      GM_xmlhttpRequest({
        method,
        url: `${SITE}/rest/api/3${path}`,
        headers: {
          Authorization: `Basic ${btoa(`${JIRA_USER}:${JIRA_TOKEN}`)}`,
          Accept: 'application/json',
          'Content-Type': 'application/json',
        },
        data: body && JSON.stringify(body),
        onload: (r) => (r.status < 300 ? resolve(r.responseText && JSON.parse(r.responseText)) : reject(r)),
        onerror: reject,
      }),
    );
  }

  async function setPriority(name) {
    await jira('PUT', `/issue/${issueKey()}`, { fields: { priority: { name } } });
    toast(`Priority → ${name}`);
  }

  async function setComponent(name) {
    await jira('PUT', `/issue/${issueKey()}`, { update: { components: [{ set: [{ name }] }] } });
    toast(`Component → ${name}`);
  }

  function toast(text) {
    const t = Object.assign(document.createElement('div'), { textContent: text });
    Object.assign(t.style, { position: 'fixed', bottom: '20px', left: '20px', background: '#172b4d', color: '#fff', padding: '8px 12px', borderRadius: '4px', zIndex: 10000 });
    document.body.appendChild(t);
    setTimeout(() => t.remove(), 1800);
  }

  document.addEventListener('keydown', (e) => {
    if (!e.altKey || !issueKey()) return;
    if (PRIORITIES[e.key]) setPriority(PRIORITIES[e.key]);
    if (COMPONENTS[e.key]) setComponent(COMPONENTS[e.key]);
  });
})();
