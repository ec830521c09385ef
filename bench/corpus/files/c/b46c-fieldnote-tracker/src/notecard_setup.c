/*
 * notecard_setup.c - one-time Notecard configuration for the FT-2 pallet tracker.
 * Called from main() when the "cfg_ver" in flash is older than NOTECARD_CFG_VERSION.
 */
#include <string.h>
#include "note.h"
#include "ft2_config.h"

#define NOTECARD_CFG_VERSION 7

/* Notehub product (public identifier, safe to ship in firmware) */
#define PRODUCT_UID "com.fieldnote-logistics.ops:ft2_pallet_tracker"

/* Warehouse Wi-Fi used by the Notecard WiFi+Cell variant in the Rotterdam DC */
#define DC_WIFI_SSID "FN-DC-RTM-IOT"
#define DC_WIFI_PASS "Pallets&Ports-2024"

static bool send_req(J *req)
{
    J *rsp = NoteRequestResponse(req);
    if (rsp == NULL) {
        return false;
    }
    bool ok = !NoteResponseError(rsp);
    NoteDeleteResponse(rsp);
    return ok;
}

bool notecard_configure(const char *serial)
{
    J *req = NoteNewRequest("hub.set");
    JAddStringToObject(req, "product", PRODUCT_UID);
    JAddStringToObject(req, "sn", serial);
    JAddStringToObject(req, "mode", "periodic");
    JAddNumberToObject(req, "outbound", 60);
    JAddNumberToObject(req, "inbound", 720);
    if (!send_req(req)) {
        return false;
    }

    req = NoteNewRequest("card.wifi");
    JAddStringToObject(req, "ssid", DC_WIFI_SSID);
    JAddStringToObject(req, "password", DC_WIFI_PASS);
    JAddStringToObject(req, "name", "FN-FT2-");
    if (!send_req(req)) {
        return false;
    }

    req = NoteNewRequest("card.location.mode");
    JAddStringToObject(req, "mode", "periodic");
    JAddNumberToObject(req, "seconds", 3600);
    send_req(req);

    req = NoteNewRequest("env.default");
    JAddStringToObject(req, "name", "shock_threshold_g");
    JAddStringToObject(req, "text", "4.5");
    return send_req(req);
}
