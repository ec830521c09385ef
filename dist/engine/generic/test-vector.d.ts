/**
 * A key a comment calls a test vector (NIST SP 800-38D's GCM cases, an RFC's examples): published with
 * its expected output so implementations can check themselves, so it locks nothing.
 */
/** True when the line [ls, le) or the line above it calls its value a test vector. */
export declare function calledTestVector(bytes: Buffer, ls: number, le: number): boolean;
