# ~/.bash_profile  (macOS, 小满)

export PATH="/opt/homebrew/bin:$HOME/.cargo/bin:$HOME/go/bin:$PATH"
export GOPROXY=https://goproxy.cn,direct
export PUB_HOSTED_URL=https://pub.flutter-io.cn
export FLUTTER_STORAGE_BASE_URL=https://storage.flutter-io.cn
export HOMEBREW_BOTTLE_DOMAIN=https://mirrors.ustc.edu.cn/homebrew-bottles

# 七牛 qiniu-uploader 用
export QINIU_ACCESS_KEY=⟦b61c_qiniu_access_key:profile⟧
export QINIU_SECRET_KEY=⟦b61c_qiniu_secret_key:profile⟧
export QINIU_BUCKET=xiaoman-blog

# 又拍云（旧图床，还有些图在上面）
export UPYUN_OPERATOR=xiaoman
export UPYUN_PASSWORD=⟦b61c_upyun_operator_password:profile⟧

# Gitee / CODING
export GITEE_TOKEN=⟦b61c_gitee_pat:profile⟧
export CODING_TOKEN=⟦b61c_coding_pat:profile⟧

# 美食汇 本地调试
export MT_APP_SECRET=⟦b61c_meituan_app_secret:profile⟧

alias ll='ls -lah'
alias gs='git status'
alias k='kubectl'

[ -f ~/.fzf.bash ] && source ~/.fzf.bash
eval "$(/opt/homebrew/bin/brew shellenv)"
