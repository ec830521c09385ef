/**
 * Files that hold nothing but a secret (rules/generic/secret-files.yaml): their rules have no keyword,
 * so the file's name is the only prefilter. The schema allows that for path-bound rules alone, and the
 * real CLI must find such a secret where the file's name says it is one, and nowhere else.
 */
import { randomBytes } from 'node:crypto';
import { validateRuleFile } from '../../src/rules/load';
import { base62, scanFiles, token } from '../helpers/scan-files';

const rule = (over: Record<string, unknown>) => ({
  provider: 'acme',
  name: 'Acme',
  rules: [
    {
      id: 'acme.file-key',
      name: 'Acme key file',
      description: 'The key of an acme key file.',
      severity: 'high',
      regex: '^([0-9a-f]{32})$',
      examples: { positive: ['{{secret}}'], negative: ['x'] },
      ...over,
    },
  ],
});

describe('keywordless rules', () => {
  it('are accepted only when bound to a path', () => {
    expect(() => validateRuleFile(rule({ path: '\\.acmekey$', keywords: [] }), 'acme.yaml')).not.toThrow();
    expect(() => validateRuleFile(rule({ keywords: [] }), 'acme.yaml')).toThrow(/acme\.yaml.*keywords/s);
    expect(() => validateRuleFile(rule({ keywords: ['acme'] }), 'acme.yaml')).not.toThrow();
  });
});

describe('secret files', () => {
  it('finds the password of an OpenVPN auth-user-pass file on its second line, and only under an openvpn folder', async () => {
    const password = `${base62(6)}-${base62(6)}!9`;
    const hits = await scanFiles({
      'etc/openvpn/auth.txt': `dana.whitfield\n${password}\n`,
      'vpn/openvpn/auth/site-b.creds': `site-b\r\n${password}x\r\n`,
      'notes/auth.txt': `dana.whitfield\n${password}\n`,
      'etc/openvpn/server.conf': `port 1194\nproto udp\n`,
    });
    expect(hits).toEqual([
      { path: 'etc/openvpn/auth.txt', line: 2, secret: password },
      { path: 'vpn/openvpn/auth/site-b.creds', line: 2, secret: `${password}x` },
    ]);
  });

  it('finds a PSK file, a MongoDB keyfile and a Chef data bag secret by their names, not the same bytes elsewhere', async () => {
    const psk = randomBytes(32).toString('hex');
    const keyfile = randomBytes(756).toString('base64');
    const lines = keyfile.match(/.{1,64}/g)!;
    const bagSecret = randomBytes(512).toString('base64');
    const hits = await scanFiles({
      'zabbix/zabbix_agentd.psk': `${psk}\n`,
      'zabbix/notes.txt': `${psk}\n`,
      'deploy/mongodb/keyfile': `${lines.join('\n')}\n`,
      'deploy/web/keyfile': `${lines.join('\n')}\n`,
      '.chef/encrypted_data_bag_secret': bagSecret,
      '.chef/knife.rb': `encrypted_data_bag_secret "#{current_dir}/encrypted_data_bag_secret"\n`,
    });
    expect(hits).toEqual([
      { path: '.chef/encrypted_data_bag_secret', line: 1, secret: bagSecret },
      { path: 'deploy/mongodb/keyfile', line: 1, secret: lines[0] },
      { path: 'zabbix/zabbix_agentd.psk', line: 1, secret: psk },
    ]);
  });

  it('finds a Nix signing key, not its public key', async () => {
    const secret = randomBytes(64).toString('base64');
    const hits = await scanFiles({
      'secrets/cache-priv-key.pem': `cache.${token(8).toLowerCase()}.org-1:${secret}\n`,
      'secrets/cache-pub-key.pem': `cache.example.org-1:${randomBytes(32).toString('base64')}\n`,
    });
    expect(hits).toEqual([{ path: 'secrets/cache-priv-key.pem', line: 1, secret }]);
  });
});
