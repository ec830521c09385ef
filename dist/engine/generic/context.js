"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fileContext = fileContext;
/**
 * What kind of file a path is, as far as a generic secret goes: a file that exists to hold credentials
 * (.env, .netrc, settings.xml), configuration, source code, shell, a test fixture, documentation, a
 * package manifest or lockfile, translations. The same `password = x` means a leak in the first and
 * almost never in the last.
 */
const path_memo_1 = require("../path-memo");
const CREDENTIALS = [
    /(^|\/)\.env(\.[\w.-]+)?$|\.env$|(^|\/)\.flaskenv$|(^|\/)[\w.-]*\.(env|secret|secrets|creds)$|(^|\/)env$|(^|\/)\.?Renviron(\.site)?$|(^|\/)\.kamal\/secrets(?:-common|\.[\w-]+)?$/i,
    /(^|\/)(\.netrc|_netrc|\.pgpass|pgpass\.conf|\.git-credentials|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|\.my\.cnf|\.boto|\.s3cfg|\.dockercfg|\.htpasswd|credentials|credentials\.json|auth\.json|\.vault-token|\.?smbcred(?:ential)?s?|\.?cifs[\w.-]*cred(?:ential)?s?|upsd\.users|upsmon\.conf)$/i,
    /(^|\/)(settings\.xml|gradle\.properties|nuget\.config|web\.config|app\.config|wp-config\.php|database\.yml|secrets\.ya?ml|credentials\.ya?ml|application(-[\w]+)?\.(properties|ya?ml)|appsettings(\.[\w]+)?\.json|local\.settings\.json|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|[\w.-]*\.tfvars(\.json)?|values[\w.-]*\.ya?ml|\.bundle\/config|config\/master\.key|[\w.-]*\.(ini|cfg|cnf|conf|properties|pgpass|kdbx))$/i,
    /(^|\/)\.(bashrc|zshrc|profile|bash_profile|zprofile|bash_aliases|zshenv|kshrc|cshrc|bash_history|zsh_history|sh_history|psql_history|mysql_history|python_history|node_repl_history|fetchmailrc|msmtprc|esmtprc|muttrc|authinfo|lftprc)$|(^|\/)config\.fish$|_history(?:\.txt)?$/i,
];
// Gradle's build scripts are code, not manifests: a repository's `credentials { password = … }` sits in them.
const MANIFEST = /(^|\/)(package\.json|composer\.json|deno\.jsonc?|bower\.json|pyproject\.toml|setup\.cfg|Cargo\.toml|go\.mod|go\.sum|Gemfile|[\w.-]*\.gemspec|pom\.xml|[\w.-]*\.(csproj|fsproj|vbproj)|Directory\.Packages\.props|packages\.config|requirements[\w.-]*\.txt|Pipfile|[\w.-]*\.lock|[\w.-]*\.lockfile|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|pubspec\.yaml|mix\.exs|project\.clj|Podfile|Package\.swift|renovate\.json5?|\.secrets\.baseline)$/i;
const I18N = /(^|\/)(locales?|i18n|l10n|lang|langs|translations?|messages)\/|\.(po|pot|xliff|xlf|strings|resx)$|(^|\/)messages(_[\w-]+)?\.properties$|(^|\/)(?!(?:ci|db|qa|ui|io|os|vm|pg|gh|gl|tf|js|py|go|rb|k8|nx)\.)[a-z]{2}([-_][A-Z]{2})?\.(json|ya?ml)$/;
const TEST = /(^|\/)(tests?|specs?|__tests__|__mocks__|mocks?|fixtures?|testdata|test-data|examples?|samples?|demos?|stories|e2e|cypress|playwright)(\/|$)|[._-](test|spec|mock|fixture|example|sample|stories)\.[\w]+$|(^|\/)test_[\w-]+\.py$/i;
const DOCS = /\.(md|mdx|markdown|rst|adoc|asciidoc|txt|textile|org|rdoc|pod|tex|html?)$|(^|\/)(docs?|documentation|wiki)\//i;
/** CI pipelines: throwaway service-container passwords are the norm there; a random value still counts. */
const CI = /(^|\/)(\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/[^/]+|bitbucket-pipelines\.ya?ml|\.circleci\/config\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|\.buildkite\/[^/]+|Jenkinsfile|cloudbuild\.ya?ml|buildspec\.ya?ml|\.tekton\/[^/]+|appveyor\.ya?ml)$/;
const MINIFIED = /\.(min\.(js|mjs|cjs|css)|map)$|(^|\/)(bundle|vendor|chunk)[.-][\w.-]*\.js$/i;
const SHELL = /\.(sh|bash|zsh|fish|ksh|ps1|psm1|bat|cmd|jcl|prc)$|(^|\/)(Makefile|Dockerfile|Containerfile|Jenkinsfile|Vagrantfile|Procfile)$|(^|\/)[\w.-]*\.(dockerfile|mk)$/i;
/** Logs and captured output: what a program printed, where a bare word is text, not a variable. */
const LOG = /\.(log|out)$|\.log\.\d+$|(^|\/)(syslog|messages)$|(^|\/)(?:var\/(?:spool\/)?mail|Maildir\/(?:cur|new))\/[^/]+$|\.(?:mbox|eml)$/i;
const CONFIG = /\.(ya?ml|neon|json|jsonc|json5|toml|xml|plist|mobileconfig|har|xcconfig|hcl|tf|tfstate|ini|properties|conf|cfg|env|ipynb|http|rest|csv|tsv|sql|service|socket|timer|mount|container|network|netdev)$|\.conf\.ext$|(^|\/)(fstab|crypttab|\.?[\w-]*rc|config|settings|[\w.-]*config\.(js|ts|cjs|mjs|py|rb|php|exs?)|settings\.py|config\.py|runtime\.exs|[\w.-]*\.config\.(js|ts)|environment(\.[\w]+)?\.ts)$/i;
/** The context of each path met: a history scan judges the same path in thousands of versions. */
const memo = new path_memo_1.PathMemo(contextOf, 10_000);
/** The context of a file path. */
function fileContext(path) {
    return memo.get(path);
}
/** Suffixes a copy of a file gets (a decrypted credentials file, a backup): the file is read as the one it copies. */
const COPY_SUFFIX = /\.(?:decrypted|dec|plain|bak|orig|old|save|backup)$/i;
function contextOf(fullPath) {
    const path = fullPath.replace(COPY_SUFFIX, '');
    if (MANIFEST.test(path))
        return { kind: 'manifest', score: -3, code: false };
    // Before translations: `.github/workflows/ci.yml` is named like a language's file (`de.yml`).
    if (CI.test(path))
        return { kind: 'ci', score: 0, code: false };
    if (I18N.test(path))
        return { kind: 'i18n', score: -3, code: false };
    if (MINIFIED.test(path))
        return { kind: 'minified', score: -2, code: true };
    if (CREDENTIALS.some((r) => r.test(path)))
        return { kind: 'credentials', score: 2, code: false };
    if (TEST.test(path))
        return { kind: 'test', score: -1, code: !CONFIG.test(path) && !SHELL.test(path) };
    if (DOCS.test(path))
        return { kind: 'docs', score: -1, code: false };
    if (CONFIG.test(path))
        return { kind: 'config', score: 1, code: /\.(js|ts|cjs|mjs|py|rb|php|exs?)$/.test(path) };
    if (SHELL.test(path))
        return { kind: 'shell', score: 1, code: false };
    if (LOG.test(path))
        return { kind: 'log', score: 0, code: false };
    return { kind: 'code', score: 0, code: true };
}
