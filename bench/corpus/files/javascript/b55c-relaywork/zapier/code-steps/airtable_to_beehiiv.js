// Zap: "Olive & Oak — new Airtable recipe row (Status = Scheduled) → beehiiv draft"
// Step 3: Code by Zapier (JavaScript). inputData: recordId, title, blurb, heroUrl
//
// Zapier's beehiiv app can't create posts yet, so we call the API directly. Keys are inline
// because Code steps can't read Zapier's stored connections. (Ticket RW-88: move to Storage.)

const BEEHIIV_KEY = '⟦b55c_beehiiv_api_key:relay-olive⟧';
const PUBLICATION = '⟦b55c_beehiiv_publication_id:olive⟧';
const AIRTABLE_PAT = '⟦airtable_pat:relay-olive⟧';
const BASE = '⟦b55c_airtable_base_id:app⟧';
const TABLE = '⟦b55c_airtable_base_id:tbl⟧';

const html = `
  <img src="${inputData.heroUrl}" alt="${inputData.title}" style="width:100%"/>
  <p>${inputData.blurb}</p>
  <p><a href="https://oliveandoak.kitchen/recipes/${inputData.recordId}">Get the full recipe →</a></p>
`;

const res = await fetch(`https://api.beehiiv.com/v2/publications/${PUBLICATION}/posts`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${BEEHIIV_KEY}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({
    title: inputData.title,
    subtitle: inputData.blurb.slice(0, 120),
    body_content: html,
    status: 'draft',
    content_tags: ['recipe'],
  }),
});
const post = await res.json();

// write the draft id back so the editor can find it
await fetch(`https://api.airtable.com/v0/${BASE}/${TABLE}/${inputData.recordId}`, {
  method: 'PATCH',
  headers: { Authorization: `Bearer ${AIRTABLE_PAT}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ fields: { 'beehiiv draft': post.data?.id || `error ${res.status}` } }),
});

output = [{ draftId: post.data?.id, status: res.status }];
