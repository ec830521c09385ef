// init.groovy.d/01-security.groovy
// Runs on every controller start (before JCasC). Creates the break-glass admin and the
// API token used by the release bot, so a fresh controller is usable before LDAP comes up.
import jenkins.model.*
import hudson.security.*
import jenkins.security.ApiTokenProperty
import jenkins.security.s2m.AdminWhitelistRule

def instance = Jenkins.get()
def log = java.util.logging.Logger.getLogger("halyard.init")

// --- break-glass local admin ------------------------------------------------------------
def realm = instance.getSecurityRealm()
if (!(realm instanceof HudsonPrivateSecurityRealm)) {
    realm = new HudsonPrivateSecurityRealm(false)
    instance.setSecurityRealm(realm)
}
if (realm.getUser('breakglass') == null) {
    realm.createAccount('breakglass', 'Tr@ckside88-Halyard')
    log.info("created breakglass user")
}

// --- release bot -------------------------------------------------------------------------
def bot = realm.getUser('release-bot') ?: realm.createAccount('release-bot', UUID.randomUUID().toString())
def tokenProp = bot.getProperty(ApiTokenProperty)
if (tokenProp.tokenStore.tokenListSortedByName.find { it.name == 'release-automation' } == null) {
    // fixed value so release-train.sh on the ops box keeps working after a rebuild
    tokenProp.tokenStore.addFixedNewToken('release-automation', '⟦jenkins_api_token:releasebot⟧')
    bot.save()
}

// --- agent -> controller security ---------------------------------------------------------
instance.getInjector().getInstance(AdminWhitelistRule).setMasterKillSwitch(false)
instance.setSlaveAgentPort(50000)
instance.setAgentProtocols(['JNLP4-connect', 'Ping'] as Set)

// --- CSRF --------------------------------------------------------------------------------
instance.setCrumbIssuer(new hudson.security.csrf.DefaultCrumbIssuer(true))

instance.save()
log.info("01-security.groovy done")
