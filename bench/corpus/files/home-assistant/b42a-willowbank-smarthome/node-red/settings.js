/**
 * Node-RED settings (Home Assistant "Node-RED" add-on uses its own, this is the
 * standalone instance on pi-broker that runs the allotment + greenhouse flows).
 * Trimmed -- see https://nodered.org/docs/user-guide/runtime/settings-file
 **/

module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // By default, credentials are encrypted in storage using a generated key. To
    // specify your own secret, set the following property.
    // Note: once you set this property, do not change it - doing so will prevent
    // node-red from being able to decrypt your existing credentials and they will be
    // lost.
    credentialSecret: "⟦jwt_hmac_secret:nodered|slice=0-40⟧",

    userDir: '/home/pi/.node-red/',

    adminAuth: {
        type: "credentials",
        users: [{
            username: "tom",
            // node-red admin hash-pw
            password: "⟦bcrypt_hash:tom⟧",
            permissions: "*"
        },
        {
            username: "tablet",
            password: "⟦bcrypt_hash:tablet⟧",
            permissions: "read"
        }]
    },

    httpNodeAuth: { user: "hooks", pass: "⟦bcrypt_hash:hooks⟧" },

    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,

    functionExternalModules: true,
    functionGlobalContext: {
        // used by the "allotment water" flow; moved to env var NR_OWM_KEY eventually
        owmKey: process.env.NR_OWM_KEY,
        tgBotToken: "⟦telegram_bot_token:allotment⟧",
        tgChatId: -1001987220431
    },

    exportGlobalContextKeys: false,

    contextStorage: {
        default: { module: "localfilesystem" }
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    editorTheme: {
        projects: { enabled: false },
        codeEditor: { lib: "monaco" }
    }
}
