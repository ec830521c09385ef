import { type ScanItem } from '../sources/types';
/** A batch (or the unfinished rest of one) sent to a worker; `offset` is the index of items[0] in the batch. */
export interface WorkerJob {
    id: number;
    offset: number;
    items: ScanItem[];
}
