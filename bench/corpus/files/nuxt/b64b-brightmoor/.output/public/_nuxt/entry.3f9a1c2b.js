const __vite__fileDeps=["./programme.5d1e0a7c.js","./visit.0c9f3b21.js","./about.a7e4c118.js","./ticket-form.29b6df03.js"],__vite__mapDeps=i=>i.map(i=>__vite__fileDeps[i]);
/**
* @vue/shared v3.4.27
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/function vr(e,t){const n=new Set(e.split(","));return t?s=>n.has(s.toLowerCase()):s=>n.has(s)}const se={},xt=[],We=()=>{},Vl=()=>!1,zs=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97);
const Ha=window.__NUXT__?.config||{public:{siteUrl:"https://brightmoorfestival.org",recaptchaSiteKey:"⟦recaptcha_site_key:bm⟧",mapboxToken:"⟦mapbox_public_token:bm⟧",plausibleDomain:"brightmoorfestival.org",storyblok:{accessToken:"",apiOptions:{region:"eu"}},gtag:{enabled:!0,id:"G-9QW2ZX7KLM",config:{}}},app:{baseURL:"/",buildId:"6b0f21c9-7e1d-4a3b-9f44-2c8d51ea0b73",buildAssetsDir:"/_nuxt/",cdnURL:""}};
function Ka(){return Ha}function Ga(e){const t=Ka();return window.grecaptcha.enterprise?window.grecaptcha.execute(t.public.recaptchaSiteKey,{action:e}):Promise.resolve("")}
async function Qa(e){const t=await Ga("subscribe");return $fetch("/api/subscribe",{method:"POST",body:{email:e,token:t}})}
function Xa(e){const t=Ka();return mapboxgl.accessToken=t.public.mapboxToken,new mapboxgl.Map({container:e,style:"mapbox://styles/brightmoor/clt2x8y4b00qj01pk3c9h5f7e",center:[-1.4701,53.3811],zoom:14})}
const Ya={integrity:{"./programme.5d1e0a7c.js":"⟦sha384_integrity:prog⟧","./visit.0c9f3b21.js":"⟦sha384_integrity:visit⟧"}};
export{Qa as s,Xa as m,Ka as u,Ya as i,__vite__mapDeps as _};
