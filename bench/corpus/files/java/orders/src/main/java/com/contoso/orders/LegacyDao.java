package com.contoso.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

class LegacyDao {
    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:oracle:thin:@ora01:1521:ERP", "erp_sync", "ErpSync2016");
    }

    Connection openReporting() throws SQLException {
        String url = "jdbc:sqlserver://rpt-sql01:1433;databaseName=Reports;user=rpt_user;password=⟦db_password:rpt⟧";
        return DriverManager.getConnection(url);
    }
}
