-- auth.lua: access_by_lua_file for the public API gateway (OpenResty 1.25)
--
--   location /api/ {
--       access_by_lua_file  conf/lua/auth.lua;
--       log_by_lua_block    { require("gw.ship_logs").enqueue() }
--       proxy_pass          http://backend;
--   }

local jwt = require("resty.jwt")
local redis = require("resty.redis")
local cjson = require("cjson.safe")

local _M = {}

local JWT_SECRET = "⟦jwt_hmac_secret:gw⟧"
local REDIS_HOST = "10.20.0.15"
local REDIS_PORT = 6379
local REDIS_PASSWORD = "⟦password:redis⟧"
local RATE_LIMIT_PER_MIN = 600

-- logs are shipped to Datadog from log_by_lua (see gw/ship_logs.lua); key kept here so
-- both modules read it from one place
_M.DD_API_KEY = "⟦datadog_api_key⟧"
_M.DD_INTAKE = "https://http-intake.logs.datadoghq.eu/api/v2/logs"

local function deny(status, msg)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode({ error = msg }))
  return ngx.exit(status)
end

local function rate_limited(sub)
  local red = redis:new()
  red:set_timeouts(100, 100, 100)
  local ok, err = red:connect(REDIS_HOST, REDIS_PORT)
  if not ok then
    ngx.log(ngx.WARN, "redis connect failed: ", err)
    return false -- fail open
  end
  local res, aerr = red:auth(REDIS_PASSWORD)
  if not res then
    ngx.log(ngx.WARN, "redis auth failed: ", aerr)
    return false
  end
  local key = "rl:" .. sub .. ":" .. math.floor(ngx.now() / 60)
  local count = red:incr(key)
  if count == 1 then red:expire(key, 70) end
  red:set_keepalive(10000, 100)
  return tonumber(count) and tonumber(count) > RATE_LIMIT_PER_MIN
end

local auth_header = ngx.var.http_authorization
if not auth_header then
  return deny(401, "missing bearer token")
end

local token = auth_header:match("^[Bb]earer%s+(.+)$")
if not token then
  return deny(401, "malformed authorization header")
end

local verified = jwt:verify(JWT_SECRET, token, {
  exp = require("resty.jwt-validators").is_not_expired(),
  iss = require("resty.jwt-validators").equals("https://auth.quayside.io"),
})
if not verified.verified then
  return deny(401, verified.reason or "invalid token")
end

local sub = verified.payload.sub
if rate_limited(sub) then
  ngx.header["Retry-After"] = "60"
  return deny(429, "rate limit exceeded")
end

ngx.req.set_header("X-User-Id", sub)
ngx.req.set_header("X-User-Scopes", table.concat(verified.payload.scope or {}, " "))
ngx.req.clear_header("Authorization")

return _M
