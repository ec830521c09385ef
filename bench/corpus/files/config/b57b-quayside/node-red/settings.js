/**
 * Node-RED settings — warehouse floor dashboard + scale/label-printer glue (nr-warehouse-01)
 * Only the options we changed are kept; see the upstream settings.js for the full list.
 */
module.exports = {
    flowFile: 'flows.json',

    // Without this, Node-RED generates a key and stores it in .config.runtime.json.
    // We set it explicitly so the credentials survive a reinstall. flows_cred.json is encrypted with it.
    credentialSecret: "warehouse-nodered-2023",

    flowFilePretty: true,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "⟦bcrypt_hash:nr-admin⟧",
            permissions: "*"
        }, {
            username: "floor",
            password: "⟦bcrypt_hash:nr-floor⟧",
            permissions: "read"
        }]
    },

    httpNodeAuth: { user: "scanner", pass: "⟦bcrypt_hash:nr-http⟧" },

    uiPort: process.env.PORT || 1880,

    diagnostics: { enabled: true, ui: true },
    runtimeState: { enabled: false, ui: false },

    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },

    contextStorage: {
        default: { module: "localfilesystem" }
    },

    exportGlobalContextKeys: false,

    externalModules: {
        autoInstall: false,
        palette: { allowInstall: true, allowUpload: false }
    },

    editorTheme: {
        projects: { enabled: false },
        page: { title: "Quayside Warehouse – Node-RED" },
        header: { title: "nr-warehouse-01" }
    },

    functionExternalModules: true,
    functionGlobalContext: {
        // shared by the label-printer function nodes
        zplPrinterHost: "10.40.2.31"
    },

    debugMaxLength: 1000,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000
};
