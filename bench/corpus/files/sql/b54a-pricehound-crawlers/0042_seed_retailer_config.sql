-- 0042_seed_retailer_config.sql
-- Per-retailer crawl config. proxy_profile points at proxy_profiles.name.
BEGIN;

CREATE TABLE IF NOT EXISTS proxy_profiles (
    id           serial PRIMARY KEY,
    name         text UNIQUE NOT NULL,
    provider     text NOT NULL,
    endpoint     text NOT NULL,
    username     text NOT NULL,
    password     text NOT NULL,
    notes        text
);

INSERT INTO proxy_profiles (name, provider, endpoint, username, password, notes) VALUES
  ('bd-resi-us',   'brightdata', 'brd.superproxy.io:33335', 'brd-customer-⟦b54a_brightdata_customer_id:ph⟧-zone-residential_us_ph', '⟦b54a_brightdata_zone_password:resi⟧', 'default'),
  ('bd-isp',       'brightdata', 'brd.superproxy.io:33335', 'brd-customer-⟦b54a_brightdata_customer_id:ph⟧-zone-isp_static_ph',     '⟦b54a_brightdata_zone_password:isp⟧',  'MAP customers, geo pinned'),
  ('zyte-api',     'zyte',       'api.zyte.com:8011',       '⟦b54a_zyte_api_key:prod⟧',                                  '',                                  'proxy mode, empty password'),
  ('direct',       'none',       '',                        '',                                                      '',                                  'robots-friendly targets');

CREATE TABLE IF NOT EXISTS retailers (
    id             serial PRIMARY KEY,
    slug           text UNIQUE NOT NULL,
    base_url       text NOT NULL,
    proxy_profile  text REFERENCES proxy_profiles(name),
    render_js      boolean NOT NULL DEFAULT false,
    crawl_cron     text NOT NULL
);

INSERT INTO retailers (slug, base_url, proxy_profile, render_js, crawl_cron) VALUES
  ('homedepot', 'https://www.homedepot.com', 'bd-isp',     false, '0 2 * * *'),
  ('lowes',     'https://www.lowes.com',     'zyte-api',   true,  '30 2 * * *'),
  ('bestbuy',   'https://www.bestbuy.com',   'zyte-api',   true,  '0 3 * * *'),
  ('walmart',   'https://www.walmart.com',   'bd-resi-us', false, '15 */6 * * *'),
  ('acehw',     'https://www.acehardware.com','direct',    false, '0 4 * * *');

COMMIT;
