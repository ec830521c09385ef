-- seed_agent_profiles.sql: agent desk users and their GDS sign-ins (no GDS passwords: agents sign in
-- to Sabre/Amadeus themselves; the app only stores a bcrypt hash of the desk password).
SET NOCOUNT ON;

INSERT INTO dbo.Agents (AgentId, Email, DisplayName, PasswordHash, SabreEpr, AmadeusSignIn, Branch, IsActive) VALUES
 ('⟦uuid:a1⟧', 's.lang@globetrot.co.uk',    'Sophie Lang',    '⟦bcrypt_hash:a1⟧', '58214', 'SL/GT28', 'LON', 1),
 ('⟦uuid:a2⟧', 'r.patel@globetrot.co.uk',   'Ravi Patel',     '⟦bcrypt_hash:a2⟧', '58219', 'RP/GT28', 'LON', 1),
 ('⟦uuid:a3⟧', 'e.murphy@globetrot.co.uk',  'Eimear Murphy',  '⟦bcrypt_hash:a3⟧', NULL,    'EM/GT31', 'DUB', 1),
 ('⟦uuid:a4⟧', 'd.mensah@globetrot.co.uk',  'Daniel Mensah',  '⟦bcrypt_hash:a4⟧', '58213', 'DM/GT28', 'LON', 0);

INSERT INTO dbo.GdsProfiles (Provider, Pcc, OfficeId, QueueNumber, TicketingPrinter, PublicKeyThumbprint) VALUES
 ('1S', '⟦b48a_sabre_pcc:gt⟧', NULL,        50, 'GT9Q1', '⟦sha1:sabrecert|slice=0-40⟧'),
 ('1A', NULL,                  'LONGT28AA', 12, NULL,    '⟦sha1:amacert|slice=0-40⟧'),
 ('1G', 'GT9Q1',               NULL,        50, 'GT9Q1', NULL);
