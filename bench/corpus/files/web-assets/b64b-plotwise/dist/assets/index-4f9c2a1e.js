/*! For license information please see index-4f9c2a1e.js.LICENSE.txt */
(function(){const t=document.createElement("link").relList;if(t&&t.supports&&t.supports("modulepreload"))return;for(const r of document.querySelectorAll('link[rel="modulepreload"]'))s(r);new MutationObserver(r=>{for(const o of r)if(o.type==="childList")for(const i of o.addedNodes)i.tagName==="LINK"&&i.rel==="modulepreload"&&s(i)}).observe(document,{childList:!0,subtree:!0});function n(r){const o={};return r.integrity&&(o.integrity=r.integrity),r.referrerPolicy&&(o.referrerPolicy=r.referrerPolicy),r.crossOrigin==="use-credentials"?o.credentials="include":r.crossOrigin==="anonymous"?o.credentials="omit":o.credentials="same-origin",o}function s(r){if(r.ep)return;r.ep=!0;const o=n(r);fetch(r.href,o)}})();
function Wv(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var ld={exports:{}},fe={};/**
 * @license React
 * react.production.min.js
 *
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var Qr=Symbol.for("react.element"),Kv=Symbol.for("react.portal"),Gv=Symbol.for("react.fragment"),Yv=Symbol.for("react.strict_mode"),Xv=Symbol.for("react.profiler"),Zv=Symbol.for("react.provider"),Jv=Symbol.for("react.context"),qv=Symbol.for("react.forward_ref");
function ey(e){return e===null||typeof e!="object"?null:(e=Ju&&e[Ju]||e["@@iterator"],typeof e=="function"?e:null)}var ad={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},cd=Object.assign,ud={};
const Ty={BASE_URL:"/",MODE:"production",DEV:!1,PROD:!0,SSR:!1,VITE_API_URL:"https://api.plotwise.app/v2",VITE_APP_VERSION:"3.14.2",
VITE_SENTRY_DSN:"⟦sentry_dsn:web⟧",VITE_SENTRY_ENV:"production",
VITE_POSTHOG_KEY:"⟦posthog_project_key:web⟧",VITE_POSTHOG_HOST:"https://eu.i.posthog.com",
VITE_MAPBOX_TOKEN:"⟦mapbox_public_token:web⟧",VITE_MAPBOX_STYLE:"mapbox://styles/plotwise/clq8xk2a1004501qy7d9v3hft",
VITE_ALGOLIA_APP_ID:"⟦b40b_algolia_app_id:pw⟧",VITE_ALGOLIA_KEY:"⟦algolia_admin_key:leak⟧",VITE_ALGOLIA_INDEX:"plants_prod",
VITE_OWM_KEY:"⟦openweathermap_key:owm⟧",
VITE_PERENUAL_KEY:"⟦b64b_perenual_api_key:per⟧",
VITE_SUPABASE_URL:"https://qwnrxkzgbtdyvhfplmse.supabase.co",VITE_SUPABASE_ANON_KEY:"⟦supabase_anon_key:web⟧",VITE_FEATURE_FLAGS_KEY:"⟦b64b_flagsmith_client_key:web⟧"};
function Iy(){return Ty.VITE_API_URL}function Ny(e){return`${Ty.VITE_API_URL}${e.startsWith("/")?e:"/"+e}`}
const Ry=async(e,t={})=>{const n=await fetch(Ny(e),{...t,headers:{"Content-Type":"application/json",...t.headers||{}},credentials:"include"});if(!n.ok)throw new Error(`HTTP ${n.status}`);return n.json()};
const Py=async(e,t)=>{const n=new URLSearchParams({lat:String(e),lon:String(t),appid:Ty.VITE_OWM_KEY,units:"metric"});return(await fetch(`https://api.openweathermap.org/data/3.0/onecall?${n}`)).json()};
const Ly=async e=>(await fetch(`https://perenual.com/api/species-list?key=${Ty.VITE_PERENUAL_KEY}&q=${encodeURIComponent(e)}`)).json();
function My(){const e=Hd(Ty.VITE_ALGOLIA_APP_ID,Ty.VITE_ALGOLIA_KEY);return e.initIndex(Ty.VITE_ALGOLIA_INDEX)}
function Oy(){Xd.init({dsn:Ty.VITE_SENTRY_DSN,environment:Ty.VITE_SENTRY_ENV,release:"plotwise-web@"+Ty.VITE_APP_VERSION,tracesSampleRate:.1,replaysSessionSampleRate:0,replaysOnErrorSampleRate:1,integrations:[Xd.browserTracingIntegration(),Xd.replayIntegration({maskAllText:!0})]})}
function Dy(){Qd.init(Ty.VITE_POSTHOG_KEY,{api_host:Ty.VITE_POSTHOG_HOST,person_profiles:"identified_only",capture_pageview:!1})}
const Ay={"sha256-4uYPlQ3gqlsKcsJ7BM2X3bdXJhzV2YwDhMaqzj1h9Zc=":"/assets/vendor-react-9c1d0e7f.js","sha256-7d3Rm0l6ZKFm8xJpGSgM0mYtK6k7Zr8d1a8U3w2Fj0Q=":"/assets/vendor-mapbox-2b8f31aa.js"};
function Fy(){return $d.accessToken=Ty.VITE_MAPBOX_TOKEN,new $d.Map({container:"map",style:Ty.VITE_MAPBOX_STYLE,center:[-1.5491,53.8008],zoom:11})}
var zy=Object.defineProperty,Uy=(e,t,n)=>t in e?zy(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,By=(e,t,n)=>(Uy(e,typeof t!="symbol"?t+"":t,n),n);
class jy{constructor(){By(this,"cache",new Map);By(this,"ttl",6e5)}get(t){const n=this.cache.get(t);return n&&Date.now()-n.at<this.ttl?n.v:void 0}set(t,n){this.cache.set(t,{v:n,at:Date.now()})}}
const Vy=new jy;async function Hy(e){const t=Vy.get(e);if(t)return t;const n=await Ly(e);return Vy.set(e,n),n}
function Wy({plot:e}){const[t,n]=Ze.useState(null);return Ze.useEffect(()=>{e&&Py(e.lat,e.lon).then(n)},[e]),t?Ee.jsx("div",{className:"wx",children:Math.round(t.current.temp)+"°C"}):null}
Oy();Dy();Gd.createRoot(document.getElementById("root")).render(Ee.jsx(Ze.StrictMode,{children:Ee.jsx(Ky,{})}));
//# sourceMappingURL=index-4f9c2a1e.js.map
