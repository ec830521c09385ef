'use strict';
/** Generators added with batch55-a: each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // z/OS Security Server (RACF): classic passwords are 1-8 characters from A-Z 0-9 @ # $ (mixed case only when
  // SETROPTS PASSWORD(MIXEDCASE)), the first not a digit; password phrases are 14-100 characters
  // ---------------------------------------------------------------------------------------------
  const RACF_PW_DOC = 'https://www.ibm.com/docs/en/zos/3.1.0?topic=passwords-password-rules (RACF passwords: up to 8 characters, A-Z, 0-9 and the national characters @ # $, not starting with a digit; password phrases 14 to 100 characters)';
  const NAT = `${AL.upper}@#$`;
  def('b55a_racf_password', 'racf', true, RACF_PW_DOC, (r) => {
    let s = r.str(NAT, 1) + r.str(`${AL.upperAlnum}@#$`, 6);
    const pos = r.int(6) + 1; // RACF rules usually demand at least one digit
    s = s.slice(0, pos) + r.str(AL.digit, 1) + s.slice(pos);
    return s.slice(0, 8);
  });
  def('b55a_racf_passphrase', 'racf', true, RACF_PW_DOC, (r) => {
    const words = ['harbor', 'granite', 'Teller', 'ledger', 'Cobalt', 'spool', 'VSAM', 'drum', 'quartz', 'Falcon', 'ember', 'river', 'Tape', 'switch'];
    return `${r.pick(words)} ${r.pick(words)} ${r.pick(words)} ${r.digits(2)}${r.pick(['!', '#', '$', '@'])}`;
  });
  // PassTicket keys (PTKTDATA class, SSIGNON(KEYMASKED(...))): a 64-bit DES key written as 16 hex digits;
  // whoever holds it can mint PassTickets for any user of the application
  def('b55a_racf_ptkt_key', 'racf', true, 'https://www.ibm.com/docs/SSLTBW_2.4.0/com.ibm.zos.v2r4.icha700/defpro.htm (RDEFINE PTKTDATA profile SSIGNON(KEYMASKED(key)): legacy PassTicket keys are 64-bit DES keys given as 16 hexadecimal digits; see sskey.htm: "Entities with access to the configured application PassTicket keys can generate valid PassTickets")',
    (r) => r.str(AL.HEX, 16));
  // PassTickets themselves: 8 characters, one use, valid for about ten minutes around the generation time
  def('b55a_racf_passticket', 'none', false, 'https://www.ibm.com/docs/SSLTBW_2.5.0/com.ibm.zos.v2r5.icha300/call.htm (a PassTicket is an 8-character one-time password valid for +/- 10 minutes; replay-protected)',
    (r) => r.str(AL.upperAlnum, 8));

  // ---------------------------------------------------------------------------------------------
  // IBM i user profile passwords at QPWDLVL 0/1: up to 10 characters, upper-case A-Z 0-9 $ @ # _
  // ---------------------------------------------------------------------------------------------
  def('b55a_ibmi_password', 'ibm-i', true, 'https://www.ibm.com/docs/en/i/7.5?topic=values-password-level-qpwdlvl (QPWDLVL 0 or 1: passwords 1-10 characters, A-Z 0-9 $ @ # _, not case sensitive)', (r) =>
    r.str(`${AL.upper}$@#`, 1) + r.str(`${AL.upperAlnum}_$#`, 7) + r.str(AL.digit, 2));

  // ---------------------------------------------------------------------------------------------
  // WebSphere Liberty / Open Liberty: {xor} "encoding" = base64 of each byte XOR 0x5F (obfuscation only; the
  // documentation warns it is recoverable); {hash} = salted PBKDF2 hash for basicRegistry (one-way)
  // ---------------------------------------------------------------------------------------------
  const LIBERTY_DOC = 'https://openliberty.io/docs/latest/reference/command/securityUtility-encode.html (securityUtility encode: xor is the default encoding; "a sophisticated user can recover encoded passwords"; hash for basic registry users)';
  def('b55a_liberty_xor_password', 'websphere', true, LIBERTY_DOC, (r) => {
    const pw = r.str(`${AL.b62}!#$%`, r.range(10, 16));
    return `{xor}${b64(Buffer.from(pw).map((c) => c ^ 0x5f))}`;
  });
  def('b55a_liberty_hash_password', 'none', false, `${LIBERTY_DOC}; {hash} values are one-way`, (r) =>
    `{hash}${b64(Buffer.concat([Buffer.from([0x02, 0x10]), r.bytes(70)]))}`);

  // ---------------------------------------------------------------------------------------------
  // LTPA: the LtpaToken2 cookie (an encrypted, signed session credential, base64) and the ltpa.keys file
  // (3DESKey and PrivateKey encrypted under the keys password, PublicKey in clear)
  // ---------------------------------------------------------------------------------------------
  const LTPA_DOC = 'https://www.ibm.com/docs/en/was-liberty/base?topic=liberty-configuring-ltpa (LTPA keys file ltpa.keys holds com.ibm.websphere.ltpa.3DESKey, PrivateKey and PublicKey, the first two encrypted with keysPassword; LtpaToken2 cookie is the SSO credential)';
  def('b55a_ltpa_token2', 'websphere', true, LTPA_DOC, (r) => b64(r.bytes(r.range(270, 330))));
  def('b55a_ltpa_3des_key', 'websphere', true, LTPA_DOC, (r) => b64(r.bytes(32)).replace(/=/g, '\\='));
  def('b55a_ltpa_private_key', 'websphere', true, LTPA_DOC, (r) => b64(r.bytes(468)).replace(/=/g, '\\='));
  def('b55a_ltpa_public_key', 'none', false, `${LTPA_DOC}; the public key verifies tokens`, (r) => b64(Buffer.concat([Buffer.from([0x00]), r.bytes(131)])).replace(/=/g, '\\='));

  // ---------------------------------------------------------------------------------------------
  // IBM API Connect (fronting z/OS Connect services): X-IBM-Client-Id identifies the application (sent in clear,
  // shown in the developer portal), X-IBM-Client-Secret is the secret; both issued as 32 hex
  // ---------------------------------------------------------------------------------------------
  const APIC_DOC = 'https://www.ibm.com/docs/en/api-connect/10.0.x?topic=applications-registering-application (application credentials: Client ID and Client Secret, the secret shown once; sent as X-IBM-Client-Id / X-IBM-Client-Secret)';
  def('b55a_apic_client_id', 'none', false, `${APIC_DOC}; the client id is an identifier`, (r) => r.hex(32));
  plain('b55a_apic_client_secret', 'ibm-api-connect', AL.hex, 32, APIC_DOC);

  // ---------------------------------------------------------------------------------------------
  // Apigee (in front of state agency APIs called from CICS): the app's consumer key is sent as x-api-key /
  // ?apikey= and is the whole credential for key-verified proxies
  // ---------------------------------------------------------------------------------------------
  plain('b55a_apigee_consumer_key', 'apigee', AL.b62, 32, 'https://cloud.google.com/apigee/docs/api-platform/security/api-keys (VerifyAPIKey: the consumer key of a developer app, generated as a random alphanumeric string; Edge keys are 32 characters, Apigee X 48)');
};
