/**
 * Nightly: build CZML for the tracked constellation and upload it to Cesium ion as a new asset
 * version, so the public viewer (viewer.orbitview.io) streams it instead of computing SGP4 in the
 * browser.
 *
 *   npx tsx scripts/upload-czml.ts --group starlink --hours 6
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { buildCzml } from '../src/czml/build';
import { fetchGroup } from '../src/data/celestrak';

const ION_API = 'https://api.cesium.com/v1';
// "orbitview-ci" token: assets:list, assets:read, assets:write. The viewer uses a separate
// read-only token restricted to viewer.orbitview.io.
const ION_TOKEN = process.env.CESIUM_ION_WRITE_TOKEN ?? '⟦b53a_cesium_ion_token:ci⟧';

// N2YO is used for the "visible passes" sidebar only
const N2YO_KEY = process.env.N2YO_API_KEY ?? '⟦b53a_n2yo_api_key:ts⟧';

interface UploadLocation {
  bucket: string;
  prefix: string;
  endpoint: string;
  accessKey: string;
  secretAccessKey: string;
  sessionToken: string;
}

async function ion<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${ION_API}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${ION_TOKEN}`, 'Content-Type': 'application/json', ...init.headers },
  });
  if (!res.ok) throw new Error(`ion ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

async function main() {
  const { values } = parseArgs({
    options: { group: { type: 'string', default: 'stations' }, hours: { type: 'string', default: '6' } },
  });
  const sats = await fetchGroup(values.group!);
  const czml = buildCzml(sats, { hours: Number(values.hours), stepSeconds: 30 });
  await writeFile(`out/${values.group}.czml`, JSON.stringify(czml));

  const created = await ion<{ assetMetadata: { id: number }; uploadLocation: UploadLocation; onComplete: { url: string; fields: object } }>(
    '/assets',
    {
      method: 'POST',
      body: JSON.stringify({ name: `orbitview-${values.group}-${new Date().toISOString().slice(0, 10)}`, type: 'CZML', options: { sourceType: 'CZML' } }),
    },
  );
  const u = created.uploadLocation;
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: u.endpoint,
    credentials: { accessKeyId: u.accessKey, secretAccessKey: u.secretAccessKey, sessionToken: u.sessionToken },
  });
  await s3.send(new PutObjectCommand({ Bucket: u.bucket, Key: `${u.prefix}${values.group}.czml`, Body: await readFile(`out/${values.group}.czml`) }));
  await fetch(created.onComplete.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ION_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(created.onComplete.fields),
  });
  console.log(`uploaded asset ${created.assetMetadata.id} (${sats.length} satellites)`);
  console.log(`n2yo key configured: ${N2YO_KEY ? 'yes' : 'no'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
