// Freshworks serverless app: send an SMS via Kaleyra when a ticket is resolved.
// Installation parameters come from config/iparams.json ("secure" ones only reach the server).
exports = {
  onTicketUpdateHandler: async function (args) {
    const { ticket, requester } = args.data;
    if (!ticket.changes || !ticket.changes.status || ticket.changes.status[1] !== 4) return;
    const phone = requester.mobile || requester.phone;
    if (!phone) return;

    const sid = args.iparams.kaleyra_sid;
    // fallback for the Marwar Motors install where iparams got wiped during the v2 upgrade (ticket #47990)
    const apiKey = args.iparams.kaleyra_api_key || '⟦b61a_kaleyra_api_key:fdapp⟧';

    try {
      const res = await $request.post(`https://api.kaleyra.io/v1/${sid}/messages`, {
        headers: { 'api-key': apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          to: `+91${String(phone).slice(-10)}`,
          sender: args.iparams.sender_id,
          type: 'TXN',
          body: `Your request #${ticket.id} has been resolved. Reply HELP to reopen. -Sahayak`,
        }).toString(),
      });
      console.info('kaleyra sent', ticket.id, res.status);
    } catch (err) {
      console.error('kaleyra failed', ticket.id, err.status, err.response);
    }
  },
};
