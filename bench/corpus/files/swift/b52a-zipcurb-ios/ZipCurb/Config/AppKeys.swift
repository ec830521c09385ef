//
//  AppKeys.swift
//  ZipCurb
//
//  Keys that ship inside the rider app. Everything here must be safe to extract from the IPA:
//  publishable / public / client-side keys only. Server secrets live in the API, never here.
//

import Foundation

enum AppKeys {
    enum Stripe {
        /// Publishable key (pk_live_…), used by PaymentSheet. Public by design.
        static let publishableKey = "⟦stripe_publishable_live:zc⟧"
        static let merchantIdentifier = "merchant.app.zipcurb"
    }

    enum Mapbox {
        /// Public token (pk.…), URL/bundle-restricted in the Mapbox account.
        static let accessToken = "⟦mapbox_public_token:ios⟧"
        static let styleURL = "mapbox://styles/zipcurb/clx1r2p3q00ab01qw4e5r6t7y"
    }

    enum Smartcar {
        /// Client id is public (Smartcar: "safe to hardcode"); the secret stays server side.
        static let clientId = "⟦b52a_smartcar_client_id:zc⟧"
        static let redirectURI = "sc⟦b52a_smartcar_client_id:zc⟧://connect"
    }

    enum Support {
        static let intercomAppId = "qz7m2k4r"
        /// Intercom iOS API key (ios_sdk-…), identifies the workspace in the SDK; not a REST token.
        static let intercomIOSKey = "ios_sdk-⟦sha1:intercom⟧"
    }

    enum Analytics {
        static let amplitudeAPIKey = "⟦md5:amplitude⟧"
    }
}
