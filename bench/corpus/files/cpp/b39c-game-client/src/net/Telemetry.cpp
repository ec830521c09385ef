// Telemetry.cpp - analytics events, leaderboard submission and the Steam friends lookup
// for "Lanternfall". Client side; see server/ for the authoritative checks.

#include "net/Telemetry.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/hmac.h>

#include "core/Base64.h"
#include "core/Log.h"
#include "net/HttpClient.h"

namespace lf::net {
namespace {

// GameAnalytics (project "Lanternfall - Steam")
constexpr std::string_view kGaGameKey   = "⟦b39c_gameanalytics_game_key⟧";
constexpr std::string_view kGaSecretKey = "⟦b39c_gameanalytics_secret⟧";
constexpr std::string_view kGaEndpoint  = "https://api.gameanalytics.com/v2/";

// Used for GetFriendList / GetPlayerSummaries until the backend proxy ships (LF-1193)
constexpr const char kSteamWebApiKey[] = "⟦b39c_steam_web_api_key⟧";

// Leaderboard submissions are HMAC'd so the Lambda can reject edited saves.
// base64 of the 48-byte key that is also in the Lambda's env
constexpr std::string_view kLeaderboardKeyB64 = "⟦jwt_hmac_secret⟧";

std::string hmacSha256B64(std::string_view keyRaw, std::string_view body) {
    unsigned int len = 0;
    unsigned char out[EVP_MAX_MD_SIZE];
    HMAC(EVP_sha256(), keyRaw.data(), static_cast<int>(keyRaw.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), out, &len);
    return core::base64Encode({out, out + len});
}

int64_t nowSeconds() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

Telemetry::Telemetry(HttpClient& http, std::string userId, std::string sessionId)
    : http_(http), userId_(std::move(userId)), sessionId_(std::move(sessionId)) {}

void Telemetry::designEvent(std::string_view id, double value) {
    queue_.push_back({{"category", "design"}, {"event_id", id}, {"value", value},
                      {"user_id", userId_}, {"session_id", sessionId_}, {"client_ts", nowSeconds()},
                      {"v", 2}, {"platform", "windows"}, {"sdk_version", "rest api v2"}});
    if (queue_.size() >= 32) flush();
}

void Telemetry::flush() {
    if (queue_.empty()) return;
    const std::string body = nlohmann::json(queue_).dump();
    const std::string auth = hmacSha256B64(kGaSecretKey, body);
    http_.postAsync(fmt::format("{}{}/events", kGaEndpoint, kGaGameKey), body,
                    {{"Authorization", auth}, {"Content-Type", "application/json"}});
    queue_.clear();
}

void Telemetry::submitScore(uint64_t steamId, std::string_view level, int32_t score, float seconds) {
    nlohmann::json j{{"steam_id", std::to_string(steamId)}, {"level", level}, {"score", score},
                     {"time", seconds}, {"ts", nowSeconds()}};
    const std::string body = j.dump();
    const std::string key = core::base64Decode(kLeaderboardKeyB64);
    http_.postAsync("https://lb.lanternfall.game/v1/scores", body,
                    {{"X-Signature", hmacSha256B64(key, body)}, {"Content-Type", "application/json"}});
}

void Telemetry::fetchFriends(uint64_t steamId, FriendsCallback cb) {
    const auto url = fmt::format(
        "https://api.steampowered.com/ISteamUser/GetFriendList/v1/?key={}&steamid={}&relationship=friend",
        kSteamWebApiKey, steamId);
    http_.getAsync(url, [cb = std::move(cb)](int status, const std::string& body) {
        if (status != 200) {
            LF_LOG_WARN("friends lookup failed: {}", status);
            return cb({});
        }
        std::vector<uint64_t> ids;
        for (const auto& f : nlohmann::json::parse(body)["friendslist"]["friends"])
            ids.push_back(std::stoull(f["steamid"].get<std::string>()));
        cb(std::move(ids));
    });
}

}  // namespace lf::net
