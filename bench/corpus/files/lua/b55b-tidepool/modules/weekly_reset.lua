-- weekly_reset.lua: Reefwatch weekly leaderboard payouts (legacy Lua runtime, being ported to Go)
local nk = require("nakama")

local LEADERBOARD = "reef_weekly"
local PAYOUTS = { 500, 300, 200, 100, 100, 50, 50, 50, 50, 50 }

-- results are mirrored to the community server's #leaderboards channel
local ANNOUNCE_WEBHOOK = "⟦discord_webhook:lua⟧"

local function announce(lines)
  local body = nk.json_encode({ content = table.concat(lines, "\n") })
  local ok, err = pcall(nk.http_request, ANNOUNCE_WEBHOOK, "POST", { ["Content-Type"] = "application/json" }, body)
  if not ok then
    nk.logger_warn(("announce failed: %s"):format(tostring(err)))
  end
end

local function on_reset(context, leaderboard, reset)
  if leaderboard.id ~= LEADERBOARD then
    return
  end
  local records = nk.leaderboard_records_list(leaderboard.id, nil, #PAYOUTS, nil, reset)
  local lines = { ("**Weekly reef results** (%s)"):format(os.date("!%Y-%m-%d", reset)) }
  for i, record in ipairs(records or {}) do
    local amount = PAYOUTS[i] or 0
    nk.wallet_update(record.owner_id, { pearls = amount }, { source = "weekly_reset", rank = i }, true)
    table.insert(lines, ("%d. %s — %d pts (+%d pearls)"):format(i, record.username or record.owner_id, record.score, amount))
  end
  announce(lines)
end

nk.register_leaderboard_reset(on_reset)
