(()=>{"use strict";var e={912:(e,t,n)=>{n.d(t,{Z:()=>o});const o={projectId:"tabstash-prod",authDomain:"tabstash-prod.firebaseapp.com",apiKey:"⟦firebase_web_api_key:ts⟧",messagingSenderId:"846120993071"}},
417:(e,t,n)=>{n.d(t,{M:()=>r});const r={token:"⟦b46b_mixpanel_project_token:ts⟧",api_host:"https://api-eu.mixpanel.com",persistence:"localStorage"}},
233:(e,t,n)=>{n.d(t,{K:()=>a,X:()=>s});const a="⟦openai_project_key:ts⟧",s="gpt-4o-mini"}},t={};function n(o){var r=t[o];if(void 0!==r)return r.exports;var a=t[o]={exports:{}};return e[o](a,a.exports,n),a.exports}n.d=(e,t)=>{for(var o in t)n.o(t,o)&&!n.o(e,o)&&Object.defineProperty(e,o,{enumerable:!0,get:t[o]})},n.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);
var o=n(912),r=n(417),a=n(233);const s=browser.runtime.getManifest().version;
async function i(e){const[{result:t}]=await browser.scripting.executeScript({target:{tabId:e},func:()=>document.body.innerText.slice(0,12e3)});return t}
async function c(e){const t=await i(e),n=await fetch("https://api.openai.com/v1/chat/completions",{method:"POST",headers:{Authorization:`Bearer ${a.K}`,"Content-Type":"application/json"},body:JSON.stringify({model:a.X,messages:[{role:"system",content:"Summarise the page in three bullet points."},{role:"user",content:t}],max_tokens:200})});return(await n.json()).choices?.[0]?.message?.content??""}
function l(e,t){return fetch(`${r.M.api_host}/track`,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify([{event:e,properties:{token:r.M.token,...t,$app_version:s}}])})}
browser.runtime.onInstalled.addListener((()=>{browser.contextMenus.create({id:"stash",title:"Stash this tab",contexts:["page","link"]}),l("install",{})}));
browser.contextMenus.onClicked.addListener((async(e,t)=>{"stash"===e.menuItemId&&(await c(t.id),l("stash",{source:"menu"}))}))})();
//# sourceMappingURL=background.bundle.js.map
