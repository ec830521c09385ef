"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The detection worker thread's script: worker.ts, loaded from the bundle with its code cache (boot.ts). */
const boot_1 = require("../boot");
(0, boot_1.loadModule)('scan/worker.js');
