-- V31: per-client carrier accounts (clients who bring their own UPS/FedEx/DHL contracts)
-- Applied to wms-db01 2024-08-06. Secrets were supposed to go into carrier_account_secret via
-- the admin UI; the seed below was the "temporary" import from the onboarding spreadsheet.

CREATE TABLE IF NOT EXISTS carrier_account (
    id              BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    client_code     VARCHAR(8)   NOT NULL,
    carrier         ENUM('UPS','FEDEX','USPS','DHL_ECOM','EASYPOST') NOT NULL,
    account_number  VARCHAR(32)  NOT NULL,
    api_client_id   VARCHAR(128) NULL,
    api_secret      VARCHAR(255) NULL COMMENT 'TODO encrypt (KMS) - WMS-1182',
    is_active       TINYINT(1)   NOT NULL DEFAULT 1,
    created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY uq_client_carrier (client_code, carrier, account_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO carrier_account (client_code, carrier, account_number, api_client_id, api_secret) VALUES
('HALV', 'DHL_ECOM', '5357902', '⟦b45b_dhl_api_key:halv⟧', '⟦b45b_dhl_api_secret:halv⟧'),
('CORB', 'FEDEX',    '613902277', '⟦b45b_fedex_client_id:corb⟧', '⟦b45b_fedex_client_secret:corb⟧'),
('FERN', 'UPS',      '4W9R21', '⟦b45b_ups_client_id:fern⟧', '⟦b45b_ups_client_secret:fern⟧'),
('TIDE', 'USPS',     '903412990', '⟦b45b_usps_consumer_key:tide⟧', NULL),
('LARK', 'EASYPOST', 'n/a', NULL, '⟦easypost_api_key:lark⟧');

-- the USPS secret for TIDE is still in the spreadsheet, add it through the admin UI
UPDATE carrier_account SET is_active = 0 WHERE client_code = 'TIDE' AND carrier = 'USPS';
