import process from "node:process";globalThis._importMeta_={url:import.meta.url,env:process.env};import destr from "destr";import { klona } from "klona";import { snakeCase } from "scule";import { createHooks } from "hookable";
import { defineEventHandler, handleCacheHeaders, splitCookiesString, isEvent, createEvent, fetchWithEvent, getRequestHeader, eventHandler, setHeaders, sendRedirect, proxyRequest, createError, setResponseHeader, send, getResponseStatus, setResponseStatus, setResponseHeaders, getRequestHeaders, createApp, createRouter as createRouter$1, toNodeListener, lazyEventHandler, getQuery as getQuery$1, readBody } from "h3";
import { createFetch as createFetch$1, Headers as Headers$1 } from "ofetch";import { createCall, createFetch } from "unenv/runtime/fetch/index";import { hash } from "ohash";import { parseURL, withoutBase, joinURL, getQuery, withQuery } from "ufo";

const inlineAppConfig = {"nuxt":{}};
const appConfig = defuFn(inlineAppConfig);

const _inlineRuntimeConfig = {
  "app": {
    "baseURL": "/",
    "buildId": "6b0f21c9-7e1d-4a3b-9f44-2c8d51ea0b73",
    "buildAssetsDir": "/_nuxt/",
    "cdnURL": ""
  },
  "nitro": {
    "envPrefix": "NUXT_",
    "routeRules": {
      "/__nuxt_error": { "cache": false },
      "/_nuxt/builds/meta/**": { "headers": { "cache-control": "public, max-age=31536000, immutable" } },
      "/_nuxt/**": { "headers": { "cache-control": "public, max-age=31536000, immutable" } }
    }
  },
  "public": {
    "siteUrl": "https://brightmoorfestival.org",
    "recaptchaSiteKey": "⟦recaptcha_site_key:bm⟧",
    "mapboxToken": "⟦mapbox_public_token:bm⟧",
    "plausibleDomain": "brightmoorfestival.org",
    "storyblok": { "accessToken": "", "apiOptions": { "region": "eu" } },
    "gtag": { "enabled": true, "id": "G-9QW2ZX7KLM", "config": {} }
  },
  "mailchimpApiKey": "⟦mailchimp_api_key:bm⟧",
  "mailchimpListId": "a41c7e09d2",
  "recaptchaSecret": "⟦recaptcha_secret:bm⟧",
  "ticketTailorApiKey": "⟦generic_api_key_hex32:tt⟧",
  "smtp": {
    "host": "smtp.eu.mailgun.org",
    "user": "postmaster@mg.brightmoorfestival.org",
    "pass": "⟦password:smtp⟧"
  }
};
const envOptions = {
  prefix: "NITRO_",
  altPrefix: _inlineRuntimeConfig.nitro.envPrefix ?? process.env.NITRO_ENV_PREFIX ?? "_",
  envExpansion: _inlineRuntimeConfig.nitro.envExpansion ?? process.env.NITRO_ENV_EXPANSION ?? false
};
const _sharedRuntimeConfig = _deepFreeze(
  applyEnv(klona(_inlineRuntimeConfig), envOptions)
);
function useRuntimeConfig(event) {
  if (!event) {
    return _sharedRuntimeConfig;
  }
  if (event.context.nitro.runtimeConfig) {
    return event.context.nitro.runtimeConfig;
  }
  const runtimeConfig = klona(_inlineRuntimeConfig);
  applyEnv(runtimeConfig, envOptions);
  event.context.nitro.runtimeConfig = runtimeConfig;
  return runtimeConfig;
}
_deepFreeze(klona(appConfig));
function useAppConfig(event) {
  if (!event) {
    return _sharedAppConfig;
  }
  if (event.context.nitro.appConfig) {
    return event.context.nitro.appConfig;
  }
  const appConfig$1 = klona(appConfig);
  event.context.nitro.appConfig = appConfig$1;
  return appConfig$1;
}
function _deepFreeze(object) {
  const propNames = Object.getOwnPropertyNames(object);
  for (const name of propNames) {
    const value = object[name];
    if (value && typeof value === "object") {
      _deepFreeze(value);
    }
  }
  return Object.freeze(object);
}

function getEnv(key, opts) {
  const envKey = snakeCase(key).toUpperCase();
  return destr(
    process.env[opts.prefix + envKey] ?? process.env[opts.altPrefix + envKey]
  );
}
function _isObject(input) {
  return typeof input === "object" && !Array.isArray(input);
}
function applyEnv(obj, opts, parentKey = "") {
  for (const key in obj) {
    const subKey = parentKey ? `${parentKey}_${key}` : key;
    const envValue = getEnv(subKey, opts);
    if (_isObject(obj[key])) {
      if (_isObject(envValue)) {
        obj[key] = { ...obj[key], ...envValue };
        applyEnv(obj[key], opts, subKey);
      } else if (envValue === void 0) {
        applyEnv(obj[key], opts, subKey);
      } else {
        obj[key] = envValue ?? obj[key];
      }
    } else {
      obj[key] = envValue ?? obj[key];
    }
    if (opts.envExpansion && typeof obj[key] === "string") {
      obj[key] = _expandFromEnv(obj[key]);
    }
  }
  return obj;
}
const envExpandRx = /{{(.*?)}}/g;
function _expandFromEnv(value) {
  return value.replace(envExpandRx, (match, key) => {
    return process.env[key] || match;
  });
}

const _VeWsmk = defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const body = await readBody(event);
  const verify = await $fetch("https://www.google.com/recaptcha/api/siteverify", {
    method: "POST",
    body: new URLSearchParams({ secret: config.recaptchaSecret, response: body.token })
  });
  if (!verify.success || verify.score < 0.5) {
    throw createError({ statusCode: 400, statusMessage: "captcha" });
  }
  const dc = config.mailchimpApiKey.split("-")[1];
  await $fetch(`https://${dc}.api.mailchimp.com/3.0/lists/${config.mailchimpListId}/members`, {
    method: "POST",
    headers: { Authorization: `apikey ${config.mailchimpApiKey}` },
    body: { email_address: body.email, status: "pending", tags: ["website"] }
  });
  return { ok: true };
});

export { useRuntimeConfig as a, useAppConfig as b, _VeWsmk as c, getRouteRules as g, useNitroApp as u };
//# sourceMappingURL=runtime.mjs.map
