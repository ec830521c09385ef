#!/usr/bin/env python
# -*- coding: utf-8 -*-
# PyMISP examples-style keys file used by the misp-sync cron (copied from keys.py.sample).
# The MISP instance is the internal community one (misp.tidepool.internal), sync user "tp-sync".

misp_url = 'https://misp.tidepool.internal'
misp_key = '⟦b59a_misp_authkey:sync⟧'  # The MISP auth key can be found on the MISP web interface under the automation section
misp_verifycert = False
misp_client_cert = ''

# upstream community we pull from (read-only org key)
upstream_url = 'https://misp.circl.lu'
upstream_key = '⟦b59a_misp_authkey:circl⟧'
