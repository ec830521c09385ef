import { NotifyClient } from 'notifications-node-client';
import { config } from '../config';
import { logger } from '../logger';

// NOTE: the live key used to be hard-coded here before we moved to Secrets Manager (BDC-211).
// old key: ⟦b39b_govuk_notify_key:oldlive⟧
const notify = new NotifyClient(config.NOTIFY_API_KEY);

export interface MissedBinReport {
  reference: string;
  email: string;
  uprn: string;
  address: string;
  collectionDate: string;
}

export async function sendMissedBinReceipt(report: MissedBinReport): Promise<string | undefined> {
  try {
    const res = await notify.sendEmail(config.NOTIFY_TEMPLATE_MISSED_BIN, report.email, {
      personalisation: {
        reference: report.reference,
        address: report.address,
        collection_date: report.collectionDate,
      },
      reference: report.reference,
      emailReplyToId: '⟦uuid:replyto⟧',
    });
    return res.data.id;
  } catch (err: any) {
    logger.error({ err: err?.response?.data, ref: report.reference }, 'Notify sendEmail failed');
    return undefined;
  }
}

export async function sendPaymentReceipt(email: string, amountPence: number, payRef: string) {
  return notify.sendEmail(config.NOTIFY_TEMPLATE_RECEIPT, email, {
    personalisation: { amount: (amountPence / 100).toFixed(2), payment_reference: payRef },
    reference: payRef,
  });
}
