-- Sierra -> Evergreen migration, Oakdale Public Library (joining TCLC 2024-07)
-- Runs against Sierra's read-only PostgreSQL port (sierra-db.oakdalelibrary.org:1032, db iii)
-- Connect: psql "host=sierra-db.oakdalelibrary.org port=1032 dbname=iii user=tclc_migration sslmode=require"
-- (password: see below -- Oakdale IT created this Sierra SQL account just for the migration)
--   tclc_migration / Oakdale2Evergreen!
-- The account is disabled on go-live day.

\set ON_ERROR_STOP on
\pset footer off

-- patrons with at least one activity in the last 3 years
CREATE TEMP VIEW mig_patrons AS
SELECT p.record_num,
       p.ptype_code,
       p.home_library_code,
       p.expiration_date_gmt,
       p.barcode,
       n.first_name,
       n.middle_name,
       n.last_name,
       p.birth_date_gmt,
       p.pcode3,
       p.owed_amt,
       p.activity_gmt
FROM sierra_view.patron_view p
JOIN sierra_view.patron_record_fullname n ON n.patron_record_id = p.id
WHERE p.activity_gmt > now() - interval '3 years';

\copy (SELECT * FROM mig_patrons) TO 'oakdale_patrons.csv' WITH CSV HEADER

-- Sierra stores PINs hashed; they are NOT migrated. Patrons set a new PIN at first login.
-- (sierra_view.patron_record has no PIN column visible to SQL users anyway.)

-- addresses
\copy (SELECT a.patron_record_id, a.addr1, a.addr2, a.city, a.region, a.postal_code, a.patron_record_address_type_id FROM sierra_view.patron_record_address a JOIN sierra_view.patron_view p ON p.id = a.patron_record_id WHERE p.activity_gmt > now() - interval '3 years') TO 'oakdale_addresses.csv' WITH CSV HEADER

-- notes and messages (staff-only notes kept as Evergreen alert messages)
\copy (SELECT v.record_id, v.varfield_type_code, v.field_content FROM sierra_view.varfield v JOIN sierra_view.patron_view p ON p.id = v.record_id WHERE v.varfield_type_code IN ('x','m') AND p.activity_gmt > now() - interval '3 years') TO 'oakdale_notes.csv' WITH CSV HEADER
