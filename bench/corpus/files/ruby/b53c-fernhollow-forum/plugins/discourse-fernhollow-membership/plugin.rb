# frozen_string_literal: true

# name: discourse-fernhollow-membership
# about: Syncs Fernhollow workshop memberships (CiviCRM) into Discourse groups and badges
# version: 0.4.2
# authors: Fernhollow Makers Network infra team
# url: https://gitlab.fernhollow.org/forum/discourse-fernhollow-membership
# required_version: 3.2.0

enabled_site_setting :fernhollow_membership_enabled

register_asset "stylesheets/membership-card.scss"

module ::FernhollowMembership
  PLUGIN_NAME = "discourse-fernhollow-membership"

  CIVICRM_ENDPOINT = "https://crm.fernhollow.org/civicrm/ajax/api4"
  # The site key is per-CiviCRM install; the api key belongs to the "forum-sync" contact.
  # TODO(tobias): move both into SiteSetting once the settings page supports secret: true properly
  CIVICRM_SITE_KEY = ENV.fetch("FERNHOLLOW_CIVI_SITE_KEY", "⟦generic_api_key_hex32:civi-site⟧")
  CIVICRM_API_KEY  = ENV.fetch("FERNHOLLOW_CIVI_API_KEY", "⟦generic_api_key_alnum40:civi-api⟧")

  GROUP_MAP = {
    "Woodshop – Full Member" => "woodshop",
    "Metalshop – Full Member" => "metalshop",
    "Textiles – Associate" => "textiles",
    "Electronics Bench" => "electronics",
    "Volunteer Steward" => "stewards",
  }.freeze
end

require_relative "lib/fernhollow_membership/engine"

after_initialize do
  require_relative "app/jobs/scheduled/sync_memberships"
  require_relative "app/controllers/fernhollow_membership/cards_controller"

  FernhollowMembership::Engine.routes.draw do
    get "/card/:username" => "cards#show"
    post "/webhook/civicrm" => "cards#webhook"
  end

  Discourse::Application.routes.append { mount ::FernhollowMembership::Engine, at: "/fernhollow" }

  add_to_serializer(:user_card, :membership_tier) do
    object.custom_fields["fernhollow_tier"]
  end

  on(:user_created) do |user|
    Jobs.enqueue(:fernhollow_lookup_membership, user_id: user.id)
  end
end
