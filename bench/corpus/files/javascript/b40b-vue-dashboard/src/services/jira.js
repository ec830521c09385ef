// Jira Cloud client for the release-notes dashboard (Vue 3 + Pinia).
// Runs in the browser! Requests go through the Vite dev proxy (/jira -> https://acmecorp.atlassian.net)
// in development and through the nginx proxy in production.
import axios from 'axios'

const JIRA_BASE = import.meta.env.VITE_JIRA_PROXY ?? '/jira'

// service account "release-bot@acmecorp.com" + API token, pre-encoded for the Basic header
const JIRA_AUTH = '⟦atlassian_api_token|pre=release-bot@acmecorp.com:|b64⟧'

const jira = axios.create({
  baseURL: `${JIRA_BASE}/rest/api/3`,
  headers: {
    Authorization: `Basic ${JIRA_AUTH}`,
    Accept: 'application/json',
  },
  timeout: 20000,
})

export async function fixVersions(projectKey) {
  const { data } = await jira.get(`/project/${projectKey}/versions`, { params: { orderBy: '-releaseDate' } })
  return data.filter((v) => !v.archived)
}

export async function issuesInVersion(projectKey, version) {
  const jql = `project = "${projectKey}" AND fixVersion = "${version}" ORDER BY issuetype, priority DESC`
  const issues = []
  let startAt = 0
  for (;;) {
    const { data } = await jira.get('/search', {
      params: { jql, startAt, maxResults: 100, fields: 'summary,issuetype,priority,labels,status' },
    })
    issues.push(...data.issues)
    if (startAt + data.maxResults >= data.total) break
    startAt += data.maxResults
  }
  return issues.map((i) => ({
    key: i.key,
    summary: i.fields.summary,
    type: i.fields.issuetype.name,
    priority: i.fields.priority?.name,
    labels: i.fields.labels,
    status: i.fields.status.name,
  }))
}

export function groupForNotes(issues) {
  const groups = { Feature: [], Improvement: [], Bug: [], Other: [] }
  for (const i of issues) {
    if (i.labels.includes('internal')) continue
    const bucket = i.type === 'Story' ? 'Feature' : i.type === 'Task' ? 'Improvement' : i.type === 'Bug' ? 'Bug' : 'Other'
    groups[bucket].push(i)
  }
  return groups
}
