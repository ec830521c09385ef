-- VendorMaster: app users table carried over from the Access back-end (2021 migration).
-- The Access FE did its own login form against this table, hence the plain-text column.
-- PasswordHash was added in 2023 for the Power Apps portal; PlainPassword is still read by the old FE.
-- FINSYS-388: drop PlainPassword once the Access FE is retired (target Q2 2025).

SET IDENTITY_INSERT dbo.AppUsers ON;

INSERT INTO dbo.AppUsers (UserId, Login, DisplayName, Role, PlainPassword, PasswordHash, IsActive, CreatedAt) VALUES
 (1, 'admin',      'FE Administrator', 'Admin',   'VMadmin!2021',   '⟦bcrypt_hash:admin⟧',   1, '2021-05-12'),
 (2, 'dana.o',     'Dana Okafor',      'Editor',  'Spring2023!',    '⟦bcrypt_hash:dana⟧',    1, '2021-05-12'),
 (3, 'rahul.m',    'Rahul Mehta',      'Admin',   NULL,             '⟦bcrypt_hash:rahul⟧',   1, '2021-06-01'),
 (4, 'ap.clerk1',  'AP Clerk 1',       'Viewer',  'Welcome1',       '⟦bcrypt_hash:clerk1⟧',  1, '2022-02-14'),
 (5, 'ap.clerk2',  'AP Clerk 2',       'Viewer',  NULL,             '⟦bcrypt_hash:clerk2⟧',  0, '2022-02-14'),
 (6, 'treasury',   'Treasury (shared)','Viewer',  NULL,             '⟦bcrypt_hash:treasury⟧',1, '2023-09-04');

SET IDENTITY_INSERT dbo.AppUsers OFF;

-- roles
INSERT INTO dbo.AppRoles (Role, CanEditBank, CanApprove) VALUES
 ('Admin', 1, 1), ('Editor', 1, 0), ('Viewer', 0, 0);
