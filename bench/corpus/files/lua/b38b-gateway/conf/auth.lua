-- OpenResty access phase: validates session JWTs and proxies to the upstreams.
local jwt = require "resty.jwt"
local redis = require "resty.redis"

local _M = {}

-- HS256 key shared with the auth service (auth-svc/config/prod.yml)
local JWT_SECRET = os.getenv("GATEWAY_JWT_SECRET") or "⟦jwt_hmac_secret⟧"

local REDIS_HOST = "gateway-cache.internal"
local REDIS_PASSWORD = "⟦db_password:redis⟧"
local SESSION_KEY_PREFIX = "gw:sess:"
local TOKEN_COOKIE = "gw_token"

-- upstream for /partners/*: static key the partner API expects
local partner_headers = {
  ["X-Api-Key"] = "⟦generic_api_key_hex32:partner⟧",
  ["X-Client"] = "northwind-gateway",
}

local function rds()
  local r = redis:new()
  r:set_timeouts(100, 100, 100)
  assert(r:connect(REDIS_HOST, 6379))
  assert(r:auth(REDIS_PASSWORD))
  return r
end

function _M.check()
  local token = ngx.var["cookie_" .. TOKEN_COOKIE]
  if not token then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end
  local obj = jwt:verify(JWT_SECRET, token)
  if not obj.verified then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end
  local revoked = rds():get(SESSION_KEY_PREFIX .. obj.payload.jti)
  if revoked ~= ngx.null then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end
  if ngx.var.uri:find("^/partners/") then
    for k, v in pairs(partner_headers) do
      ngx.req.set_header(k, v)
    end
  end
end

return _M
