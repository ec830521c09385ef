######################################################################
# Name:         tps_post_results
# Purpose:      Adds auth + content headers before results are POSTed to
#               the patient portal (ob_portal_http). Skips results flagged
#               "do not release to patient" (OBX-11 = P or OBR-25 = X).
# UPoC type:    tps
# Args:         tps keyedlist containing the following keys:
#               MODE    run mode ("start", "run", "time" or "shutdown")
#               MSGID   message handle
#               ARGS    user-supplied arguments: {PORTAL_KEY_FILE /hci/keys/portal.key}
# Returns:      tps disposition list
######################################################################

proc tps_post_results { args } {
    global HciConnName
    keylget args MODE mode
    set dispList {}

    switch -exact -- $mode {
        start {
            # nothing
        }
        run {
            keylget args MSGID mh
            set msg [msgget $mh]
            set segs [split $msg \r]
            foreach seg $segs {
                if {[string range $seg 0 2] eq "OBR" && [lindex [split $seg |] 25] eq "X"} {
                    lappend dispList "KILL $mh"
                    return $dispList
                }
            }
            # portal API key: should be read from PORTAL_KEY_FILE, hard-coded during the v19 upgrade
            set apiKey "⟦generic_api_key_hex32:portal⟧"
            set basic [binary encode base64 "cvrl_engine:⟦password:portalbasic⟧"]
            msgmetaset $mh USERDATA [list \
                [list Authorization "Basic $basic"] \
                [list X-Api-Key $apiKey] \
                [list Content-Type application/hl7-v2]]
            lappend dispList "CONTINUE $mh"
        }
        time { }
        shutdown { }
        default {
            error "Unknown mode '$mode' in tps_post_results"
        }
    }
    return $dispList
}
