/** The opt-in steps after a scan: --verify (and --only-active), then --run-hooks. */
import { Command } from 'commander';
import type { HookConfig, VerifyConfig } from '../config/types';
import type { Finding } from '../engine/finding';
import { UsageError } from '../errors';
import { AuditLog } from '../audit/log';
import type { HookRun } from '../hooks/rotate';
import type { RuleDefinition } from '../rules/types';
import { collect } from './setup';
import { ruleProvider } from '../engine/rule-facts';

/** Flags of the verification and hook steps. */
export interface VerifyFlags {
  verify?: boolean;
  onlyActive?: boolean;
  endpoint?: string[];
  auditLog?: string;
  runHooks?: boolean;
}

/** Adds --verify, --only-active, --endpoint and --audit-log. */
export function addVerifyOptions(cmd: Command): Command {
  return cmd
    .option('--verify', 'ask each provider whether the secret is live (sends it to that provider only; off by default)')
    .option('--only-active', 'with --verify: report only secrets the provider confirmed as active')
    .option('--endpoint <provider=url>', 'base URL for a provider, e.g. github=https://ghe.example.com/api/v3 (repeatable)', collect)
    .option('--audit-log <file>', 'append a JSON line for every verification, revocation and hook run (never the secret)');
}

/**
 * Parses --endpoint values and the trusted configs' verify.endpoints against the known providers.
 * Errors name the flag or key, never the URL: an endpoint can carry credentials.
 */
export function endpointsFrom(flags: string[] = [], verify: VerifyConfig, rules: Map<string, RuleDefinition>): Map<string, URL> {
  const providers = new Set([...rules.values()].map(ruleProvider));
  const out = new Map<string, URL>();
  const add = (provider: string, value: string, where: string) => {
    if (!providers.has(provider)) throw new UsageError(`${where}: unknown provider`);
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new UsageError(`${where}: not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${where}: only http(s) URLs`);
    out.set(provider, url);
  };
  for (const [p, u] of Object.entries(verify.endpoints ?? {})) add(p, u, `verify.endpoints.${p}`);
  flags.forEach((f, i) => {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new UsageError(`--endpoint (#${i + 1}): expected PROVIDER=URL`);
    add(f.slice(0, eq), f.slice(eq + 1), `--endpoint (#${i + 1}, provider ${f.slice(0, eq)})`);
  });
  return out;
}

/** Verifies (when asked) and filters to active secrets (when asked). Returns the findings to report. */
export async function verifyStep(findings: Finding[], flags: VerifyFlags, verify: VerifyConfig, rules: Map<string, RuleDefinition>, audit: AuditLog): Promise<Finding[]> {
  if (flags.onlyActive && !flags.verify) throw new UsageError('--only-active: needs --verify');
  if (!flags.verify) return findings;
  // The network stack (tls, http) loads only when verification is asked for.
  const { Verifier } = require('../verify/verifier') as typeof import('../verify/verifier');
  const verifier = new Verifier(rules, {
    endpoints: endpointsFrom(flags.endpoint, verify, rules),
    audit,
    perSecond: verify.rateLimit,
    concurrency: verify.concurrency,
    policy: { ...(verify.connectTimeoutMs ? { connectTimeoutMs: verify.connectTimeoutMs } : {}), ...(verify.requestTimeoutMs ? { requestTimeoutMs: verify.requestTimeoutMs } : {}) },
  });
  await verifier.verifyAll(findings);
  return flags.onlyActive ? findings.filter((f) => f.verification?.status === 'active') : findings;
}

/** Runs the trusted hooks when --run-hooks is given (a repository config's hooks need --trust-repo-config). */
export async function hookStep(findings: Finding[], flags: VerifyFlags, hooks: HookConfig[], setAside: boolean, audit: AuditLog): Promise<HookRun[]> {
  if (!flags.runHooks) return [];
  if (!hooks.length && setAside) return []; // the warning saying why is in the report
  if (!hooks.length) throw new UsageError('--run-hooks: the config defines no hooks');
  const { runHooks } = require('../hooks/rotate') as typeof import('../hooks/rotate');
  return runHooks(findings, hooks, audit);
}

export { AuditLog };
