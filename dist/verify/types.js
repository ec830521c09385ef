"use strict";
/** The declarative verify and revoke specs a rule may carry, and what verification concludes. */
Object.defineProperty(exports, "__esModule", { value: true });
