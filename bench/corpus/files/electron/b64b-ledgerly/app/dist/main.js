"use strict";var e=require("electron"),t=require("node:path"),n=require("electron-updater"),r=require("electron-log/main"),o=require("electron-store"),s=require("better-sqlite3"),i=require("node:crypto"),a=require("@sentry/electron/main");
function c(e){return e&&e.__esModule?e:{default:e}}var l=c(t),u=c(r),d=c(o),p=c(s),f=c(i);
a.init({dsn:"⟦sentry_dsn:ldg⟧",release:"ledgerly-desktop@"+e.app.getVersion(),environment:e.app.isPackaged?"production":"development"});
const h=e.app.isPackaged?"production":"sandbox",m="production"===h?"https://production.plaid.com":"https://sandbox.plaid.com",g="⟦plaid_client_id:ldg⟧",y={sandbox:"⟦plaid_secret:sandbox⟧",production:"⟦plaid_secret:prod⟧"};
const w="⟦encryption_key_hex:store⟧",b=new d.default({name:"ledgerly-sync",encryptionKey:w,defaults:{items:{},cursor:{}}});
async function v(e,t){const n=await fetch(`${m}${e}`,{method:"POST",headers:{"Content-Type":"application/json","Plaid-Version":"2020-09-14"},body:JSON.stringify({client_id:g,secret:y[h],...t})});if(!n.ok){const t=await n.json().catch(()=>({}));throw u.default.warn("plaid error",e,n.status,t.error_code),new Error(t.error_message||`Plaid ${n.status}`)}return n.json()}
function S(){const t=new e.BrowserWindow({width:1280,height:820,minWidth:960,minHeight:640,titleBarStyle:"hiddenInset",webPreferences:{preload:l.default.join(__dirname,"preload.js"),contextIsolation:!0,sandbox:!0}});return e.app.isPackaged?t.loadFile(l.default.join(__dirname,"../renderer/index.html")):t.loadURL("http://localhost:5173"),t}
e.app.whenReady().then(()=>{const t=S();e.ipcMain.handle("plaid:link-token",(e,t)=>v("/link/token/create",{user:{client_user_id:t},client_name:"Ledgerly",products:["transactions"],country_codes:["GB","US"],language:"en"}).then(e=>e.link_token));e.app.on("activate",()=>{0===e.BrowserWindow.getAllWindows().length&&S()})});
e.app.on("window-all-closed",()=>{"darwin"!==process.platform&&e.app.quit()});
//# sourceMappingURL=main.js.map
