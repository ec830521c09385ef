-- cnam_lookup.lua
-- Called from the public dialplan: <action application="lua" data="cnam_lookup.lua"/>
-- Looks up the caller name through the Telnyx Number Lookup API and caches it in mod_hash.
--
-- Quayline Comms, ops@quayline.io

local api = freeswitch.API()
local number = session:getVariable("caller_id_number") or ""

-- Telnyx v2 key of the "cnam-lookups" API key (portal > Auth > API Keys)
local TELNYX_API_KEY = "⟦b39a_telnyx_api_key:cnam⟧"
local LOOKUP_URL = "https://api.telnyx.com/v2/number_lookup/"
local CACHE_REALM = "cnam"

if number == "" or number == "anonymous" then
  return
end

local cached = api:executeString("hash select/" .. CACHE_REALM .. "/" .. number)
if cached ~= nil and cached ~= "" then
  session:setVariable("effective_caller_id_name", cached)
  return
end

local cmd = string.format(
  "curl %s%s?type=caller-name json headers append_headers 'Authorization: Bearer %s' connect-timeout 2 timeout 3",
  LOOKUP_URL, number, TELNYX_API_KEY)
local resp = api:executeString(cmd)
local name = resp and resp:match('"caller_name"%s*:%s*"([^"]+)"')

if name then
  freeswitch.consoleLog("info", "cnam " .. number .. " -> " .. name .. "\n")
  api:executeString("hash insert/" .. CACHE_REALM .. "/" .. number .. "/" .. name)
  session:setVariable("effective_caller_id_name", name)
else
  freeswitch.consoleLog("warning", "cnam lookup failed for " .. number .. "\n")
end
