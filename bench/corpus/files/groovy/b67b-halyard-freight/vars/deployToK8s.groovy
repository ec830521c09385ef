// vars/deployToK8s.groovy  (halyard-pipeline-lib)
// Usage: deployToK8s(app: 'tracking-api', env: 'staging', tag: '123-abc1234')
// Syncs the Argo CD application after bumping the image tag in the gitops repo.

def call(Map args) {
    String app = args.app ?: error('deployToK8s: app is required')
    String env = args.env ?: 'staging'
    String tag = args.tag ?: error('deployToK8s: tag is required')
    String argoServer = args.argoServer ?: 'argocd.halyard-freight.internal'

    // Project-scoped token for the "ci-sync" account (argocd account generate-token).
    // Was going to be a Jenkins credential but the shared lib runs in the sandbox without access
    // to the folder store, see CI-790.
    String argoToken = args.argoToken ?: '⟦b40a_argocd_token:cisync⟧'

    dir("gitops-${env}") {
        git url: 'https://github.com/halyard-freight/gitops.git', branch: 'main', credentialsId: 'github-halyard-bot'
        sh "yq -i '.image.tag = \"${tag}\"' apps/${app}/values-${env}.yaml"
        sh """
          git config user.email ci@halyardfreight.com
          git config user.name 'Halyard CI'
          git commit -am 'deploy(${app}): ${tag} to ${env}' || echo 'nothing to commit'
          git push origin HEAD:main
        """
    }

    withEnv(["ARGOCD_AUTH_TOKEN=${argoToken}", "ARGOCD_SERVER=${argoServer}"]) {
        sh "argocd app sync ${app}-${env} --grpc-web --timeout 300"
        sh "argocd app wait ${app}-${env} --health --grpc-web --timeout 600"
    }
}
