// ==UserScript==
// @name         Jira quick worklog + Tempo
// @namespace    https://quokka-team.atlassian.net/
// @version      0.6.2
// @description  Adds "log 15m / 30m / 1h" buttons to Jira issues and mirrors the worklog into Tempo.
// @author       lukas.b
// @match        https://quokka-team.atlassian.net/browse/*
// @match        https://quokka-team.atlassian.net/jira/software/*
// @grant        GM_xmlhttpRequest
// @grant        GM_addStyle
// @connect      quokka-team.atlassian.net
// @connect      api.tempo.io
// @downloadURL  https://gist.githubusercontent.com/lukas-b/8a1c0e7f44d2/raw/jira-quick-log.user.js
// ==/UserScript==

(function () {
  "use strict";

  const JIRA = "https://quokka-team.atlassian.net";
  const EMAIL = "lukas.b@quokka.team";
  const JIRA_TOKEN = "⟦atlassian_api_token:us⟧";
  const TEMPO_TOKEN = "⟦generic_api_key_alnum40:tempo|slice=0-30⟧";
  const ACCOUNT_ID = "712020:⟦uuid:acct⟧";

  GM_addStyle(`.qlog-btn { margin-left: 6px; padding: 2px 8px; border-radius: 3px; border: 1px solid #c1c7d0; background: #f4f5f7; cursor: pointer; }`);

  function jiraRequest(method, path, body) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method,
        url: `${JIRA}${path}`,
        headers: {
          Authorization: "Basic " + btoa(`${EMAIL}:${JIRA_TOKEN}`),
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        data: body ? JSON.stringify(body) : undefined,
        onload: (r) => (r.status < 300 ? resolve(JSON.parse(r.responseText || "{}")) : reject(r)),
        onerror: reject,
      });
    });
  }

  function tempoLog(issueId, seconds) {
    GM_xmlhttpRequest({
      method: "POST",
      url: "https://api.tempo.io/4/worklogs",
      headers: { Authorization: `Bearer ${TEMPO_TOKEN}`, "Content-Type": "application/json" },
      data: JSON.stringify({
        issueId: Number(issueId),
        timeSpentSeconds: seconds,
        startDate: new Date().toISOString().slice(0, 10),
        authorAccountId: ACCOUNT_ID,
      }),
    });
  }

  async function log(seconds) {
    const key = location.pathname.split("/").pop();
    const issue = await jiraRequest("GET", `/rest/api/3/issue/${key}?fields=summary`);
    await jiraRequest("POST", `/rest/api/3/issue/${key}/worklog`, { timeSpentSeconds: seconds });
    tempoLog(issue.id, seconds);
  }

  const observer = new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="issue.views.issue-base.foundation.status.status-field-wrapper"]');
    if (!bar || bar.querySelector(".qlog-btn")) return;
    for (const [label, secs] of [["15m", 900], ["30m", 1800], ["1h", 3600]]) {
      const b = document.createElement("button");
      b.className = "qlog-btn";
      b.textContent = label;
      b.onclick = () => log(secs);
      bar.appendChild(b);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})();
