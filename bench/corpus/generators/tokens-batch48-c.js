'use strict';
/** Generators added with batch48-c (network automation and data center operations, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Cloud-managed networking and source-of-truth platforms
  // ---------------------------------------------------------------------------------------------
  // Meraki Dashboard API keys: a 40-character hex string tied to an admin account (X-Cisco-Meraki-API-Key / Bearer)
  plain('b48c_meraki_api_key', 'meraki', AL.hex, 40, 'https://developer.cisco.com/meraki/api-v1/authorization/ (admin-scoped API keys, "hex-string key"; 40 characters 0-9 a-f)');
  // Meraki network ids (N_ / L_ + digits) are identifiers that appear beside keys in every script
  def('b48c_meraki_network_id', 'none', false, 'https://developer.cisco.com/meraki/api-v1/get-organization-networks/ (network "id": "N_24329156" / "L_..." identifiers)',
    (r) => `${r.pick(['N_', 'L_'])}${r.digits(18)}`);
  def('b48c_meraki_org_id', 'none', false, 'https://developer.cisco.com/meraki/api-v1/get-organizations/ (organization id, a decimal identifier)',
    (r) => r.digits(r.pick([6, 7])));
  // NetBox v1 tokens: 160-bit key as 40 hex characters (Authorization: Token <key>)
  plain('b48c_netbox_token_v1', 'netbox', AL.hex, 40, 'https://netboxlabs.com/docs/netbox/integrations/rest-api/#tokens ("Each token contains a 160-bit key represented as 40 hexadecimal characters")');
  // NetBox v2 tokens (4.5+): nbt_<12-char key>.<40-char plaintext>, Authorization: Bearer
  def('b48c_netbox_token_v2', 'netbox', true, 'https://netboxlabs.com/docs/netbox/integrations/rest-api/#authenticating-to-the-api (v2: Bearer nbt_<key>.<token>, e.g. nbt_4F9DAouzURLb.zjebxBPz...)',
    (r) => `nbt_${r.str(AL.b62, 12)}.${r.str(AL.b62, 40)}`);
  // NetBox API_TOKEN_PEPPERS: at least 50 random characters; they key the HMAC of every v2 token
  def('b48c_netbox_token_pepper', 'netbox', true, 'https://netboxlabs.com/docs/netbox/configuration/required-parameters/#api_token_peppers ("Peppers are sensitive"; at least 50 characters)',
    (r) => r.str(`${AL.b62}!@#$%^&*(-_=+)`, r.pick([50, 60, 64])));
  // Nautobot tokens: also 40 hex characters
  plain('b48c_nautobot_token', 'nautobot', AL.hex, 40, 'https://docs.nautobot.com/projects/core/en/stable/user-guide/platform-functionality/users/token/ ("160-bit key represented as 40 hexadecimal characters")');

  // ---------------------------------------------------------------------------------------------
  // Firewalls and load balancers
  // ---------------------------------------------------------------------------------------------
  // PAN-OS XML/REST API key from type=keygen: base64 of "-AQ==" + base64(20-byte digest) + base64(48 bytes)
  // (132 characters, LUFRPT...; the older 8.x form carries 16 bytes instead of 48)
  def('b48c_panos_api_key', 'paloalto', true, 'https://knowledgebase.paloaltonetworks.com/KCSArticleDetail?id=kA14u0000004LqvCAE (keygen API key, 132 characters LUFRPT1...==; X-PAN-KEY header or key=)',
    (r) => b64(`-AQ==${b64(r.bytes(20))}${b64(r.bytes(r.pick([48, 48, 16])))}`));
  // Panorama VM auth key (request bootstrap vm-auth-key generate): lets a VM-Series firewall register to Panorama
  def('b48c_panorama_vm_auth_key', 'paloalto', true, 'https://docs.paloaltonetworks.com/vm-series/11-1/vm-series-deployment/bootstrap-the-vm-series-firewall/generate-the-vm-auth-key-on-panorama ("VM auth key 755036225328715 generated"; vm-auth-key in init-cfg.txt)',
    (r) => r.digits(15));
  // iDRAC IPMI-over-LAN encryption key (IPMILan.1.EncryptionKey): the IPMI 2.0 K_g key, 40 hex
  def('b48c_ipmi_kg_key', 'dell', true, 'https://www.dell.com/support/manuals/en-us/idrac9-lifecycle-controller-v5.x-series/idrac9_5.xx_racadm_pub/ipmilan.encryptionkey (20-byte encryption key as 40 hexadecimal characters)',
    (r) => r.hex(40));
  // FortiOS REST API admin token (execute api-user generate-key): shown once, ~30 alphanumerics
  plain('b48c_fortigate_api_token', 'fortinet', AL.b62, 30, 'https://docs.fortinet.com/document/fortigate/7.4.7/administration-guide/940602 (REST API admin token, generated once; access_token= or Authorization: Bearer)');
  // FortiOS "ENC" values (psksecret, LDAP/RADIUS passwords, HA password): base64 of a 4-byte IV and AES
  // ciphertext under a hard-coded key unless private-data-encryption is enabled; decryptable (FG-IR-19-007)
  def('b48c_fortios_enc', 'fortinet', true, 'https://www.fortiguard.com/psirt/FG-IR-19-007 (CVE-2019-6693: ENC credential data in CLI config decryptable with the hard-coded key)',
    (r) => `ENC ${b64(r.bytes(4 + 16 * r.pick([3, 6, 9])))}`);
  // FortiOS admin passwords: "ENC SH2" + base64 salted SHA-256 (a hash, excluded from FG-IR-19-007)
  def('b48c_fortios_admin_hash', 'none', false, 'https://www.fortiguard.com/psirt/FG-IR-19-007 (administrator passwords are hashed, not ENC-encrypted: ENC SH2...)',
    (r) => `ENC SH2${b64(r.bytes(44))}`);
  // BIG-IP iControl REST token (X-F5-Auth-Token): 26 upper-case alphanumerics, 1200 s default lifetime, extendable to 10 h
  plain('b48c_f5_auth_token', 'f5', AL.upperAlnum, 26, 'https://community.f5.com/t5/technical-articles/icontrol-rest-authentication-token-management/ta-p/287462 (X-F5-Auth-Token from /mgmt/shared/authn/login; timeout up to 36000 s)');
  // BIG-IP "$M$" secrets in bigip.conf are encrypted with the unit's master key
  def('b48c_f5_master_key_secret', 'none', false, 'https://my.f5.com/manage/s/article/K9420 (master key encrypts passwords in the configuration: $M$<salt>$<base64>)',
    (r) => `$M$${r.str(AL.b62, 2)}$${b64(r.bytes(r.pick([16, 32, 48])))}`);
  // AS3 / SecureVault ciphertext blobs ("ciphertext" + "protected": {"alg":"dir","enc":"f5sv"})
  def('b48c_as3_ciphertext', 'none', false, 'https://clouddocs.f5.com/products/extensions/f5-appsvcs-extension/latest/refguide/schema-reference.html#f5-secret (ciphertext encrypted with the BIG-IP SecureVault)',
    (r) => b64(r.bytes(r.pick([24, 36, 48]))));

  // ---------------------------------------------------------------------------------------------
  // Device credential encodings that are hashes (hard negatives) and SNMP material
  // ---------------------------------------------------------------------------------------------
  def('b48c_md5crypt_hash', 'none', false, 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html (type 5 = MD5-crypt $1$<salt>$<22 chars>; also Opengear and PAN-OS phash)',
    (r) => `$1$${r.str(AL.bcrypt, r.pick([4, 8]))}$${r.str(AL.bcrypt, 22)}`);
  def('b48c_sha256crypt_hash', 'none', false, 'https://man7.org/linux/man-pages/man3/crypt.3.html (NX-OS "password 5 $5$..." is SHA-256 crypt)',
    (r) => `$5$${r.str(AL.bcrypt, 8)}$${r.str(AL.bcrypt, 43)}`);
  def('b48c_des_crypt_hash', 'none', false, 'https://man7.org/linux/man-pages/man3/crypt.3.html (traditional DES crypt: 2-char salt + 11 chars; tac_plus "login = des ...")',
    (r) => r.str(AL.bcrypt, 13));
  // SNMPv3 engine id: 80000009 (Cisco enterprise) 03 + MAC: an identifier
  def('b48c_snmp_engine_id', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc3411#section-5 (SnmpEngineID: enterprise number + format + MAC)',
    (r) => `800000090300${r.str(AL.HEX, 12)}`);
  // SNMPv3 localized keys (NX-OS "auth sha 0x... localizedkey"): usable directly against that engine
  def('b48c_snmp_localized_key', 'snmp', true, 'https://www.cisco.com/c/en/us/td/docs/switches/datacenter/nexus9000/sw/93x/system-management/b-cisco-nexus-9000-series-nx-os-system-management-configuration-guide-93x/m-configuring-snmp-93x.html (snmp-server user ... auth sha 0x<key> localizedkey)',
    (r) => `0x${r.hex(40)}`);
  // SNMP community strings chosen by admins (RFC 1157: the community is the password)
  // NX-OS "password 3 <hex>" (BGP neighbours, OSPF keys): 3DES under a key fixed in the software, so reversible
  def('b48c_nxos_type3', 'cisco', true, 'https://www.cisco.com/c/en/us/td/docs/switches/datacenter/nexus9000/sw/93x/unicast/configuration/guide/b-cisco-nexus-9000-series-nx-os-unicast-routing-configuration-guide-93x/b-cisco-nexus-9000-series-nx-os-unicast-routing-configuration-guide-93x_chapter_01010.html (neighbor password 3 <encrypted>: "3DES encrypted", decryptable with the platform key)',
    (r) => r.hex(r.pick([16, 32])));
  def('b48c_snmp_community', 'snmp', true, 'https://datatracker.ietf.org/doc/html/rfc3584#section-5.2 (community string authenticates SNMPv1/v2c requests)',
    (r) => `${r.pick(['nms', 'mon', 'ro', 'rw', 'obs'])}-${r.str(AL.b62, r.range(10, 16))}`);
  def('b48c_device_serial', 'none', false, 'https://www.cisco.com/c/en/us/support/docs/field-notices/ (chassis serial numbers LLLYYWWSSSS; public identifiers)',
    (r) => `${r.pick(['FDO', 'FOC', 'JAE', 'SSI', 'JPE'])}${r.digits(4)}${r.str(AL.upperAlnum, 4)}`);

  // ---------------------------------------------------------------------------------------------
  // Monitoring, IPAM and DNS services
  // ---------------------------------------------------------------------------------------------
  plain('b48c_librenms_api_token', 'librenms', AL.hex, 32, 'https://docs.librenms.org/API/ (X-Auth-Token created under /api-access/; 32 hex, e.g. e4ef9234abab59a9...)');
  plain('b48c_kentik_api_token', 'kentik', AL.hex, 32, 'https://kb.kentik.com/v0/Ec05.htm (X-CH-Auth-Email + X-CH-Auth-API-Token; API token from the user profile, 32 hex)');
  plain('b48c_thousandeyes_agent_token', 'thousandeyes', AL.lowerAlnum, 32, 'https://docs.thousandeyes.com/product-documentation/global-vantage-points/enterprise-agents/installing (TEAGENT_ACCOUNT_TOKEN: account group token that registers agents)');
  const ARUBA_DOC = 'https://developer.arubanetworks.com/aruba-central/docs/api-oauth-access-token (API gateway: client_id/client_secret and access/refresh tokens, 32 alphanumerics; access tokens last 2 hours)';
  plain('b48c_aruba_central_client_secret', 'aruba', AL.b62, 32, ARUBA_DOC);
  plain('b48c_aruba_central_token', 'aruba', AL.b62, 32, ARUBA_DOC);
  def('b48c_aruba_central_client_id', 'none', false, ARUBA_DOC, (r) => r.str(AL.b62, 32));
  plain('b48c_ns1_api_key', 'ns1', AL.b62, 20, 'https://developer.ibm.com/apis/catalog/ns1--ibm-ns1-connect-api/Authentication (X-NSONE-Key API key, 20 alphanumerics)');
  plain('b48c_phpipam_app_code', 'phpipam', `${AL.b62}-_`, 32, 'https://phpipam.net/api/api_documentation/ (app security "SSL with App code token": static token header, 32 characters)');
  plain('b48c_clearpass_client_secret', 'aruba', `${AL.b62}/+`, 48, 'https://developer.arubanetworks.com/aruba-cppm/docs/clearpass-api-oauth2 (API client secret for grant_type=client_credentials, shown once)');
};
