/*
  Linked server from the BillingBridge SQL (RMU-SQL02) to the Tyler-hosted Munis reporting replica.
  Requested in Tyler case 2024-0418-117: "UB custom reporting access"; Tyler created the SQL login.
  Run on RMU-SQL02 as sysadmin.
*/
USE [master];
GO

EXEC master.dbo.sp_addlinkedserver
     @server     = N'MUNIS_RPT',
     @srvproduct = N'',
     @provider   = N'MSOLEDBSQL',
     @datasrc    = N'munisrpt-ridgeway.tylerhost.net,14433',
     @catalog    = N'munprod';
GO

EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname  = N'MUNIS_RPT',
     @useself     = N'False',
     @locallogin  = NULL,
     @rmtuser     = N'rmu_rpt_ub',
     @rmtpassword = N'⟦db_password:tylerrpt⟧';
GO

EXEC master.dbo.sp_serveroption @server = N'MUNIS_RPT', @optname = N'rpc out', @optvalue = N'true';
EXEC master.dbo.sp_serveroption @server = N'MUNIS_RPT', @optname = N'query timeout', @optvalue = N'120';
GO

-- smoke test
SELECT TOP (5) ub_acct_no, bill_total FROM MUNIS_RPT.munprod.dbo.ub_bill_hdr ORDER BY bill_date DESC;
GO
