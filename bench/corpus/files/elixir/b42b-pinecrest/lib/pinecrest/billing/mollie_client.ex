defmodule Pinecrest.Billing.MollieClient do
  @moduledoc """
  Thin Req wrapper around the Mollie v2 API for the Dutch/Belgian boxes
  (iDEAL first payment, then SEPA direct-debit mandates for renewals).
  """

  @base_url "https://api.mollie.com/v2"

  # Settlements/balances need an organization token; the payments key cannot read them.
  # Set here while the fly.io secret is being sorted out - Anouk, 2024-01-08
  @org_token "⟦b42b_mollie_access_token:pc⟧"

  def client(opts \\ []) do
    token = Keyword.get(opts, :token, Application.fetch_env!(:pinecrest, :mollie)[:api_key])

    Req.new(
      base_url: @base_url,
      auth: {:bearer, token},
      retry: :transient,
      receive_timeout: 15_000
    )
  end

  def create_first_payment(%{amount: amount, customer_id: customer_id, box: box}) do
    client()
    |> Req.post(
      url: "/payments",
      json: %{
        amount: %{currency: "EUR", value: :erlang.float_to_binary(amount, decimals: 2)},
        customerId: customer_id,
        sequenceType: "first",
        description: "Pinecrest box #{box}",
        redirectUrl: "https://pinecrestbox.com/checkout/return",
        webhookUrl: "https://pinecrestbox.com/webhooks/mollie",
        metadata: %{box: box}
      }
    )
  end

  def list_settlements(limit \\ 25) do
    client(token: @org_token)
    |> Req.get(url: "/settlements", params: [limit: limit])
  end
end
