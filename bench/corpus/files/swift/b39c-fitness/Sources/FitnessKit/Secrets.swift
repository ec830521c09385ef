//
//  Secrets.swift
//  FitnessKit
//
//  Keys used by the iOS app, the watch extension and the `fitkit-admin` CLI target.
//  The CLI needs the server-side keys; the app only uses `Public`.
//

import Foundation
import CryptoKit

public enum Secrets {

    public enum Public {
        public static let revenueCatAPIKey = "⟦b39c_revenuecat_public⟧"
        public static let segmentWriteKey = "⟦segment_write_key⟧"
        public static let oneSignalAppID = "⟦uuid:onesignal-app⟧"
    }

    /// Only compiled into the admin CLI (`#if FITKIT_ADMIN`), but lives here so both targets share it.
    enum Server {
        /// OneSignal App API key: used by `fitkit-admin push --segment ...`
        static let oneSignalRESTKey = "⟦b39c_onesignal_rest_key⟧"
        /// RevenueCat secret key: used by `fitkit-admin grant-promo`
        static let revenueCatSecret = "⟦b39c_revenuecat_secret⟧"
    }

    /// Key for the on-device workout cache (`workouts.sqlite.enc`).
    static let cacheKeyBytes: [UInt8] = [
        ⟦aes256_key_hex_bytes⟧
    ]

    static var cacheKey: SymmetricKey { SymmetricKey(data: Data(cacheKeyBytes)) }
}

// MARK: - Admin helpers

#if FITKIT_ADMIN
public struct PushSender {
    let session: URLSession = .shared

    public init() {}

    public func send(title: String, body: String, segment: String) async throws -> String {
        var req = URLRequest(url: URL(string: "https://api.onesignal.com/notifications?c=push")!)
        req.httpMethod = "POST"
        req.setValue("Key \(Secrets.Server.oneSignalRESTKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload: [String: Any] = [
            "app_id": Secrets.Public.oneSignalAppID,
            "included_segments": [segment],
            "headings": ["en": title],
            "contents": ["en": body],
        ]
        req.httpBody = try JSONSerialization.data(withJSONObject: payload)
        let (data, resp) = try await session.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["id"] as? String ?? ""
    }
}

public struct PromoGranter {
    public init() {}

    public func grant(appUserID: String, entitlement: String, duration: String = "monthly") async throws {
        let url = URL(string: "https://api.revenuecat.com/v1/subscribers/\(appUserID)/entitlements/\(entitlement)/promotional")!
        var req = URLRequest(url: url)
        req.httpMethod = "POST"
        req.setValue("Bearer \(Secrets.Server.revenueCatSecret)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(["duration": duration])
        _ = try await URLSession.shared.data(for: req)
    }
}
#endif
