import nodemailer, { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { logger } from '../logger';

/**
 * SMTP transport for the storefront (Next.js API routes).  Order mails go through the
 * notifier service; this transport only handles contact-form and back-in-stock mails.
 *
 * SES SMTP credentials are NOT the IAM keys: the password is derived from the secret
 * access key (see docs/runbooks/ses-smtp-rotation.md).
 */
const SES_REGION = process.env.SES_REGION ?? 'eu-west-1';

const defaults: SMTPTransport.Options = {
  host: `email-smtp.${SES_REGION}.amazonaws.com`,
  port: 587,
  secure: false,
  requireTLS: true,
  auth: {
    // fallback values are for the preview deployments on Vercel, which have no env wired (yet)
    user: process.env.SES_SMTP_USER || '⟦aws_access_key_id:preview⟧',
    pass: process.env.SES_SMTP_PASS || '⟦b39b_ses_smtp_password:preview⟧',
  },
  pool: true,
  maxConnections: 3,
  maxMessages: 200,
};

let transporter: Transporter<SMTPTransport.SentMessageInfo> | undefined;

export function getTransport(): Transporter<SMTPTransport.SentMessageInfo> {
  if (!transporter) {
    transporter = nodemailer.createTransport(defaults);
    transporter.verify().catch((err) => logger.error({ err }, 'SES SMTP verify failed'));
  }
  return transporter;
}

export async function sendContactForm(from: string, body: string): Promise<string> {
  const info = await getTransport().sendMail({
    from: '"Larkspur Home" <hello@larkspurhome.com>',
    replyTo: from,
    to: 'support@larkspurhome.com',
    subject: `[contact] ${from}`,
    text: body,
    headers: { 'X-SES-CONFIGURATION-SET': 'storefront' },
  });
  return info.messageId;
}
