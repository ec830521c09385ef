{
  title: 'Tallis Billing',

  connection: {
    fields: [
      { name: 'environment', control_type: 'select', pick_list: [%w[Sandbox sandbox], %w[Production production]], optional: false },
      { name: 'client_id', optional: false },
      { name: 'client_secret', control_type: 'password', optional: false },
      { name: 'api_key', control_type: 'password', hint: 'Settings > API keys in Tallis Billing' }
    ],

    authorization: {
      type: 'oauth2',

      acquire: lambda do |connection|
        post("#{connection['environment'] == 'production' ? 'https://api.tallis-billing.io' : 'https://api.sandbox.tallis-billing.io'}/oauth/token")
          .payload(grant_type: 'client_credentials',
                   client_id: connection['client_id'],
                   client_secret: connection['client_secret'])
          .request_format_www_form_urlencoded
      end,

      refresh_on: [401],

      apply: lambda do |connection, access_token|
        headers('Authorization' => "Bearer #{access_token}",
                'X-Api-Key' => connection['api_key'])
      end
    },

    base_uri: lambda do |connection|
      connection['environment'] == 'production' ? 'https://api.tallis-billing.io' : 'https://api.sandbox.tallis-billing.io'
    end
  },

  test: lambda do |_connection|
    get('/v1/me')
  end,

  object_definitions: {
    invoice: {
      fields: lambda do |_connection, _config_fields|
        [
          { name: 'id' },
          { name: 'number' },
          { name: 'customer_id' },
          { name: 'amount_due', type: 'number' },
          { name: 'currency' },
          { name: 'status' },
          { name: 'due_date', type: 'date' }
        ]
      end
    }
  },

  actions: {
    get_invoice: {
      title: 'Get invoice',
      input_fields: ->(_) { [{ name: 'id', optional: false }] },
      execute: ->(_connection, input) { get("/v1/invoices/#{input['id']}") },
      output_fields: ->(object_definitions) { object_definitions['invoice'] }
    }
  },

  triggers: {}
}
