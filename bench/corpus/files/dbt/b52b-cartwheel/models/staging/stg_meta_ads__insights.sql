-- stg_meta_ads__insights
-- One row per ad per day from the Fivetran facebook_ads connector.
-- Ad account ids and campaign ids are identifiers, not credentials.

{{ config(materialized='view') }}

with source as (

    select * from {{ source('facebook_ads', 'basic_ad') }}

),

accounts as (

    select * from {{ ref('seed_meta_ad_accounts') }}
    -- act_⟦b46b_meta_ad_account_id:a1|slice=4-⟧  cartwheel-us
    -- act_⟦b46b_meta_ad_account_id:a2|slice=4-⟧  cartwheel-ca

),

renamed as (

    select
        cast(ad_id as varchar)                                  as ad_id,
        cast(account_id as varchar)                             as ad_account_id,
        cast(date as date)                                      as date_day,
        spend                                                   as spend_usd,
        impressions,
        inline_link_clicks                                      as link_clicks,
        coalesce(actions_offsite_conversion_fb_pixel_purchase, 0) as pixel_purchases,
        coalesce(action_values_offsite_conversion_fb_pixel_purchase, 0) as pixel_revenue_usd,
        _fivetran_synced
    from source

)

select
    r.*,
    a.market,
    {{ dbt_utils.generate_surrogate_key(['r.ad_id', 'r.date_day']) }} as insight_key
from renamed r
left join accounts a on a.ad_account_id = r.ad_account_id
where r.date_day >= '2023-01-01'
