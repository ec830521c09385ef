/** The detection worker thread's script: worker.ts, loaded from the bundle with its code cache (boot.ts). */
import { loadModule } from '../boot';

loadModule('scan/worker.js');
