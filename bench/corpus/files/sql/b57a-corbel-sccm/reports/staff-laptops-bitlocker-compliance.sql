-- CCS custom report: Staff laptops with BitLocker / MBAM compliance (ConfigMgr DB CM_CCS)
-- Used by the "District - BitLocker Compliance" SSRS report. Read-only; run as the reporting point account.
DECLARE @CollectionID varchar(8) = 'CCS0004A';   -- "All Staff Laptops"

SELECT
    sys.Name0                                  AS DeviceName,
    sys.User_Name0                             AS LastUser,
    cs.Model0                                  AS Model,
    os.Caption0                                AS OS,
    ev.DriveLetter0                            AS Drive,
    CASE ev.ProtectionStatus0 WHEN 1 THEN 'On' WHEN 0 THEN 'Off' ELSE 'Unknown' END AS Protection,
    CASE ev.ConversionStatus0 WHEN 1 THEN 'Fully encrypted' WHEN 2 THEN 'Encrypting' WHEN 0 THEN 'Decrypted' ELSE 'Other' END AS Conversion,
    mbam.Compliant                             AS MbamCompliant,
    ws.LastHWScan                              AS LastInventory
FROM v_R_System sys
JOIN v_FullCollectionMembership fcm         ON fcm.ResourceID = sys.ResourceID AND fcm.CollectionID = @CollectionID
LEFT JOIN v_GS_COMPUTER_SYSTEM cs           ON cs.ResourceID = sys.ResourceID
LEFT JOIN v_GS_OPERATING_SYSTEM os          ON os.ResourceID = sys.ResourceID
LEFT JOIN v_GS_ENCRYPTABLE_VOLUME ev        ON ev.ResourceID = sys.ResourceID AND ev.DriveLetter0 = 'C:'
LEFT JOIN v_GS_WORKSTATION_STATUS ws        ON ws.ResourceID = sys.ResourceID
LEFT JOIN (
    SELECT ResourceID, MAX(CAST(Compliant0 AS int)) AS Compliant
    FROM v_GS_BITLOCKER_POLICY
    GROUP BY ResourceID
) mbam ON mbam.ResourceID = sys.ResourceID
WHERE sys.Obsolete0 = 0
ORDER BY Protection, sys.Name0;
