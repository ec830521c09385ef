package com.northwind.server

import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import org.jetbrains.exposed.sql.Database

private const val DB_URL = "jdbc:postgresql://localhost:5432/ktor"
private const val DB_USER = "ktor"
private const val DB_PASSWORD = "Kt0r-Server!"
private val jwtSecret = System.getenv("JWT_SECRET") ?: "⟦jwt_hmac_secret⟧"

fun main() {
    Database.connect(DB_URL, driver = "org.postgresql.Driver", user = DB_USER, password = DB_PASSWORD)
    embeddedServer(Netty, port = 8080) {
        configureSecurity(jwtSecret)
        configureRouting()
    }.start(wait = true)
}
