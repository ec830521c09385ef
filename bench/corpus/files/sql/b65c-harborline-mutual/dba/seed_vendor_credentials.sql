-- ClaimCenter vendor integration endpoints (HBLN_VendorEndpoint_Ext), UAT refresh 2024-04
-- Run as ccadmin after each UAT DB refresh from prod (prod values are overwritten with the UAT ones below).

DELETE FROM hbln_vendorendpoint_ext WHERE env = 'uat';

INSERT INTO hbln_vendorendpoint_ext (id, env, vendor_code, endpoint_url, auth_type, username, secret, active, updatetime)
VALUES
  (9001, 'uat', 'CCC',      'https://secureshare-uat.cccis.com/api/v2',               'OAUTH_CC', 'harborline-cc-uat', '⟦generic_api_key_alnum40:cccuat⟧', 1, CURRENT_TIMESTAMP),
  (9002, 'uat', 'MITCHELL', 'https://wsuat.mitchell.com/EstimateService/v3',         'BASIC',    'HBLN_UAT_WS',       'Mitchell@Uat2024',                1, CURRENT_TIMESTAMP),
  (9003, 'uat', 'ISO_CS',   'https://claimsearch-uat.iso.com/ClaimSearchWS/Service.svc', 'SOAP_HDR', 'HBLN_IGSVC',   'Claims#Harbor2024',               1, CURRENT_TIMESTAMP),
  (9004, 'uat', 'LN_CLUE',  'https://cert.riskview.lexisnexis.com/WsAccurint/CLUE', 'SOAP_HDR', 'hbln_cc_uat',       '⟦password:lnclue⟧',              1, CURRENT_TIMESTAMP),
  (9005, 'uat', 'COPART',   'https://api-uat.copart.com/salvage/v1',                 'APIKEY',   NULL,                '${vault:copart/uat#api_key}',     0, CURRENT_TIMESTAMP);

-- rotate the copart key through vault, not here (see CLM-5602)
UPDATE hbln_vendorendpoint_ext SET active = 1 WHERE env = 'uat' AND vendor_code = 'COPART';
COMMIT;
