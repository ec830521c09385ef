/************************************************************************
 * File: cmd_auth_keys.h
 *
 * Purpose:
 *   Default SDLS key table for the CMD_AUTH app (TC frame authentication,
 *   CCSDS 355.0-B-2, AES-256-GCM). On flight units the key table is loaded
 *   from the protected EEPROM partition at boot (CMD_AUTH_LoadKeyTable);
 *   these defaults are ONLY used when CMD_AUTH_USE_DEFAULT_KEYS is defined,
 *   i.e. native sim and the EM flatsat.
 *
 *   DO NOT build flight images with CMD_AUTH_USE_DEFAULT_KEYS.
 ************************************************************************/
#ifndef CMD_AUTH_KEYS_H
#define CMD_AUTH_KEYS_H

#include "common_types.h"

#define CMD_AUTH_KEY_LEN      32u
#define CMD_AUTH_NUM_KEYS     4u
#define CMD_AUTH_MASTER_KID   0u

typedef struct
{
    uint16 Kid;
    uint8  State;       /* CMD_AUTH_KEY_ACTIVE, ..._PREACTIVE, ..._DEACTIVATED */
    char   HexKey[(CMD_AUTH_KEY_LEN * 2u) + 1u];
} CMD_AUTH_KeyEntry_t;

#ifdef CMD_AUTH_USE_DEFAULT_KEYS

/*
 * EM flatsat keys (lab B12). The ground side copy is in
 * gse/keyring/em_flatsat.json; keep both in sync.
 */
static const CMD_AUTH_KeyEntry_t CMD_AUTH_DefaultKeys[CMD_AUTH_NUM_KEYS] = {
    /* master key, used only for OTAR of session keys */
    { 0u,   CMD_AUTH_KEY_ACTIVE,     "⟦b53a_sdls_key:em-master⟧" },
    /* VC0 session key */
    { 1u,   CMD_AUTH_KEY_ACTIVE,     "⟦b53a_sdls_key:em-vc0⟧" },
    /* VC1 session key */
    { 2u,   CMD_AUTH_KEY_PREACTIVE,  "⟦b53a_sdls_key:em-vc1⟧" },
    /* all-zero slot: placeholder for the OTAR target, intentionally blank */
    { 3u,   CMD_AUTH_KEY_EMPTY,      "0000000000000000000000000000000000000000000000000000000000000000" },
};

/* previous master key, retired after the Nov 2024 EM rekey test:
 * ⟦b53a_sdls_key:em-master-old⟧
 */

#endif /* CMD_AUTH_USE_DEFAULT_KEYS */

#endif /* CMD_AUTH_KEYS_H */
