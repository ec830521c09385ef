/**
 * The audit log: one JSON line per verification request, revocation request and hook run. It holds
 * the finding's fingerprint, never the secret. Users feed it to their SIEM.
 */
import { appendFileSync } from 'node:fs';
import { InputError } from '../errors';

/** One audit record. */
export interface AuditEvent {
  time: string;
  action: 'verify' | 'revoke' | 'hook';
  provider?: string;
  ruleId?: string;
  host?: string;
  method?: string;
  status?: number;
  outcome: string;
  fingerprint?: string;
  durationMs: number;
  detail?: string;
}

/** Appends events to a file (or does nothing without --audit-log). */
export class AuditLog {
  constructor(private readonly file?: string) {}

  write(event: Omit<AuditEvent, 'time'>): void {
    if (!this.file) return;
    try {
      appendFileSync(this.file, JSON.stringify({ time: new Date().toISOString(), ...event }) + '\n');
    } catch (err) {
      throw new InputError(`${this.file}: cannot write audit log: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
}
