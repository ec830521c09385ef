//! Compile-time configuration for kv-proxy.
//!
//! kv-proxy terminates RESP from the edge boxes and forwards it to Upstash over
//! TLS. Values here are baked into the release build (`zig build -Doptimize=ReleaseSafe`);
//! override at runtime with the KVP_* environment variables.

const std = @import("std");

pub const listen_address = "0.0.0.0";
pub const listen_port: u16 = 6380;

pub const upstream = struct {
    pub const host = "eu2-clever-hawk-31877.upstash.io";
    pub const port: u16 = 6379;
    pub const user = "default";
    pub const password = "⟦upstash_redis_token⟧";
    pub const tls = true;
};

/// Clients authenticate to the proxy with an HMAC over (client id || unix minute).
/// Same key is compiled into the edge agent.
pub const client_hmac_key = [_]u8{
    ⟦aes256_key_hex_bytes⟧,
};

pub const limits = struct {
    pub const max_clients: u32 = 512;
    pub const max_pipeline: u32 = 64;
    pub const idle_timeout_ms: u64 = 60 * std.time.ms_per_s;
    pub const max_value_bytes: usize = 1 << 20;
};

/// Commands the edge boxes may send. Everything else is rejected with -ERR.
pub const allowed_commands = [_][]const u8{
    "GET", "SET", "MGET", "DEL", "EXPIRE", "TTL", "INCRBY", "HGET", "HSET", "HGETALL", "PING",
};

pub fn envOr(allocator: std.mem.Allocator, name: []const u8, default: []const u8) ![]const u8 {
    return std.process.getEnvVarOwned(allocator, name) catch |err| switch (err) {
        error.EnvironmentVariableNotFound => try allocator.dupe(u8, default),
        else => return err,
    };
}

test "hmac key has the right length" {
    try std.testing.expectEqual(@as(usize, 32), client_hmac_key.len);
}
