(function dartProgram(){function copyProperties(a,b){var s=Object.keys(a)
for(var r=0;r<s.length;r++){var q=s[r]
b[q]=a[q]}}function mixinPropertiesHard(a,b){var s=Object.keys(a)
for(var r=0;r<s.length;r++){var q=s[r]
if(!b.hasOwnProperty(q))b[q]=a[q]}}function mixinPropertiesEasy(a,b){Object.assign(b,a)}var z=function(){var s=function(){}
s.prototype={p:{}}
var r=new s()
if(!(Object.getPrototypeOf(r)&&Object.getPrototypeOf(r).p===s.prototype.p))return false
try{if(typeof navigator!="undefined"&&typeof navigator.userAgent=="string"&&navigator.userAgent.indexOf("Chrome/")>=0)return true
if(typeof version=="function"&&version.length==0){var q=version()
if(/^\d+\.\d+\.\d+\.\d+$/.test(q))return true}}catch(p){}return false}()
var A={
bEK(){return"https://api.kestrel.app"},
bEL(){return"https://xkdpwmtrbqyfhzslvnjc.supabase.co"},
bEM(){return"⟦supabase_anon_key:kestrel⟧"},
bEN(){return"⟦mapbox_public_token:kestrel⟧"},
bEO(){return"⟦weatherapi_key:kestrel⟧"},
bEP(){return"⟦b64b_ebird_api_token:ebird⟧"},
bEQ(){return"⟦jwt_session:mod⟧"},
bER(){return"⟦b39b_revenuecat_secret_key:kestrel⟧"},
bES(){return"⟦openai_project_key:kestrel⟧"},
bET(){return"⟦sentry_dsn:kestrel⟧"},
aR9(a,b){var s=A.bEO(),r=A.iH(["key",s,"q",A.d(a)+","+A.d(b),"aqi","no"],t.N,t.z)
return A.aTz(A.bJ("https://api.weatherapi.com/v1/current.json",r),null)},
aRa(a){return A.aTz(A.bJ("https://api.ebird.org/v2/data/obs/"+A.d(a)+"/recent",null),A.iH(["X-eBirdApiToken",A.bEP()],t.N,t.N))},
aRb(a){var s=A.iH(["Authorization","Bearer "+A.bES(),"Content-Type","application/json"],t.N,t.N)
return A.b5g("https://api.openai.com/v1/chat/completions",s,B.a0.dd(A.iH(["model","gpt-4o-mini","messages",a],t.N,t.z)))},
aRc(a){return A.aTz(A.bJ("https://api.kestrel.app/admin/species/"+A.d(a)+"/flag",null),A.iH(["Authorization","Bearer "+A.bEQ()],t.N,t.N))}}
var B={a0:new A.ayG()}
var t={N:A.a7("h"),z:A.a7("@")}
})()
//# sourceMappingURL=main.dart.js.map
