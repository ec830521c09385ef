-- ActuarialMart: loss development triangle views used by the reserving notebooks and Tableau.
-- Source tables are loaded nightly from the ClaimCenter data warehouse (claims_dw) by the ADF pipeline.

CREATE OR ALTER VIEW actuarial.v_paid_triangle AS
SELECT
    c.lob_code                                   AS lob,
    YEAR(c.loss_date)                            AS accident_year,
    DATEDIFF(MONTH, DATEFROMPARTS(YEAR(c.loss_date), 1, 1), EOMONTH(p.payment_date)) / 12 * 12 + 12 AS dev_month,
    SUM(p.amount)                                AS paid_loss
FROM claims_dw.dbo.claim c
JOIN claims_dw.dbo.payment p ON p.claim_id = c.claim_id
WHERE p.payment_type IN ('LOSS', 'LOSS_RECOVERY')
  AND c.loss_date >= '2012-01-01'
GROUP BY c.lob_code, YEAR(c.loss_date),
         DATEDIFF(MONTH, DATEFROMPARTS(YEAR(c.loss_date), 1, 1), EOMONTH(p.payment_date)) / 12 * 12 + 12;
GO

CREATE OR ALTER VIEW actuarial.v_incurred_triangle AS
SELECT
    r.lob_code                AS lob,
    r.accident_year,
    r.eval_month - (r.accident_year * 12 + 1) + 13 AS dev_month,
    SUM(r.paid_to_date + r.case_reserve) AS incurred_loss,
    SUM(r.open_count)         AS open_claims,
    SUM(r.closed_count)       AS closed_claims
FROM claims_dw.dbo.reserve_snapshot r
WHERE r.accident_year >= 2012
GROUP BY r.lob_code, r.accident_year, r.eval_month;
GO

CREATE OR ALTER VIEW actuarial.v_earned_exposure AS
SELECT
    pol.lob_code              AS lob,
    pol.state,
    YEAR(e.earn_month)        AS calendar_year,
    SUM(e.earned_premium)     AS earned_premium,
    SUM(e.earned_exposure)    AS earned_exposure
FROM claims_dw.dbo.policy_term pol
JOIN claims_dw.dbo.earned_monthly e ON e.policy_term_id = pol.policy_term_id
GROUP BY pol.lob_code, pol.state, YEAR(e.earn_month);
GO

-- access
GRANT SELECT ON actuarial.v_paid_triangle TO [act_reader], [svc_tableau];
GRANT SELECT ON actuarial.v_incurred_triangle TO [act_reader], [svc_tableau];
GRANT SELECT ON actuarial.v_earned_exposure TO [act_reader], [svc_tableau];
GO
