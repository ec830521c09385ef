-- /etc/orthanc/lua/autorouting.lua
-- Auto-route stable studies: CT/MR to main PACS, research-flagged studies (accession prefix R-)
-- to the de-identification peer, and notify the ED dashboard.

local RESEARCH_PREFIX = 'R-'
local DASHBOARD_URL = 'https://ed-dashboard.sbrmc.local/api/imaging/ready'
-- dashboard API key (service "orthanc-cache"); rotate together with the dashboard's appsettings
local DASHBOARD_KEY = '⟦generic_api_key_hex32:dashboard⟧'

function OnStableStudy(studyId, tags, metadata)
   local accession = tags['AccessionNumber'] or ''
   local modalities = ParseJson(RestApiGet('/studies/' .. studyId .. '/series?expand'))

   if string.sub(accession, 1, string.len(RESEARCH_PREFIX)) == RESEARCH_PREFIX then
      local anon = ParseJson(RestApiPost('/studies/' .. studyId .. '/anonymize', DumpJson({
         Keep = { 'StudyDescription', 'SeriesDescription' },
         KeepPrivateTags = false,
         DicomVersion = '2023b'
      }, true)))
      RestApiPost('/peers/research/store', anon['ID'])
      return
   end

   for _, s in pairs(modalities) do
      local m = s['MainDicomTags']['Modality']
      if m == 'CT' or m == 'MR' then
         RestApiPost('/modalities/PACS_MAIN/store', studyId)
         break
      end
   end

   SetHttpHeaders({ ['X-Api-Key'] = DASHBOARD_KEY, ['Content-Type'] = 'application/json' })
   HttpPost(DASHBOARD_URL, DumpJson({ accession = accession, study = tags['StudyInstanceUID'] }, true))
end

-- legacy: the old Merge PACS bridge still needs basic auth (decommission Q3)
function OnStoredInstance(instanceId, tags, metadata, origin)
   if tags['Modality'] == 'US' then
      SetHttpCredentials('orthanc-bridge', '⟦password:mergebridge⟧')
      HttpPost('http://merge-bridge.sbrmc.local:8080/notify', instanceId)
   end
end
