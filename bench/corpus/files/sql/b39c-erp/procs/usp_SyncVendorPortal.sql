USE [ERP_Prod]
GO
/****** Object:  StoredProcedure [dbo].[usp_SyncVendorPortal]    Script Date: 08/02/2024 11:47:03 ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- =============================================
-- Author:      R. Castellanos
-- Create date: 2021-06-18
-- Description: Pushes open purchase orders to the vendor portal (Shopify B2B store)
--              and pulls back acknowledgements into dbo.PO_Ack.
-- 2024-02-08   RC  switched from the old REST key to the custom app token
-- =============================================

/* one-time setup, kept here so the DR restore script can replay it */
IF NOT EXISTS (SELECT 1 FROM sys.servers WHERE name = N'LEGACY_WMS')
BEGIN
    EXEC master.dbo.sp_addlinkedserver @server = N'LEGACY_WMS', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'wms-sql01.corp.local,1433';
    EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY_WMS', @useself = N'False', @locallogin = NULL, @rmtuser = N'erp_link', @rmtpassword = N'⟦password:link⟧';
END
GO

IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'svc_vendorportal')
    CREATE LOGIN [svc_vendorportal] WITH PASSWORD = N'VendorSync2021!', CHECK_POLICY = OFF, DEFAULT_DATABASE = [ERP_Prod];
GO

ALTER PROCEDURE [dbo].[usp_SyncVendorPortal]
    @SinceUtc DATETIME2 = NULL,
    @DryRun   BIT = 0
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @ShopUrl   NVARCHAR(200) = N'https://northwind-vendors.myshopify.com/admin/api/2024-01/graphql.json';
    DECLARE @Token     NVARCHAR(100) = N'⟦shopify_admin_token⟧';
    DECLARE @obj INT, @hr INT, @status INT, @resp NVARCHAR(MAX), @body NVARCHAR(MAX);

    IF @SinceUtc IS NULL
        SELECT @SinceUtc = ISNULL(MAX(SyncedAtUtc), '2000-01-01') FROM dbo.VendorPortalSyncLog;

    ;WITH open_po AS (
        SELECT p.PONumber, p.VendorCode, p.OrderDate, p.TotalAmount, w.OnHand
        FROM dbo.PurchaseOrder p
        LEFT JOIN LEGACY_WMS.wms.dbo.StockLevel w ON w.Sku = p.Sku
        WHERE p.Status = 'OPEN' AND p.ModifiedUtc > @SinceUtc
    )
    SELECT @body = (
        SELECT 'mutation { bulkUpsertPOs(input: ' + (SELECT * FROM open_po FOR JSON PATH) + ') { userErrors { message } } }' AS query
        FOR JSON PATH, WITHOUT_ARRAY_WRAPPER
    );

    IF @DryRun = 1
    BEGIN
        SELECT @body AS PayloadPreview;
        RETURN;
    END

    EXEC @hr = sp_OACreate 'MSXML2.ServerXMLHTTP.6.0', @obj OUT;
    EXEC @hr = sp_OAMethod @obj, 'open', NULL, 'POST', @ShopUrl, 'false';
    EXEC @hr = sp_OAMethod @obj, 'setRequestHeader', NULL, 'Content-Type', 'application/json';
    EXEC @hr = sp_OAMethod @obj, 'setRequestHeader', NULL, 'X-Shopify-Access-Token', @Token;
    EXEC @hr = sp_OAMethod @obj, 'send', NULL, @body;
    EXEC @hr = sp_OAGetProperty @obj, 'status', @status OUT;
    EXEC @hr = sp_OAGetProperty @obj, 'responseText', @resp OUT;
    EXEC sp_OADestroy @obj;

    INSERT INTO dbo.VendorPortalSyncLog (SyncedAtUtc, HttpStatus, ResponseExcerpt)
    VALUES (SYSUTCDATETIME(), @status, LEFT(@resp, 4000));

    IF @status <> 200
        THROW 51000, 'Vendor portal sync failed, see dbo.VendorPortalSyncLog', 1;
END
GO
