import Foundation

/// Keys compiled into the app. Everything here ships in the IPA, so only put public
/// identifiers here -- see the comment on `Search` for the one exception we still have to fix.
enum Keys {
    enum Stripe {
        static let publishableKey = "⟦stripe_publishable_live⟧"
        static let merchantIdentifier = "merchant.com.northwind.wallet"
    }

    enum Analytics {
        static let segmentWriteKey = "⟦segment_write_key⟧"
        static let sentryDSN = "⟦sentry_dsn⟧"
    }

    enum Search {
        static let appID = "NW4X9K2Q7T"
        static let searchOnlyKey = "⟦algolia_search_key⟧"
        // FIXME(WAL-311): the admin key is needed for the on-device reindex of favourites; move it server-side
        static let adminKey = "⟦algolia_admin_key⟧"
    }

    /// Local cache encryption (Keychain-less fallback for iOS 14).
    static let cacheKey: [UInt8] = [
        ⟦aes256_key_hex_bytes:cache⟧
    ]

    static let keychainService = "com.northwind.wallet.tokens"
    static let refreshTokenKey = "refresh_token"
    static let accessTokenKey = "access_token"
}
