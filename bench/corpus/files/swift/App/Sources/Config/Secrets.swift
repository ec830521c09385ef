import Foundation

/// Keys for third-party SDKs. Not great, but the app is internal-only (for now).
enum Secrets {
    static let revenueCatAPIKey = "⟦b39b_revenuecat_public_key:rc⟧"
    static let sentryAuthToken = "⟦sentry_org_token⟧"
    static let openAIKey = "⟦openai_project_key⟧"
    static let mixpanelToken = "⟦md5:mixtoken⟧"
    static let backendSigningSecret = "⟦webhook_signing_secret⟧"
    static let supportEmail = "ios@northwind-labs.com"
}
