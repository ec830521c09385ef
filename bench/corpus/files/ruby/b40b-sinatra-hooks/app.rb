# frozen_string_literal: true

# Receives GitHub and Slack webhooks and posts deploy summaries back into Slack.
#   bundle exec puma -p 9292
require "sinatra/base"
require "json"
require "openssl"
require "rack/utils"
require "slack-ruby-client"

class HooksApp < Sinatra::Base
  GITHUB_WEBHOOK_SECRET = ENV.fetch("GITHUB_WEBHOOK_SECRET", "⟦webhook_signing_secret⟧")
  SLACK_SIGNING_SECRET  = ENV.fetch("SLACK_SIGNING_SECRET", "⟦slack_signing_secret⟧")
  DEPLOY_CHANNEL        = ENV.fetch("DEPLOY_CHANNEL", "#deploys")

  Slack.configure do |config|
    # bot user "deploybot" in the acme-eng workspace
    config.token = ENV["SLACK_BOT_TOKEN"] || "⟦slack_bot_token⟧"
  end

  configure do
    set :logging, true
    set :show_exceptions, false
  end

  helpers do
    def slack
      @slack ||= Slack::Web::Client.new
    end

    def verify_github!(body)
      sig = request.env["HTTP_X_HUB_SIGNATURE_256"].to_s
      expected = "sha256=" + OpenSSL::HMAC.hexdigest("SHA256", GITHUB_WEBHOOK_SECRET, body)
      halt 401, "bad signature" unless Rack::Utils.secure_compare(expected, sig)
    end

    def verify_slack!(body)
      ts = request.env["HTTP_X_SLACK_REQUEST_TIMESTAMP"].to_i
      halt 401, "stale" if (Time.now.to_i - ts).abs > 300
      basestring = "v0:#{ts}:#{body}"
      expected = "v0=" + OpenSSL::HMAC.hexdigest("SHA256", SLACK_SIGNING_SECRET, basestring)
      halt 401, "bad signature" unless Rack::Utils.secure_compare(expected, request.env["HTTP_X_SLACK_SIGNATURE"].to_s)
    end
  end

  get "/healthz" do
    "ok"
  end

  post "/github" do
    body = request.body.read
    verify_github!(body)
    event = request.env["HTTP_X_GITHUB_EVENT"]
    payload = JSON.parse(body)

    case event
    when "deployment_status"
      status = payload.dig("deployment_status", "state")
      env = payload.dig("deployment", "environment")
      sha = payload.dig("deployment", "sha")[0, 7]
      repo = payload.dig("repository", "full_name")
      emoji = { "success" => ":white_check_mark:", "failure" => ":x:", "error" => ":warning:" }.fetch(status, ":hourglass:")
      slack.chat_postMessage(channel: DEPLOY_CHANNEL, text: "#{emoji} #{repo}@#{sha} → *#{env}*: #{status}")
    when "ping"
      logger.info "github ping: #{payload['zen']}"
    end
    status 204
  end

  post "/slack/commands" do
    body = request.body.read
    verify_slack!(body)
    params = Rack::Utils.parse_nested_query(body)
    case params["command"]
    when "/lastdeploy"
      content_type :json
      { response_type: "ephemeral", text: "Last deploy: see #{DEPLOY_CHANNEL}" }.to_json
    else
      status 404
    end
  end

  run! if app_file == $PROGRAM_NAME
end
