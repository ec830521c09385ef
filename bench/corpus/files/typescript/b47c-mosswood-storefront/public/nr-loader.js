/* New Relic browser agent loader config (copy/paste install, SPA loader 1.260.1).
 * Generated from one.newrelic.com > Browser > mosswood-storefront > Settings. The licenseKey below is
 * the browser ingest key, not the account license key; it is served to every visitor. */
;window.NREUM||(NREUM={});NREUM.init={distributed_tracing:{enabled:true,cors_use_newrelic_header:false,cors_use_tracecontext_headers:true,allowed_origins:["https://api.mosswood.shop"]},privacy:{cookies_enabled:true},ajax:{deny_list:["bam.nr-data.net"]},session_replay:{enabled:false}};
;NREUM.loader_config={accountID:"3719044",trustKey:"3719044",agentID:"1120384712",licenseKey:"⟦b47c_newrelic_browser_key:sf⟧",applicationID:"1120384712"};
;NREUM.info={beacon:"bam.nr-data.net",errorBeacon:"bam.nr-data.net",licenseKey:"⟦b47c_newrelic_browser_key:sf⟧",applicationID:"1120384712",sa:1};
;/*! For license information please see nr-loader-spa-1.260.1.min.js.LICENSE.txt */
(()=>{var e,t,r={8122:(e,t,r)=>{"use strict";r.d(t,{a:()=>i});var n=r(944);function i(e,t){try{if(!e||"object"!=typeof e)return(0,n.R)(3);if(!t||"object"!=typeof t)return(0,n.R)(4);const r=Object.create(Object.getPrototypeOf(t),Object.getOwnPropertyDescriptors(t)),o=0===Object.keys(r).length?e:r;for(let a in o)if(void 0!==e[a])try{if(null===e[a]){r[a]=null;continue}Array.isArray(e[a])&&Array.isArray(t[a])?r[a]=Array.from(new Set([...e[a],...t[a]])):"object"==typeof e[a]&&"object"==typeof t[a]?r[a]=i(e[a],t[a]):r[a]=e[a]}catch(e){(0,n.R)(1,e)}return r}catch(e){(0,n.R)(2,e)}}}}})();
