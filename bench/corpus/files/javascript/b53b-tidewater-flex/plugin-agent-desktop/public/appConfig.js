// Flex UI configuration for local development (`twilio flex:plugins:start`).
// Only the Account SID is needed here; it is public and identifies the Flex project.
var accountSid = "⟦twilio_account_sid:pub⟧";

var appConfig = {
  pluginService: {
    enabled: true,
    url: "/plugins",
  },
  sso: {
    accountSid: accountSid,
  },
  ytica: false,
  logLevel: "info",
  showSupervisorDesktopView: true,
  componentProps: {
    CRMContainer: {
      uriCallback: function (task) {
        return task ? "https://tidewaterbank.zendesk.com/agent/search/1?q=" + encodeURIComponent(task.attributes.from) : "about:blank";
      },
    },
  },
  colorTheme: {
    baseName: "FlexLight",
  },
  router: {
    type: "memory",
  },
};
