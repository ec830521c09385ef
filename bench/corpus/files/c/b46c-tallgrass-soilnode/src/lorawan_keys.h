/*
 * LoRaWAN credentials for the SN-3 soil node.
 *
 * Production units get per-device keys from the factory provisioning station
 * (written to the secure storage partition, see provisioning/README.md). The
 * values below are only used by the DEV board build (CONFIG_TG_DEV_KEYS=y)
 * registered on our TTS Cloud tenant as "sn3-devboard-01".
 */
#ifndef TG_LORAWAN_KEYS_H_
#define TG_LORAWAN_KEYS_H_

#include <zephyr/kernel.h>

#if defined(CONFIG_TG_DEV_KEYS)

/* MSB first, as shown in the TTS console */
#define LORAWAN_DEV_EUI  { ⟦b42a_lorawan_eui_bytes:dev⟧ }
#define LORAWAN_JOIN_EUI { ⟦b42a_lorawan_eui_bytes:join⟧ }
#define LORAWAN_APP_KEY  { ⟦b42a_lorawan_appkey_bytes:dev⟧ }

/* ABP fallback for the RF test chamber (no join server reachable there) */
#define LORAWAN_DEV_ADDR   0x260B3A7Fu
#define LORAWAN_NWK_SKEY   "⟦b42a_lorawan_appkey:nwks⟧"
#define LORAWAN_APP_SKEY   "⟦b42a_lorawan_appkey:apps⟧"

#else

#define LORAWAN_DEV_EUI  { 0 }
#define LORAWAN_JOIN_EUI { 0 }
#define LORAWAN_APP_KEY  { 0 }   /* loaded from settings "lorawan/appkey" at boot */

#endif /* CONFIG_TG_DEV_KEYS */

#define LORAWAN_DEFAULT_DATARATE  LORAWAN_DR_3
#define LORAWAN_UPLINK_PORT       2

#endif /* TG_LORAWAN_KEYS_H_ */
