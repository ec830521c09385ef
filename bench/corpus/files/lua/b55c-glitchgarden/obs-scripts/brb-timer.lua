-- brb-timer.lua — OBS script: when the "BRB" scene is active, count down and post the
-- remaining time to Discord via the relay webhook so mods can see it.
obs = obslua

local source_name = ""
local seconds = 300
local remaining = 0
local webhook = "⟦discord_webhook:brb⟧"

local function post_discord(text)
  -- OBS's Lua has no HTTP client; shell out to curl
  os.execute(string.format(
    'curl -s -H "Content-Type: application/json" -d "{\\"content\\":\\"%s\\"}" "%s" >/dev/null 2>&1 &',
    text, webhook))
end

local function tick()
  if remaining <= 0 then
    obs.remove_current_callback()
    post_discord("BRB timer done, Glitch should be back")
    return
  end
  remaining = remaining - 1
  local src = obs.obs_get_source_by_name(source_name)
  if src ~= nil then
    local settings = obs.obs_data_create()
    obs.obs_data_set_string(settings, "text", string.format("back in %d:%02d", remaining // 60, remaining % 60))
    obs.obs_source_update(src, settings)
    obs.obs_data_release(settings)
    obs.obs_source_release(src)
  end
end

local function on_event(event)
  if event == obs.OBS_FRONTEND_EVENT_SCENE_CHANGED then
    local scene = obs.obs_frontend_get_current_scene()
    local name = obs.obs_source_get_name(scene)
    obs.obs_source_release(scene)
    if name == "BRB" then
      remaining = seconds
      post_discord(string.format("BRB for %d min", seconds // 60))
      obs.timer_add(tick, 1000)
    end
  end
end

function script_description()
  return "BRB countdown + Discord ping"
end

function script_properties()
  local props = obs.obs_properties_create()
  obs.obs_properties_add_text(props, "source", "Text source", obs.OBS_TEXT_DEFAULT)
  obs.obs_properties_add_int(props, "seconds", "Seconds", 30, 3600, 30)
  return props
end

function script_update(settings)
  source_name = obs.obs_data_get_string(settings, "source")
  seconds = obs.obs_data_get_int(settings, "seconds")
end

function script_load(settings)
  obs.obs_frontend_add_event_callback(on_event)
end
