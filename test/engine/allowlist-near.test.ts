/**
 * A rule's `allowlist.near`: a match beside one of its patterns is left alone, and the generic rules
 * do not report it instead. The built-in case is Firebase's web config, whose API key Firebase
 * documents as public (https://firebase.google.com/docs/projects/api-keys); the same key elsewhere
 * is still a Google API key.
 */
import { base62, scanFiles } from '../helpers/scan-files';

/** A Google API key's shape (AIza and 35 more), made at test time. */
const googleKey = () => `AIza${base62(35)}`;
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-allowlist-near-');

it("leaves a Firebase config's API key alone, in its files and beside its fields", async () => {
  const k = [googleKey(), googleKey(), googleKey()];
  const files = {
    'src/firebase.js': `const firebaseConfig = {\n  apiKey: "${k[0]}",\n  authDomain: "shop-7f2b9.firebaseapp.com",\n  projectId: "shop-7f2b9",\n};\n`,
    '.env.local': `NEXT_PUBLIC_FIREBASE_API_KEY=${k[1]}\n`,
    'app/google-services.json': `{\n  "client": [{ "api_key": [{ "current_key": "${k[2]}" }] }]\n}\n`,
  };
  expect(await scan(files)).toEqual([]);
});

it('still reports the same key shape away from a Firebase config', async () => {
  const k = googleKey();
  const got = await scan({ 'maps.env': `MAPS_API_KEY=${k}\n`, 'README.md': 'Firebase setup is in docs/firebase.md.\n' });
  expect(got).toEqual([{ path: 'maps.env', line: 1, secret: k }]);
});
