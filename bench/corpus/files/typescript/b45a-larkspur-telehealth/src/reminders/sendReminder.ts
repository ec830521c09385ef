import twilio from "twilio";
import sgMail from "@sendgrid/mail";
import { DateTime } from "luxon";
import type { Appointment, Patient } from "@prisma/client";

const accountSid = process.env.TWILIO_ACCOUNT_SID ?? "⟦twilio_account_sid:rem⟧";
const authToken = process.env.TWILIO_AUTH_TOKEN ?? "⟦twilio_auth_token:rem⟧";
const messagingServiceSid = process.env.TWILIO_MESSAGING_SERVICE_SID!;

const sms = twilio(accountSid, authToken);
sgMail.setApiKey(process.env.SENDGRID_API_KEY!);

// Minimum-necessary: no diagnosis, provider specialty or visit reason in reminders (HIPAA).
export async function sendReminder(appt: Appointment & { patient: Patient }) {
  const when = DateTime.fromJSDate(appt.startsAt).setZone(appt.patient.timezone).toFormat("ccc LLL d 'at' h:mm a");
  const link = `${process.env.APP_URL}/v/${appt.shortCode}`;

  if (appt.patient.smsOptIn && appt.patient.phoneE164) {
    await sms.messages.create({
      messagingServiceSid,
      to: appt.patient.phoneE164,
      body: `Larkspur Health: reminder of your video visit ${when}. Join: ${link} Reply STOP to opt out.`,
    });
  }
  if (appt.patient.email) {
    await sgMail.send({
      to: appt.patient.email,
      from: { email: "care@larkspurhealth.com", name: "Larkspur Health" },
      templateId: process.env.SENDGRID_TEMPLATE_APPT_REMINDER!,
      dynamicTemplateData: { when, link, firstName: appt.patient.preferredName ?? appt.patient.firstName },
    });
  }
}
