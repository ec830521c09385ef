# frozen_string_literal: true

# SDK de Mercado Pago para las suscripciones (preapproval) de los clientes de la agencia.
# En desarrollo usamos las credenciales de prueba de la cuenta "pampadigital_test".
require "mercadopago"

MERCADOPAGO_TOKEN =
  if Rails.env.production?
    Rails.application.credentials.dig(:mercadopago, :access_token)
  else
    ENV.fetch("MP_ACCESS_TOKEN", "⟦b58c_mercadopago_test_access_token⟧")
  end

MERCADOPAGO_PUBLIC_KEY = ENV.fetch("MP_PUBLIC_KEY", "⟦b58c_mercadopago_public_key:test⟧")

Rails.application.config.to_prepare do
  MercadoPagoClient = Mercadopago::SDK.new(MERCADOPAGO_TOKEN)
end
