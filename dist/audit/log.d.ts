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
export declare class AuditLog {
    private readonly file?;
    constructor(file?: string | undefined);
    write(event: Omit<AuditEvent, 'time'>): void;
}
