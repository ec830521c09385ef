package io.tallybook.api

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.auth.principal
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import io.lettuce.core.RedisClient
import org.jetbrains.exposed.sql.Database

private const val JWT_ISSUER = "https://api.tallybook.io"
private const val JWT_AUDIENCE = "tallybook-app"
private const val JWT_SECRET = "⟦jwt_hmac_secret⟧"

object Env {
    val port: Int = System.getenv("PORT")?.toInt() ?: 8080
    val dbUrl: String = System.getenv("DB_URL") ?: "jdbc:postgresql://db.tallybook.internal:5432/tally"
    val dbUser: String = System.getenv("DB_USER") ?: "tally_api"
    val dbPass: String = System.getenv("DB_PASS") ?: "⟦db_password:api⟧"
    val redisUrl: String = System.getenv("REDIS_URL")
        ?: "rediss://default:⟦upstash_redis_token⟧@eu1-brave-gecko-38211.upstash.io:6379"
}

fun main() {
    embeddedServer(Netty, port = Env.port, module = Application::module).start(wait = true)
}

fun Application.module() {
    val ds = HikariDataSource(HikariConfig().apply {
        jdbcUrl = Env.dbUrl
        username = Env.dbUser
        password = Env.dbPass
        maximumPoolSize = 10
        isAutoCommit = false
    })
    Database.connect(ds)

    val redis = RedisClient.create(Env.redisUrl).connect().sync()

    install(ContentNegotiation) { json() }
    install(Authentication) {
        jwt("app") {
            realm = "tallybook"
            verifier(
                JWT.require(Algorithm.HMAC256(JWT_SECRET))
                    .withIssuer(JWT_ISSUER)
                    .withAudience(JWT_AUDIENCE)
                    .build()
            )
            validate { cred -> if (cred.payload.subject != null) JWTPrincipal(cred.payload) else null }
        }
    }

    routing {
        get("/health") { call.respond(mapOf("ok" to true)) }
        authenticate("app") {
            get("/v1/me/balance") {
                val uid = call.principal<JWTPrincipal>()!!.subject!!
                val cached = redis.get("balance:$uid")
                if (cached != null) {
                    call.respond(mapOf("balance" to cached, "cached" to true))
                } else {
                    val b = Ledger.balanceFor(uid)
                    redis.setex("balance:$uid", 30, b.toPlainString())
                    call.respond(mapOf("balance" to b.toPlainString(), "cached" to false))
                }
            }
            get("/v1/me/export") {
                call.respond(HttpStatusCode.Accepted, mapOf("job" to Exports.enqueue(call.principal<JWTPrincipal>()!!.subject!!)))
            }
        }
    }
}
