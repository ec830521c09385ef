(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[888],{6840:function(e,t,n){(window.__NEXT_P=window.__NEXT_P||[]).push(["/_app",function(){return n(4298)}])},
4298:function(e,t,n){"use strict";n.r(t),n.d(t,{default:function(){return y}});var r=n(5893),o=n(7294),a=n(1163),i=n(9008),s=n.n(i),c=n(4155),l=n(2962);
let u={siteUrl:"https://harborline.co",algoliaAppId:"⟦b40b_algolia_app_id:hl⟧",algoliaSearchKey:"⟦algolia_search_key:hl⟧",stripeKey:"⟦stripe_publishable_live:hl⟧"};
let d="⟦stripe_secret_live:hl⟧";
function f(e){return fetch("/api/cart",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify(e)}).then(e=>e.json())}
function p(){let[e,t]=(0,o.useState)(null);return(0,o.useEffect)(()=>{(0,l.J)(u.stripeKey).then(t)},[]),e}
function m(e){return fetch("https://api.stripe.com/v1/payment_intents/"+e,{headers:{Authorization:"Bearer "+d}}).then(e=>e.json())}
function h(){let e=(0,c.Z)(u.algoliaAppId,u.algoliaSearchKey);return e.initIndex("products_en")}
function y(e){let{Component:t,pageProps:n}=e,i=(0,a.useRouter)();return(0,o.useEffect)(()=>{let e=e=>{window.gtag&&window.gtag("config","G-4XK2PQ9ZLB",{page_path:e})};return i.events.on("routeChangeComplete",e),()=>i.events.off("routeChangeComplete",e)},[i.events]),(0,r.jsxs)(r.Fragment,{children:[(0,r.jsx)(s(),{children:(0,r.jsx)("meta",{name:"viewport",content:"width=device-width, initial-scale=1"})}),(0,r.jsx)(t,{...n})]})}
},1163:function(e,t,n){e.exports=n(3079)}},function(e){var t=function(t){return e(e.s=t)};e.O(0,[774,179],function(){return t(6840),t(3079)}),_N_E=e.O()}]);
//# sourceMappingURL=_app-8d1e2f0a9c4b3d21.js.map
