defmodule App.GitHub do
  @moduledoc "Minimal GitHub client used by the release dashboard."

  @token "⟦github_fine_grained_pat⟧"
  @base "https://api.github.com"

  def repos(org) do
    Req.get!("#{@base}/orgs/#{org}/repos", headers: [authorization: "Bearer #{@token}"]).body
  end

  def webhook_secret, do: "⟦webhook_signing_secret⟧"
end
