import * as DropboxSign from '@dropbox/sign';
import { config } from '../../config';

// Dropbox Sign (formerly HelloSign). Test mode is forced outside production.
// The fallback key belongs to the shared "cw-dev" Dropbox Sign account so that local dev works
// without any setup. It is a real key (test_mode requests are free).
const DEV_FALLBACK_KEY = '⟦b48b_dropboxsign_api_key:dev⟧';

const api = new DropboxSign.SignatureRequestApi();
api.username = config.dropboxSign.apiKey || DEV_FALLBACK_KEY;

const embedded = new DropboxSign.EmbeddedApi();
embedded.username = api.username;

export interface SendArgs {
  contractId: string;
  title: string;
  fileUrl: string;
  signers: { name: string; email: string; order?: number }[];
}

export async function sendForSignature(args: SendArgs) {
  const data: DropboxSign.SignatureRequestSendRequest = {
    title: args.title,
    subject: `Please sign: ${args.title}`,
    message: 'Sent via ClauseWise',
    fileUrls: [args.fileUrl],
    signers: args.signers.map((s, i) => ({ emailAddress: s.email, name: s.name, order: s.order ?? i })),
    metadata: { clausewise_contract_id: args.contractId },
    testMode: config.env !== 'production',
  };
  const res = await api.signatureRequestSend(data);
  return res.body.signatureRequest?.signatureRequestId;
}

export async function signUrl(signatureId: string) {
  const res = await embedded.embeddedSignUrl(signatureId);
  return res.body.embedded?.signUrl;
}
