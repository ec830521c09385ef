import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2023.11"

project {
    buildType(Build)
    params {
        password("env.DEPLOY_KEY", "credentialsJSON:4f1c2b7a-9d3e-4f60-8a21-c5b9e0d7f312")
        param("env.SENTRY_ORG", "northwind")
        password("env.NPM_TOKEN", "credentialsJSON:b83e6a10-27d4-4c5f-9e01-aa7d3f2c6b95", display = ParameterDisplay.HIDDEN)
    }
}

object Build : BuildType({
    name = "Build"
    steps {
        script {
            scriptContent = "npm ci && npm run build"
        }
    }
})
