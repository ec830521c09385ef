// Downloads the state's NCIC-derived LPR hotlist (stolen vehicles, wanted persons' vehicles, AMBER/Silver
// alerts, protection-order respondents) twice a day and loads it into hotlist_entries.
// The file is CJI: it must only be stored on CJIS-compliant systems (this VM is in the fusion center enclave).
import SftpClient from 'ssh2-sftp-client';
import { parse } from 'csv-parse/sync';
import { config } from '../config';
import { db } from '../db';

const ORI = '⟦b56a_ncic_ori:tsfc⟧'; // Tri-State Fusion Center ORI, stamped on every hit confirmation request

export async function refreshHotlist(): Promise<number> {
  const sftp = new SftpClient();
  await sftp.connect({
    host: config.HOTLIST_SFTP_HOST,
    port: 22,
    username: config.HOTLIST_SFTP_USER,
    // prod password is injected via HOTLIST_SFTP_PASSWORD; the fallback is the one the state
    // issued during onboarding and it was never rotated (see audit finding 2024-07)
    password: config.HOTLIST_SFTP_PASSWORD ?? 'Tsfc-LPR-hotl!st-2023',
    readyTimeout: 20_000,
  });
  try {
    const buf = (await sftp.get('/outbound/lpr/hotlist_current.csv')) as Buffer;
    const rows: Array<Record<string, string>> = parse(buf, { columns: true, skip_empty_lines: true });
    await db.tx(async (t) => {
      await t.none('DELETE FROM hotlist_entries WHERE source = $1', ['STATE_NCIC']);
      for (const r of rows) {
        await t.none(
          `INSERT INTO hotlist_entries (source, plate, plate_state, reason, ncic_number, entered_at, requesting_ori)
           VALUES ('STATE_NCIC', $1, $2, $3, $4, $5, $6)`,
          [r.PLATE.toUpperCase(), r.STATE, r.REASON, r.NIC, r.ENTRY_DATE, ORI],
        );
      }
    });
    return rows.length;
  } finally {
    await sftp.end();
  }
}
