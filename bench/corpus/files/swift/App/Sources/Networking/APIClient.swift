import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://api.northwind-labs.com/v2")!
    private let session: URLSession = .shared

    // staging basic auth for the TestFlight builds
    private let stagingUser = "ios-beta"
    private let stagingPassword = "iOS-Beta-2024!"

    private let unsplashKey = "⟦unsplash_access_key⟧"

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        let credentials = Data("\(stagingUser):\(stagingPassword)".utf8).base64EncodedString()
        req.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        req.setValue("Client-ID \(unsplashKey)", forHTTPHeaderField: "X-Unsplash-Auth")
        return req
    }
}
