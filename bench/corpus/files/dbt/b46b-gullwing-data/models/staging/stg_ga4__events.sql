-- stg_ga4__events: one row per GA4 event from the BigQuery export (web + app streams).
-- Source: `gullwing-marketing.analytics_318774512.events_*` (daily export, intraday excluded).
{{
  config(
    materialized='incremental',
    incremental_strategy='insert_overwrite',
    partition_by={'field': 'event_date', 'data_type': 'date'},
    cluster_by=['event_name', 'stream_id']
  )
}}

with source as (

    select *
    from {{ source('ga4', 'events') }}
    where _table_suffix not like '%intraday%'
    {% if is_incremental() %}
      and parse_date('%Y%m%d', _table_suffix) >= date_sub(current_date(), interval {{ var('ga4_lookback_days', 3) }} day)
    {% endif %}

),

renamed as (

    select
        parse_date('%Y%m%d', event_date)                                      as event_date,
        timestamp_micros(event_timestamp)                                     as event_ts,
        event_name,
        stream_id,
        platform,
        user_pseudo_id,
        user_id,
        -- surrogate keys, not secrets: deterministic hashes used for joins and dedup
        to_hex(md5(concat(user_pseudo_id, cast(event_timestamp as string), event_name)))  as event_key,
        farm_fingerprint(concat(user_pseudo_id, cast((select value.int_value from unnest(event_params) where key = 'ga_session_id') as string))) as session_key,
        (select value.int_value    from unnest(event_params) where key = 'ga_session_id')       as ga_session_id,
        (select value.string_value from unnest(event_params) where key = 'page_location')       as page_location,
        (select value.string_value from unnest(event_params) where key = 'transaction_id')      as transaction_id,
        ecommerce.purchase_revenue_in_usd                                     as purchase_revenue_usd,
        traffic_source.source                                                 as first_touch_source,
        traffic_source.medium                                                 as first_touch_medium,
        collected_traffic_source.gclid                                        as gclid,
        device.category                                                       as device_category,
        geo.country                                                           as country
    from source

)

select *
from renamed
-- web stream G-… and the two app streams; ids come from vars so staging can point elsewhere
where stream_id in ('{{ var("ga4_web_stream_id", "4418820371") }}', '{{ var("ga4_ios_stream_id", "4418854409") }}', '{{ var("ga4_android_stream_id", "4418861932") }}')
