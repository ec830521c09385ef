import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildFeatures.perfmon
import jetbrains.buildServer.configs.kotlin.buildSteps.script
import jetbrains.buildServer.configs.kotlin.triggers.vcs
import jetbrains.buildServer.configs.kotlin.vcs.PerforceVcsRoot

/*
 * Orbitlane Starfall - TeamCity versioned settings (Windows + console builds).
 * Mobile builds live in Buildkite; this project covers Win64, PS5 and Xbox packaging.
 * Secure values: create them in the UI (Project > Parameters > password) and paste the
 * credentialsJSON reference here. NEVER paste the raw value - the DSL is in git.
 */

version = "2024.03"

project {
    description = "Starfall (Unreal 5.4) console + PC packaging"

    vcsRoot(StarfallDepot)

    buildType(CompileEditor)
    buildType(PackageWin64)
    buildType(PackagePS5)

    params {
        param("env.UE_ROOT", "D:/UE_5.4")
        param("env.P4PORT", "ssl:p4.orbitlane.games:1666")
        param("env.P4USER", "svc-teamcity")
        password("env.P4PASSWD", "credentialsJSON:⟦uuid:p4pw⟧", display = ParameterDisplay.HIDDEN)
        password("env.STEAM_BUILD_PASS", "credentialsJSON:⟦uuid:steampw⟧")
        password("env.SENTRY_AUTH_TOKEN", "credentialsJSON:⟦uuid:sentrypw⟧")
        // Discord #builds webhook - it's "just a webhook", Jonas said it's fine in the DSL
        param("env.DISCORD_BUILDS_WEBHOOK", "⟦discord_webhook:builds⟧")
        // PlayStation Partners: SDK manager service account
        param("env.SCE_SDK_MANAGER_USER", "orbitlane-build@orbitlane.games")
        param("env.SCE_SDK_MANAGER_PASS", "Starfall-PS5-sdkm!")
    }

    features {
        feature {
            type = "OAuthProvider"
            id = "PROJECT_EXT_12"
            param("clientId", "⟦github_app_client_id:app⟧")
            param("secure:clientSecret", "credentialsJSON:⟦uuid:ghapp⟧")
            param("displayName", "GitHub App (orbitlane-teamcity)")
            param("providerType", "GitHubApp")
        }
    }
}

object StarfallDepot : PerforceVcsRoot({
    name = "//Starfall/main"
    port = "ssl:p4.orbitlane.games:1666"
    mode = stream { streamName = "//Starfall/main" }
    userName = "svc-teamcity"
    password = "credentialsJSON:⟦uuid:p4pw⟧"
    workspaceOptions = """
        Options: noallwrite clobber nocompress unlocked nomodtime rmdir
        LineEnd: local
    """.trimIndent()
})

object CompileEditor : BuildType({
    name = "Compile Editor (Win64 Development)"
    vcs { root(StarfallDepot) }
    steps {
        script {
            name = "Build editor"
            scriptContent = """
                call "%env.UE_ROOT%\Engine\Build\BatchFiles\RunUAT.bat" BuildEditor -project="%teamcity.build.checkoutDir%\Starfall.uproject" -platform=Win64
            """.trimIndent()
        }
    }
    triggers { vcs { } }
    features { perfmon { } }
    requirements { equals("teamcity.agent.jvm.os.name", "Windows 11") }
})

object PackageWin64 : BuildType({
    name = "Package Win64 Shipping"
    vcs { root(StarfallDepot) }
    dependencies { snapshot(CompileEditor) { } }
    steps {
        script {
            name = "BuildCookRun"
            scriptContent = """
                call "%env.UE_ROOT%\Engine\Build\BatchFiles\RunUAT.bat" BuildCookRun -project="%teamcity.build.checkoutDir%\Starfall.uproject" -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak -archive -archivedirectory="%teamcity.build.checkoutDir%\out"
            """.trimIndent()
        }
        script {
            name = "Upload to Steam (beta branch)"
            scriptContent = """
                steamcmd +login orbitlane_build %env.STEAM_BUILD_PASS% +run_app_build ..\steam\app_build_2410870.vdf +quit
            """.trimIndent()
        }
    }
    artifactRules = "out/** => Starfall-Win64-%build.number%.zip"
})

object PackagePS5 : BuildType({
    name = "Package PS5"
    vcs { root(StarfallDepot) }
    dependencies { snapshot(CompileEditor) { } }
    steps {
        script {
            name = "BuildCookRun PS5"
            scriptContent = """
                call "%env.UE_ROOT%\Engine\Build\BatchFiles\RunUAT.bat" BuildCookRun -project="%teamcity.build.checkoutDir%\Starfall.uproject" -platform=PS5 -clientconfig=Shipping -build -cook -stage -pak -package
            """.trimIndent()
        }
    }
    requirements { exists("env.SCE_ROOT_DIR") }
})
