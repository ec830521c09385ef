-- V12: 결제대행(PG) 설정 테이블 추가 및 초기값
-- 작성: 이수민 2023-08-21
-- NOTE: 운영 반영 후 값은 어드민에서 수정. 여기 값은 최초 오픈 당시 값임.

CREATE TABLE IF NOT EXISTS pg_settings (
    id            BIGSERIAL PRIMARY KEY,
    provider      VARCHAR(32)  NOT NULL,
    env           VARCHAR(16)  NOT NULL DEFAULT 'live',
    merchant_code VARCHAR(64),
    api_key       VARCHAR(128),
    api_secret    VARCHAR(256),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (provider, env)
);

-- 아임포트(포트원 V1) - 카카오페이, 네이버페이 일반결제
INSERT INTO pg_settings (provider, env, merchant_code, api_key, api_secret) VALUES
    ('iamport', 'live', '⟦b60c_portone_imp_code⟧', '⟦b60c_portone_rest_key⟧',
     '⟦b60c_portone_rest_secret⟧');

-- 토스페이먼츠 (카드/계좌이체)
INSERT INTO pg_settings (provider, env, merchant_code, api_key, api_secret) VALUES
    ('toss', 'live', 'hanbitlv1', '⟦b60c_toss_client_key⟧', '⟦b60c_toss_secret_key:sql⟧');

CREATE INDEX IF NOT EXISTS idx_pg_settings_provider ON pg_settings (provider) WHERE enabled;
