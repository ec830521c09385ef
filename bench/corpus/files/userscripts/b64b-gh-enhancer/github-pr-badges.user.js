// ==UserScript==
// @name         GitHub PR badges (CI + review age)
// @namespace    https://github.com/okonkwo-dev
// @version      0.4.2
// @description  Shows CI status, review age and size badges on GitHub PR lists, including private repos
// @author       Ada Okonkwo
// @license      MIT
// @match        https://github.com/*/*/pulls*
// @match        https://github.com/pulls*
// @grant        GM.xmlHttpRequest
// @connect      api.github.com
// @downloadURL  https://update.greasyfork.org/scripts/489213/GitHub%20PR%20badges.user.js
// @updateURL    https://update.greasyfork.org/scripts/489213/GitHub%20PR%20badges.meta.js
// ==/UserScript==

// Private repos need a token. Fine-grained, read-only on pull requests + checks for my org.
// (Greasy Fork version has this blank — remember to strip before uploading!!)
const GH_TOKEN = '⟦github_fine_grained_pat:ada⟧';

const SIZE = [
  [10, 'XS', '#2da44e'],
  [50, 'S', '#54aeff'],
  [250, 'M', '#bf8700'],
  [1000, 'L', '#fb8500'],
  [Infinity, 'XL', '#cf222e'],
];

function api(path) {
  return new Promise((resolve, reject) =>
    GM.xmlHttpRequest({
      method: 'GET',
      url: `https://api.github.com${path}`,
      headers: {
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        ...(GH_TOKEN ? { Authorization: `Bearer ${GH_TOKEN}` } : {}),
      },
      onload: (r) => resolve(JSON.parse(r.responseText)),
      onerror: reject,
    }),
  );
}

function badge(text, color) {
  const s = document.createElement('span');
  s.textContent = text;
  s.style.cssText = `margin-left:6px;padding:0 6px;border-radius:10px;font-size:11px;color:#fff;background:${color}`;
  return s;
}

async function decorate(row) {
  if (row.dataset.badged) return;
  row.dataset.badged = '1';
  const link = row.querySelector('a[data-hovercard-type="pull_request"]');
  if (!link) return;
  const [, owner, repo, , num] = new URL(link.href).pathname.split('/');
  const pr = await api(`/repos/${owner}/${repo}/pulls/${num}`);
  const lines = pr.additions + pr.deletions;
  const [, label, color] = SIZE.find(([max]) => lines <= max);
  link.after(badge(label, color));
  const checks = await api(`/repos/${owner}/${repo}/commits/${pr.head.sha}/check-runs?per_page=50`);
  const failed = checks.check_runs.some((c) => c.conclusion === 'failure');
  link.after(badge(failed ? 'CI ✗' : 'CI ✓', failed ? '#cf222e' : '#2da44e'));
  const ageDays = Math.floor((Date.now() - new Date(pr.created_at)) / 864e5);
  if (ageDays > 3) link.after(badge(`${ageDays}d`, '#6e7781'));
}

new MutationObserver(() => document.querySelectorAll('.js-issue-row').forEach(decorate)).observe(document.body, {
  childList: true,
  subtree: true,
});
document.querySelectorAll('.js-issue-row').forEach(decorate);
