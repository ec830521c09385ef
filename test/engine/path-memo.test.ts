import RE2 from 're2';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import { PathMemo, pathMatcher } from '../../src/engine/path-memo';

describe('pathMatcher', () => {
  const defs = rulesOf(builtinRuleFiles()).filter((d) => d.path !== undefined);
  const one = (path: string) => defs.filter((d) => new RE2(d.path!, '').test(path)).map((d) => d.id);

  it('gives, in rule order, the rules whose path pattern a search with each pattern alone finds', () => {
    const names = ['Dockerfile', '.pgpass', 'AuthKey_ABCDEFGHIJ.p8', 'datadog.yaml', 'rclone.conf', 'pub-tokens.json', '.zuliprc', 'a.P12', 'x.kdb', 'index.js', 'README.md', 'secrets.kdbx'];
    const dirs = ['', 'config/', 'deep/er/', 'openvpn/', 'openvpn/site/', 'msmtp/', '.dbeaver/'];
    const paths = dirs
      .flatMap((d) => names.map((n) => d + n))
      .concat(['openvpn/site/auth.txt', 'msmtp/config', '.dbeaver/credentials-config.json', 'Dockerfile.prod', 'app.containerfile', 'vault_pass.txt']);
    const matcher = pathMatcher(defs, (d) => d.path!);
    let matched = 0;
    for (const path of paths) {
      const got = matcher.get(path).map((d) => d.id);
      expect({ path, ids: got }).toEqual({ path, ids: one(path) });
      if (got.length > 0) matched++;
    }
    // The list exercises the patterns, not only paths no rule cares about.
    expect(matched).toBeGreaterThan(40);
    expect(matcher.get('a/Dockerfile.pgpass').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the given order when a path matches several patterns', () => {
    const items = [{ p: 'b' }, { p: '^a' }, { p: 'c$' }, { p: '(?i)ABC' }];
    expect(pathMatcher(items, (i) => i.p).get('abc')).toEqual(items);
    expect(pathMatcher(items, (i) => i.p).get('xbx')).toEqual([items[0]]);
  });

  it('matches nothing for no patterns', () => {
    expect(pathMatcher([], () => 'x').get('x')).toEqual([]);
  });
});

describe('PathMemo', () => {
  it('computes once per path, and starts over past its bound', () => {
    let computed = 0;
    const memo = new PathMemo((p: string) => {
      computed++;
      return p.length;
    }, 2);
    expect([memo.get('a'), memo.get('bb'), memo.get('a')]).toEqual([1, 2, 1]);
    expect(computed).toBe(2);
    memo.get('ccc');
    memo.get('a');
    expect(computed).toBe(4);
  });
});
