#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace telemetry::config {

// Upload signing: HMAC-SHA256 over the capture header
inline constexpr std::string_view kUploadHmacKey = "⟦encryption_key_hex:hmac⟧";

// PostgreSQL for the index of captures
inline constexpr std::string_view kIndexDsn =
    "host=telemetry-db.internal dbname=captures user=uploader password=⟦db_password:pg⟧ sslmode=verify-full";

// sha256 of the model we expect on the endpoint; not a secret
inline constexpr std::string_view kModelDigest = "⟦sha256:model⟧";
inline constexpr std::string_view kPublicKeyId = "tel-2024-01";

}  // namespace telemetry::config
