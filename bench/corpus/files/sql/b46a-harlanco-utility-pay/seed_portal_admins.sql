-- seed_portal_admins.sql -- initial back-office users for pay.harlancounty.gov (run once per environment)
-- Passwords are bcrypt hashes produced by `php artisan tinker` -> Hash::make(); the plaintext
-- temporary passwords were handed out in person and must be changed at first login.
SET IDENTITY_INSERT dbo.admin_users ON;

INSERT INTO dbo.admin_users (id, email, name, role, password, must_change_password, created_at)
VALUES
 (1, 'treasurer@harlancounty.gov',    'Linda Moreau',   'treasurer', '⟦bcrypt_hash:u1⟧', 1, SYSUTCDATETIME()),
 (2, 'deputy.treasurer@harlancounty.gov', 'Tomas Ruiz', 'treasurer', '⟦bcrypt_hash:u2⟧', 1, SYSUTCDATETIME()),
 (3, 'utilities.billing@harlancounty.gov', 'Utility Billing Desk', 'utility', '⟦bcrypt_hash:u3⟧', 1, SYSUTCDATETIME()),
 (4, 'parking@harlancounty.gov',      'Parking Enforcement', 'parking', '⟦bcrypt_hash:u4⟧', 1, SYSUTCDATETIME()),
 (5, 'it-apps@harlancounty.gov',      'IT Applications', 'admin', '⟦bcrypt_hash:u5⟧', 0, SYSUTCDATETIME());

SET IDENTITY_INSERT dbo.admin_users OFF;

-- API clients for the kiosk and IVR integrations: we store SHA-256 of the client secret only
INSERT INTO dbo.api_clients (client_id, name, secret_sha256, scopes) VALUES
 ('⟦uuid:kiosk⟧', 'Parking kiosks', '⟦sha256:kiosk⟧', 'citations:read payments:create'),
 ('⟦uuid:ivr⟧',   'IVR (pay by phone)', '⟦sha256:ivr⟧', 'accounts:read payments:create');
