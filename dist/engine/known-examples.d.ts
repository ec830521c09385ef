/** True when `secret` is a documented example credential. */
export declare function isExampleSecret(secret: string): boolean;
