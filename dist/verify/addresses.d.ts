/** True for loopback, private, link-local, carrier-grade NAT, multicast and reserved addresses. */
export declare function isPrivateAddress(addr: string): boolean;
