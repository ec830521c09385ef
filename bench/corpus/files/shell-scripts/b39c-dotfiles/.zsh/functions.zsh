# ~/.zsh/functions.zsh -- sourced from .zshrc
# small helpers I keep re-typing. autoload-free on purpose.

# ---------------------------------------------------------------- general ----
mkcd() { mkdir -p -- "$1" && cd -- "$1" }

extract() {
  case "$1" in
    *.tar.gz|*.tgz) tar xzf "$1" ;;
    *.tar.xz)       tar xJf "$1" ;;
    *.zip)          unzip -q "$1" ;;
    *.7z)           7z x "$1" ;;
    *)              print -u2 "extract: don't know how to handle $1"; return 1 ;;
  esac
}

# --------------------------------------------------------------- homebrew ----
# brew search hits the GitHub API rate limit at work without this
export HOMEBREW_GITHUB_API_TOKEN=⟦github_pat:brew⟧
export HOMEBREW_NO_ANALYTICS=1

# -------------------------------------------------------------------- llm ----
# quick one-shot question:  ask "regex for iso dates"
ask() {
  local q="$*"
  curl -sS https://api.openai.com/v1/chat/completions \
    -H "Authorization: Bearer ⟦openai_project_key⟧" \
    -H "Content-Type: application/json" \
    -d "$(jq -n --arg q "$q" '{model:"gpt-4o-mini",messages:[{role:"user",content:$q}]}')" \
  | jq -r '.choices[0].message.content'
}

# ----------------------------------------------------------------- weather ----
wx() {
  local city="${1:-Lisbon}"
  curl -s "https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=⟦openweathermap_key⟧" \
    | jq -r '"\(.name): \(.main.temp)°C, \(.weather[0].description)"'
}

# ------------------------------------------------------------- sourcegraph ----
# src-cli against the company instance
export SRC_ENDPOINT=https://sourcegraph.internal.lumen-labs.io
export SRC_ACCESS_TOKEN="⟦b39c_sourcegraph_token⟧"
sgs() { src search -json "$*" | jq -r '.Results[] | "\(.repository.name):\(.file.path)"' | sort -u }

# --------------------------------------------------------------- terraform ----
tfws() {
  # list workspaces in the org without `terraform login`
  curl -s -H "Authorization: Bearer ${TFC_TOKEN:-⟦terraform_cloud_token⟧}" \
    "https://app.terraform.io/api/v2/organizations/lumen-labs/workspaces?page%5Bsize%5D=100" \
    | jq -r '.data[].attributes.name'
}

# ------------------------------------------------------------------- git ----
gcl() { git clone "git@github.com:$1.git" && cd "$(basename "$1")" }
gpr() { gh pr create --fill --assignee @me "$@" }
# what did I do yesterday (for standup)
yday() { git log --all --since=yesterday.midnight --until=midnight --author="$(git config user.email)" --oneline }

# --------------------------------------------------------------- kube ----
kctx() { kubectl config use-context "$(kubectl config get-contexts -o name | fzf)" }
kns()  { kubectl config set-context --current --namespace="$(kubectl get ns -o name | cut -d/ -f2 | fzf)" }
