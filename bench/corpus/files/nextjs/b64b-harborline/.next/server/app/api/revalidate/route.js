"use strict";(()=>{var e={};e.id=611,e.ids=[611],e.modules={
399:e=>{e.exports=require("next/dist/compiled/next-server/app-page.runtime.prod.js")},
4300:e=>{e.exports=require("buffer")},
6113:e=>{e.exports=require("crypto")},
2861:(e,t,r)=>{r.r(t),r.d(t,{originalPathname:()=>v,patchFetch:()=>x,requestAsyncStorage:()=>f,routeModule:()=>h,serverHooks:()=>m,staticGenerationAsyncStorage:()=>g});var a={};r.r(a),r.d(a,{POST:()=>p,dynamic:()=>d});var o=r(9303),n=r(8716),s=r(670),i=r(7070),c=r(6113),u=r(5456);
let d="force-dynamic";
let l=process.env.REVALIDATE_SECRET||"⟦webhook_signing_secret:reval⟧";
let S={domain:"harborline.myshopify.com",apiVersion:"2024-04",adminToken:process.env.SHOPIFY_ADMIN_TOKEN||"⟦shopify_admin_token:hl⟧"};
async function y(e){let t=await fetch(`https://${S.domain}/admin/api/${S.apiVersion}/products/${e}.json`,{headers:{"X-Shopify-Access-Token":S.adminToken}});if(!t.ok)throw Error("shopify "+t.status);return(await t.json()).product}
function w(e,t){let r=c.createHmac("sha256",l).update(t,"utf8").digest("base64");try{return c.timingSafeEqual(Buffer.from(r),Buffer.from(e||""))}catch{return!1}}
async function p(e){let t=await e.text();if(!w(e.headers.get("x-shopify-hmac-sha256"),t))return i.NextResponse.json({ok:!1},{status:401});let r=JSON.parse(t),a=await y(r.id);return(0,u.revalidateTag)("product:"+a.handle),i.NextResponse.json({ok:!0,revalidated:a.handle,now:Date.now()})}
let h=new o.AppRouteRouteModule({definition:{kind:n.x.APP_ROUTE,page:"/api/revalidate/route",pathname:"/api/revalidate",filename:"route",bundlePath:"app/api/revalidate/route"},resolvedPagePath:"/vercel/path0/app/api/revalidate/route.ts",nextConfigOutput:"",userland:a}),{requestAsyncStorage:f,staticGenerationAsyncStorage:g,serverHooks:m}=h,v="/api/revalidate/route";function x(){return(0,s.patchFetch)({serverHooks:m,staticGenerationAsyncStorage:g})}}};
var t=require("../../../webpack-runtime.js");t.C(e);var r=e=>t(t.s=e),a=t.X(0,[948,972],()=>r(2861));module.exports=a})();
