# frozen_string_literal: true

# PAY.JP の初期化
# 本番は ENV から読む。ENV が無い環境 (ステージングの古いサーバー) 向けにフォールバックを残している。
# TODO(miyazaki): stg02 を廃止したらフォールバックを消す
require "payjp"

Payjp.api_key = ENV.fetch("PAYJP_SECRET_KEY") { "⟦b60c_payjp_secret_key:fallback⟧" }
Payjp.open_timeout = 30
Payjp.read_timeout = 90
Payjp.max_retry = 2
Payjp.retry_initial_delay = 2
Payjp.retry_max_delay = 32

Rails.application.config.x.payjp_public_key = ENV.fetch("PAYJP_PUBLIC_KEY", "⟦b60c_payjp_public_key⟧")

# テスト環境用 (CI では VCR カセットを使う)
if Rails.env.test?
  Payjp.api_key = "⟦b60c_payjp_secret_test⟧"
end
