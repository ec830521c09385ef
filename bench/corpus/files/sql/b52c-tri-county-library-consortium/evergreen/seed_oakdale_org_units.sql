-- Add Oakdale Public Library (joining TCLC 2024-07) to the org tree.
-- Reviewed by: TCLC systems committee, 2024-05-08
BEGIN;

INSERT INTO actor.org_address (valid, address_type, org_unit, street1, city, county, state, country, post_code)
VALUES (TRUE, 'MAILING', 1, '400 Oak Street', 'Oakdale', 'Marion', 'IN', 'USA', '47340');

INSERT INTO actor.org_unit (parent_ou, ou_type, shortname, name, email, phone, opac_visible)
VALUES (1, 2, 'OAK', 'Oakdale Public Library System', 'director@oakdalelibrary.org', '765-555-0140', TRUE);

INSERT INTO actor.org_unit (parent_ou, ou_type, shortname, name, email, phone, opac_visible)
SELECT id, 3, 'OAK-MAIN', 'Oakdale Main Library', 'circ@oakdalelibrary.org', '765-555-0141', TRUE
FROM actor.org_unit WHERE shortname = 'OAK';

INSERT INTO actor.org_unit (parent_ou, ou_type, shortname, name, email, phone, opac_visible)
SELECT id, 3, 'OAK-WEST', 'Oakdale West Branch', 'west@oakdalelibrary.org', '765-555-0142', TRUE
FROM actor.org_unit WHERE shortname = 'OAK';

-- hours of operation (same for both branches to start)
INSERT INTO actor.hours_of_operation (id, dow_0_open, dow_0_close, dow_1_open, dow_1_close, dow_2_open, dow_2_close,
                                      dow_3_open, dow_3_close, dow_4_open, dow_4_close, dow_5_open, dow_5_close,
                                      dow_6_open, dow_6_close)
SELECT id, '09:00', '20:00', '09:00', '20:00', '09:00', '20:00', '09:00', '20:00', '09:00', '18:00', '10:00', '17:00', '00:00', '00:00'
FROM actor.org_unit WHERE shortname IN ('OAK-MAIN', 'OAK-WEST');

-- workstation registration secret for the Oakdale circ desk PCs is NOT set here; staff register
-- workstations from the web client with their own login.

SELECT actor.org_tree_descendants_for_ou(id) FROM actor.org_unit WHERE shortname = 'OAK';
COMMIT;
