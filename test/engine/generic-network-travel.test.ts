/**
 * Forms found on a blind corpus batch (bench/corpus, batch48: travel and hospitality, professional
 * services, network automation): a routing protocol's MD5 key under an `md5_key` name, and the public
 * halves of signed APIs (Bókun's access key, Hotelbeds' API key) beside their secret halves.
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-network-');

it("reads a routing protocol's MD5 key, and not an MD5 digest", async () => {
  const v = token(24);
  const hits = await scan({
    'host_vars/edge-rtr01.yml': `ospf:\n  area: 0\n  md5_key: ${v}\n  md5_hash: ${hex(32)}\n`,
  });
  expect(secrets(hits)).toEqual([v]);
});

it("leaves Bókun's access key and Hotelbeds' API key alone, and reports their secrets", async () => {
  const v = { bokun: hex(32), hotelbeds: `Hb${token(8)}` };
  const hits = await scan({
    '.env': `BOKUN_ACCESS_KEY=${hex(32)}\nBOKUN_SECRET_KEY=${v.bokun}\nHOTELBEDS_API_KEY=${hex(32)}\nHOTELBEDS_SECRET=${v.hotelbeds}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads ACORD's Pswd element and a WS-Security password with its Type attribute", async () => {
  const v = { acord: `M4rlow-${token(6)}#Agency`, wsse: `PZNn45N-${token(8)}!4Qx` };
  const hits = await scan({
    'outbound/PolicyInqRq.xml': `<SignonRq>\n  <SignonPswd>\n    <CustPswd>\n      <EncryptionTypeCd>NONE</EncryptionTypeCd>\n      <Pswd>${v.acord}</Pswd>\n    </CustPswd>\n  </SignonPswd>\n</SignonRq>\n`,
    'soap/OTA_HotelResNotifRQ.xml': `<wsse:UsernameToken>\n  <wsse:Username>pmsx</wsse:Username>\n  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${v.wsse}</wsse:Password>\n</wsse:UsernameToken>\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
