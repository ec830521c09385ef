-- ClickHouse access control for the live-ops telemetry cluster (ch-telemetry, 3 shards x 2 replicas)
-- Run as default user with access_management=1. Re-runnable.

CREATE ROLE IF NOT EXISTS liveops_reader ON CLUSTER ch_telemetry;
CREATE ROLE IF NOT EXISTS ingest_writer ON CLUSTER ch_telemetry;

GRANT SELECT ON telemetry.* TO liveops_reader ON CLUSTER ch_telemetry;
GRANT INSERT, SELECT ON telemetry.* TO ingest_writer ON CLUSTER ch_telemetry;

-- Grafana (read only)
CREATE USER IF NOT EXISTS grafana ON CLUSTER ch_telemetry
    IDENTIFIED WITH sha256_hash BY '⟦sha256:grafana⟧'
    HOST IP '10.40.0.0/16'
    DEFAULT ROLE liveops_reader;

-- Vector ingest (PlayStream + game server events)
CREATE USER IF NOT EXISTS vector_ingest ON CLUSTER ch_telemetry
    IDENTIFIED WITH plaintext_password BY '⟦db_password:vector⟧'
    HOST IP '10.40.0.0/16'
    DEFAULT ROLE ingest_writer;

-- analysts (notebooks); password shared in the #data channel until SSO lands
CREATE USER IF NOT EXISTS analysts ON CLUSTER ch_telemetry
    IDENTIFIED WITH plaintext_password BY 'Brightforge-Data-2025'
    DEFAULT ROLE liveops_reader
    SETTINGS max_execution_time = 300, readonly = 1;

-- live-ops dashboard service
CREATE USER IF NOT EXISTS liveops_dash ON CLUSTER ch_telemetry
    IDENTIFIED WITH double_sha1_password BY '⟦sha1:dash⟧'
    DEFAULT ROLE liveops_reader;
