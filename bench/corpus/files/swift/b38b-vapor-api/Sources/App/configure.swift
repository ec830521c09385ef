import Fluent
import FluentPostgresDriver
import JWT
import Redis
import Vapor

public func configure(_ app: Application) async throws {
    app.http.server.configuration.port = 8080

    let dbPassword = Environment.get("DATABASE_PASSWORD") ?? "⟦db_password:pg⟧"
    app.databases.use(
        .postgres(configuration: .init(
            hostname: Environment.get("DATABASE_HOST") ?? "tickets-db.internal",
            port: 5432,
            username: "tickets",
            password: dbPassword,
            database: "tickets",
            tls: .prefer(try .init(configuration: .clientDefault))
        )),
        as: .psql
    )

    app.redis.configuration = try RedisConfiguration(
        hostname: "tickets-cache.internal",
        port: 6379,
        password: "redis-tickets-01",
        pool: .init(connectionRetryTimeout: .seconds(5))
    )

    // HS256 signer for session tokens; kid is just a label
    await app.jwt.keys.add(hmac: HMACKey(from: "⟦jwt_hmac_secret:sess⟧"), digestAlgorithm: .sha256, kid: "sessions-2024")

    app.sessions.configuration.cookieName = "tickets_session"
    app.middleware.use(app.sessions.middleware)

    // Apple Sign-In key id and team id are identifiers; the .p8 key itself is loaded below
    let appleKeyID = "7XK2M9Q4PW"
    let appleTeamID = "N2W8R4T6Y1"
    let appleKey = """
⟦pem_ec_pkcs8:apple⟧
"""
    try await app.jwt.apple.applicationIdentifier("com.northwind.tickets")
    _ = (appleKeyID, appleTeamID, appleKey)

    try routes(app)
}
