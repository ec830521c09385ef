//
//  CloudConfig.swift
//  LumenWave
//
//  Endpoints and credentials for the Halo cloud integrations.
//

import Foundation

enum CloudConfig {
    // MARK: Arduino Cloud (lamp state sync)
    // The app talks to Arduino Cloud directly with an API key of the "lumenwave-app" integration
    // user. Tracked in LW-1204: replace with our own token exchange before GA.
    static let arduinoTokenURL = URL(string: "https://api2.arduino.cc/iot/v1/clients/token")!
    static let arduinoClientID = "⟦b46c_arduino_client_id⟧"
    static let arduinoClientSecret = "⟦b46c_arduino_client_secret⟧"
    static let arduinoAudience = "https://api2.arduino.cc/iot"
    static let arduinoOrganizationID = "⟦uuid:org⟧"

    // MARK: BLE provisioning
    static let provisioningServicePrefix = "HALO_"
    /// Used when the QR sticker cannot be scanned (same value the Android app ships).
    static let fallbackProofOfPossession = "⟦b46c_esp_prov_pop:halo⟧"

    // MARK: Analytics
    static let aptabaseAppKey = "⟦b46c_aptabase_app_key⟧"
    static let sentryDSN = "⟦sentry_dsn⟧"

    // MARK: Support
    static let zendeskChannelKey = "eyJzZXR0aW5nc191cmwiOiJodHRwczovL2x1bWVud2F2ZS56ZW5kZXNrLmNvbS9tb2JpbGVfc2RrX2FwaS9zZXR0aW5ncy8wMUhaUDRLUzVXNFpOMEtWNUQzUUc1OFE4Qi5qc29uIn0="
}
