-- Research mart: de-identified views over the Clarity staging copy (SQL Server, NF-RESEARCH-SQL)
-- Approved by IRB honest-broker protocol NF-HB-2019-01. Re-run after each Clarity upgrade.
USE ResearchMart;
GO

-- login for the de-id ETL (reads staging, writes deid schema)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'svc_deid_etl')
BEGIN
    CREATE LOGIN svc_deid_etl WITH PASSWORD = N'⟦password:deidetl⟧', CHECK_EXPIRATION = OFF, CHECK_POLICY = ON;
END
GO
CREATE USER svc_deid_etl FOR LOGIN svc_deid_etl WITH DEFAULT_SCHEMA = deid;
GRANT SELECT ON SCHEMA::staging TO svc_deid_etl;
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::deid TO svc_deid_etl;
GO

-- researchers log in with AD groups only, never SQL logins
CREATE USER [NORTHFIELD\RSCH-Mart-Readers] FROM LOGIN [NORTHFIELD\RSCH-Mart-Readers];
GRANT SELECT ON SCHEMA::deid TO [NORTHFIELD\RSCH-Mart-Readers];
GO

CREATE OR ALTER VIEW deid.encounters AS
SELECT  p.pseudo_id                                   AS patient_key,
        DATEADD(day, p.date_offset, e.CONTACT_DATE)   AS contact_date_shifted,
        e.DEPARTMENT_ID                               AS department_id,
        e.ENC_TYPE_C                                  AS enc_type
FROM    staging.PAT_ENC e
JOIN    deid.patient_map p ON p.pat_id = e.PAT_ID;   -- patient_map lives in a schema researchers cannot read
GO

CREATE OR ALTER VIEW deid.lab_results AS
SELECT  p.pseudo_id                                     AS patient_key,
        r.COMPONENT_ID                                  AS component_id,
        TRY_CAST(r.ORD_VALUE AS decimal(18, 4))         AS value_num,
        DATEADD(day, p.date_offset, r.RESULT_DATE)      AS result_date_shifted
FROM    staging.ORDER_RESULTS r
JOIN    staging.ORDER_PROC o ON o.ORDER_PROC_ID = r.ORDER_PROC_ID
JOIN    deid.patient_map p ON p.pat_id = o.PAT_ID;
GO
