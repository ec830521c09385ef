/*
 * test_vectors.h - known-answer tests for libtinyseal
 *
 * Every vector below is copied from the referenced standard so the self-test
 * can run on the target at boot (see selftest.c). None of these keys are used
 * for anything else.
 */
#ifndef TINYSEAL_TEST_VECTORS_H
#define TINYSEAL_TEST_VECTORS_H

#include <stdint.h>

/* ---- FIPS 197, Appendix C.1: AES-128 ------------------------------------- */
static const uint8_t kat_aes128_key[16] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f
};
static const uint8_t kat_aes128_pt[16] = {
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
};
static const uint8_t kat_aes128_ct[16] = {
    0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, 0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a
};

/* ---- FIPS 197, Appendix C.3: AES-256 ------------------------------------- */
static const uint8_t kat_aes256_key[32] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f
};
static const uint8_t kat_aes256_ct[16] = {
    0x8e, 0xa2, 0xb7, 0xca, 0x51, 0x67, 0x45, 0xbf, 0xea, 0xfc, 0x49, 0x90, 0x4b, 0x49, 0x60, 0x89
};

/* ---- FIPS 180-4 examples: SHA-256 ------------------------------------------ */
#define KAT_SHA256_ABC   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define KAT_SHA256_EMPTY "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

/* ---- RFC 4231, test case 1: HMAC-SHA-256 ---------------------------------- */
static const uint8_t kat_hmac_key[20] = {
    0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b,
    0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b
};
static const char kat_hmac_data[] = "Hi There";
#define KAT_HMAC_SHA256  "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"

/* ---- RFC 8032, section 7.1, TEST 1: Ed25519 -------------------------------- */
#define KAT_ED25519_SECRET "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
#define KAT_ED25519_PUBLIC "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
/* message is empty */

/* ---- our own regression vectors (generated once, checked in) --------------- */
/* sealed blob = nonce(12) || ciphertext || tag(16), produced with kat_aes256_key */
#define KAT_SEALED_HELLO  "⟦sha256:sealed1⟧⟦md5:sealed2⟧"
#define KAT_BUILD_ID      "⟦git_sha:build⟧"

#endif /* TINYSEAL_TEST_VECTORS_H */
