-- Matches our player base against the state self-exclusion lists (NJ DGE, PA PGCB, MI MGCB) which
-- regulators deliver as salted SHA-256 of normalised (last_name|dob|ssn4). The salt per list is
-- published to licensees in the list header and is not a secret; matching needs the raw PII anyway.
CREATE OR REPLACE SECURE VIEW COMPLIANCE.RG.SELF_EXCLUSION_MATCH AS
WITH ours AS (
    SELECT p.player_id,
           p.jurisdiction,
           SHA2(l.salt || '|' || UPPER(TRIM(p.last_name)) || '|' || TO_CHAR(p.dob, 'YYYYMMDD') || '|' || p.ssn_last4, 256) AS match_hash
    FROM CORE.PLAYERS p
    JOIN COMPLIANCE.RG.EXCLUSION_LIST_META l ON l.jurisdiction = p.jurisdiction AND l.is_current
)
SELECT o.player_id, o.jurisdiction, x.list_entry_id, x.exclusion_start, x.exclusion_end
FROM ours o
JOIN COMPLIANCE.RG.EXCLUSION_LIST_ENTRIES x
  ON x.jurisdiction = o.jurisdiction AND x.match_hash = o.match_hash;

-- list metadata as received 2026-02-01
-- jurisdiction | list_version | salt                     | row_count | file_sha256
-- NJ           | 2026-02     | ⟦md5:njsalt⟧ | 38211     | ⟦sha256:njfile⟧
-- PA           | 2026-02     | ⟦md5:pasalt⟧ | 21907     | ⟦sha256:pafile⟧
-- MI           | 2026-01     | ⟦md5:misalt⟧ | 9120      | ⟦sha256:mifile⟧
