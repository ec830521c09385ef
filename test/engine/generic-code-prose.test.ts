/**
 * Generic assignments that are code or prose, met on real trees: a minified bundle's unquoted
 * `onToken:null,onComment:null,…` (an object literal after a key with "token" in it) and translated
 * messages under keys that say "token". Neither is a secret; a random value assigned the same way
 * outside those shapes still is.
 */
import { randomBytes } from 'node:crypto';
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

/** A random-looking value (base62, 32 characters) made at test time. */
const secret = () => [...randomBytes(32)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');

async function scan(files: Record<string, string>): Promise<Array<{ path: string; ruleId: string; line: number }>> {
  const dir = tempDir('tg-generic-shapes-');
  writeTree(dir, files);
  const r = await runInProcess(['scan', dir, '--format', 'json', '--min-severity', 'info']);
  expect(r.code === 0 || r.code === 1).toBe(true);
  return (JSON.parse(r.stdout) as { findings: Array<{ path: string; ruleId: string; line: number }> }).findings.map(({ path, ruleId, line }) => ({ path, ruleId, line }));
}

it('does not take statements of minified code for an unquoted value', async () => {
  const bundle = [
    `var Ot={ecmaVersion:null,sourceType:"script",onInsertedSemicolon:null,locations:!1,onToken:null,onComment:null,ranges:!1,program:null,sourceFile:null},xt=!1;`,
    `function Kt(e){this.token=e,this.isExpr=!!i,this.preserveSpace=!!s,this.override=r,this.generator=!!n}`,
    `const{tokenValue:e,tokenStart:o}=t;l.lastToken=m)},onComment(m,S,A,p,x,y){if(l.comments){let q=1}}`,
  ].join('\n');
  expect(await scan({ 'vendor/parser.min.js': bundle, 'lib/parser.js': bundle })).toEqual([]);
});

it('does not take translated messages under a key that says token for secrets', async () => {
  const messages = {
    Unexpected_token_Did_you_mean_or_gt_1382: 'Token inesperado. ¿Pretendía usar "{\'>\'}" o "&gt;"?',
    Unexpected_token_Did_you_mean_or_rbrace_1381: "Token imprevisto. Si intendeva `{'}'}` o `&rbrace;`?",
    The_parser_expected_to_find_a_1_to_match_the_0_token_here_1007: "パーサーは、ここで '{0}' トークンに一致する '{1}' を予期していました。",
    Unexpected_token_1012: "意外的标记。你是想使用 `{'>'}` 还是 `&gt;`?",
  };
  expect(await scan({ 'lib/ja/diagnosticMessages.generated.json': JSON.stringify(messages, null, 2) })).toEqual([]);
});

it('does not take a transpiled class\'s private method names (`{key: "_name", value: function}`) for keys', async () => {
  // Babel's class output as prettier 1.x shipped it (parser-html.js): every method is a {key, value} pair.
  // A keyword on the line (tokenName) has its pairs read, and each method name is judged as a value.
  const bundle = `this._tokenizeIcu=r,n.tokenName=t;return i(e,[{key:"_processCarriageReturns",value:function(e){return e.replace(h,"\\n")}},{key:"_tokenizeExpansionForm",value:function(){if(T(this._input,this._index))return!0}},{key:"_attemptCharCodeUntilFn",value:function(t){for(;!t(this._peek);)this._advance()}},{key:"$isInExpansionCase",value:function(){return this._expansionCaseStack.length>0}}])`;
  expect(await scan({ 'packages/prettier/parser-html.js': bundle })).toEqual([]);
});

it('does not take the code between two string literals for a quoted value', async () => {
  // jspec.js in express's published history: the quote closing '<td class="pass">' was read as opening a
  // value for the "key" pass, and the code up to the next literal became a password.
  const html = `      '<td class="pass">' + escape(spec.description)+ '</td><td>' + spec.assertionsGraph() + '</td>' :\n`;
  const php = `<?php echo '<input name="password" value="' . $form->password . '">'; ?>\n`;
  const found = await scan({ 'lib/spec/jspec.js': html, 'views/login.php': php, 'src/db.js': `const password = '${secret()}';\n` });
  expect(found.map((f) => `${f.path}:${f.line}`)).toEqual(['src/db.js:1']);
});

it('still reports a random value assigned unquoted in a script and quoted in code and config', async () => {
  const found = await scan({
    'src/keys.js': `export const tokens = [{ key: "_${secret()}", value: 1 }];\n`,
    'deploy.sh': `#!/bin/sh\nexport SERVICE_TOKEN=${secret()}\n`,
    'src/client.js': `const client = new Client({ apiToken: "${secret()}" });\n`,
    'config/app.json': `{\n  "api_token": "${secret()}"\n}\n`,
  });
  expect(found.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['config/app.json:2', 'deploy.sh:2', 'src/client.js:1', 'src/keys.js:1']);
});

it('--explain on a minified line longer than 64 KiB, read in several windows, explains every pair and still completes', async () => {
  // Windows on one long line overlap; explaining a pair of a later window once asked for a line
  // number behind the previous one, and the scan stopped incomplete.
  const method = (i: number) => `{key:"_${'consumeExpansionCase'.slice(0, 8 + (i % 10))}Part${'ABCDEFGHIJ'[i % 10]}x",value:function(e){return this._advance(${i})}}`;
  const filler = (n: number) => `var a${n}=function(t){return t+${n}};`.repeat(120);
  const line = Array.from({ length: 40 }, (_, i) => `${filler(i)}n.tokenName=t;${method(i)}`).join(',');
  expect(line.length).toBeGreaterThan(64 * 1024);
  const dir = tempDir('tg-explain-long-');
  writeTree(dir, { 'dist/bundle.js': `${line}\n` });
  const plain = await runInProcess(['scan', dir, '--format', 'json', '--min-severity', 'info']);
  const explained = await runInProcess(['scan', dir, '--format', 'json', '--min-severity', 'info', '--explain']);
  expect(explained.stderr).not.toMatch(/incomplete|could not be scanned/i);
  expect(explained.code).toBe(plain.code);
  expect(JSON.parse(explained.stdout).summary.complete).toBe(true);
  const explainedPairs = explained.stderr.split('\n').filter((l) => /explain: .*bundle\.js:1 key:/.test(l));
  expect(explainedPairs.length).toBeGreaterThanOrEqual(40);
});

it('does not take a variable quoted inside a string for a secret, and still finds a literal so quoted', async () => {
  // As git's fsmonitor-watchman hook (in every new repository's .git/hooks) writes it.
  const hook = 'my $last_update_line = "";\nif (substr($last_update_token, 0, 1) eq "c") {\n\t$last_update_token = "\\"$last_update_token\\"";\n}\n';
  expect(await scan({ 'hooks/fsmonitor-watchman.pl': hook })).toEqual([]);
  const literal = `$api_token = "\\"${secret()}\\"";\n`;
  expect(await scan({ 'deploy/set-token.pl': literal })).toEqual([{ path: 'deploy/set-token.pl', ruleId: 'generic.secret-assignment', line: 1 }]);
});
