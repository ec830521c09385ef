import { type RuleSpec } from '../rules/registry';
import { type WireItems } from './wire';
/** A batch (or the unfinished rest of one) sent to a worker; `offset` is the index of items[0] in the batch. */
export interface WorkerJob {
    id: number;
    offset: number;
    items: WireItems;
}
/** What the pool passes a worker at start. */
export interface WorkerSetup {
    spec: RuleSpec;
    timeoutMs: number;
    progress: SharedArrayBuffer;
    /** The pool's clock reading that progress times count from. */
    epoch: number;
}
