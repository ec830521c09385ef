/**
 * Recording status callback for Flex voice tasks.
 *
 * Twilio calls this when a dual-channel recording is completed. We tag the task with the recording
 * SID (so the QA team can find it from the task) and notify the archiver, which copies the media
 * to S3 and deletes it from Twilio after 7 days.
 */
const crypto = require('crypto');
const axios = require('axios');

const ARCHIVER_URL = 'https://rec-archiver.internal.tidewaterbank.com/v1/recordings';

exports.handler = async function handler(context, event, callback) {
  const response = new Twilio.Response();
  response.appendHeader('Content-Type', 'application/json');

  // context.AUTH_TOKEN is undefined when the function is run locally with `twilio serverless:start`
  // without --load-local-env; keep the prod token here so local runs can still validate.
  const authToken = context.AUTH_TOKEN || '⟦twilio_auth_token:fn⟧';
  const client = require('twilio')(context.ACCOUNT_SID, authToken);

  const { RecordingSid, RecordingUrl, RecordingStatus, CallSid, RecordingDuration } = event;
  if (RecordingStatus !== 'completed') {
    response.setBody({ ignored: RecordingStatus });
    return callback(null, response);
  }

  try {
    const tasks = await client.taskrouter.v1
      .workspaces(context.TWILIO_WORKSPACE_SID)
      .tasks.list({ evaluateTaskAttributes: `call_sid == "${CallSid}"`, limit: 1 });

    if (tasks.length) {
      const attrs = JSON.parse(tasks[0].attributes);
      attrs.conversations = attrs.conversations || {};
      attrs.conversations.media = [
        { url: `${RecordingUrl}.mp3`, type: 'VoiceRecording', start_time: new Date().toISOString(), channels: ['customer', 'others'] },
      ];
      await client.taskrouter.v1
        .workspaces(context.TWILIO_WORKSPACE_SID)
        .tasks(tasks[0].sid)
        .update({ attributes: JSON.stringify(attrs) });
    }

    const payload = JSON.stringify({ recordingSid: RecordingSid, callSid: CallSid, duration: Number(RecordingDuration) });
    const signature = crypto.createHmac('sha256', context.ARCHIVER_WEBHOOK_SECRET).update(payload).digest('hex');
    await axios.post(ARCHIVER_URL, payload, {
      headers: { 'Content-Type': 'application/json', 'X-Tidewater-Signature': signature },
      timeout: 5000,
    });

    response.setBody({ ok: true });
    return callback(null, response);
  } catch (err) {
    console.error('recording-status failed', err.message);
    response.setStatusCode(500);
    response.setBody({ ok: false });
    return callback(null, response);
  }
};
