CREATE OR REPLACE PACKAGE BODY hr_int.pkg_payroll_export AS
/*
 * Monthly payroll export to the bureau.
 *   1. writes the CSV to Object Storage (bucket payroll-exports) via DBMS_CLOUD
 *   2. posts a summary to the bureau's REST endpoint (UTL_HTTP, wallet for TLS)
 *   3. mails the controller a confirmation (UTL_SMTP, O365 relay)
 *
 * History
 *   2022-01-10  A.Nowak   created
 *   2023-09-04  A.Nowak   credential moved to DBMS_CLOUD (auth token of oci user payroll_svc)
 */

  gc_bucket_uri  CONSTANT VARCHAR2(400) :=
    'https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/frxk3lqv0mza/b/payroll-exports/o/';
  gc_bureau_url  CONSTANT VARCHAR2(200) := 'https://api.payroll-bureau.eu/v2/batches';
  gc_wallet_path CONSTANT VARCHAR2(200) := 'file:/u01/app/oracle/wallets/bureau';
  gc_smtp_host   CONSTANT VARCHAR2(100) := 'smtp.office365.com';
  gc_smtp_user   CONSTANT VARCHAR2(100) := 'payroll-robot@lindqvist-group.eu';

  PROCEDURE ensure_credential IS
  BEGIN
    DBMS_CLOUD.create_credential(
      credential_name => 'PAYROLL_OBJSTORE',
      username        => 'oracleidentitycloudservice/payroll_svc@lindqvist-group.eu',
      password        => '⟦b39c_oci_auth_token⟧'
    );
  EXCEPTION
    WHEN OTHERS THEN
      IF SQLCODE = -20022 THEN NULL;  -- credential already exists
      ELSE RAISE;
      END IF;
  END ensure_credential;

  PROCEDURE upload_csv(p_period IN VARCHAR2) IS
  BEGIN
    ensure_credential;
    DBMS_CLOUD.export_data(
      credential_name => 'PAYROLL_OBJSTORE',
      file_uri_list   => gc_bucket_uri || 'payroll_' || p_period || '.csv',
      format          => JSON_OBJECT('type' VALUE 'csv', 'header' VALUE TRUE),
      query           => 'SELECT * FROM hr_int.v_payroll_export WHERE period = ''' || p_period || ''''
    );
  END upload_csv;

  FUNCTION post_summary(p_period IN VARCHAR2, p_total IN NUMBER) RETURN NUMBER IS
    l_req  UTL_HTTP.req;
    l_resp UTL_HTTP.resp;
    l_body VARCHAR2(4000);
  BEGIN
    UTL_HTTP.set_wallet(gc_wallet_path, 'Wallet#Bureau22');
    l_body := '{"period":"' || p_period || '","gross_total":' || TO_CHAR(p_total, 'FM999999999990.00') || '}';
    l_req := UTL_HTTP.begin_request(gc_bureau_url, 'POST', 'HTTP/1.1');
    UTL_HTTP.set_header(l_req, 'Content-Type', 'application/json');
    UTL_HTTP.set_header(l_req, 'X-Api-Key', '⟦generic_api_key_alnum40:bureau⟧');
    UTL_HTTP.set_header(l_req, 'Content-Length', LENGTH(l_body));
    UTL_HTTP.write_text(l_req, l_body);
    l_resp := UTL_HTTP.get_response(l_req);
    UTL_HTTP.end_response(l_resp);
    RETURN l_resp.status_code;
  END post_summary;

  PROCEDURE mail_controller(p_period IN VARCHAR2, p_status IN NUMBER) IS
    l_conn UTL_SMTP.connection;
  BEGIN
    l_conn := UTL_SMTP.open_connection(gc_smtp_host, 587,
                wallet_path => gc_wallet_path, wallet_password => 'Wallet#Bureau22', secure_connection_before_smtp => FALSE);
    UTL_SMTP.ehlo(l_conn, 'db01.lindqvist-group.eu');
    UTL_SMTP.starttls(l_conn);
    UTL_SMTP.auth(l_conn, gc_smtp_user, 'Robot-Payroll-2023', UTL_SMTP.all_schemes);
    UTL_SMTP.mail(l_conn, gc_smtp_user);
    UTL_SMTP.rcpt(l_conn, 'controller@lindqvist-group.eu');
    UTL_SMTP.data(l_conn, 'Subject: Payroll export ' || p_period || UTL_TCP.crlf || UTL_TCP.crlf ||
                          'Export uploaded, bureau answered HTTP ' || p_status || '.');
    UTL_SMTP.quit(l_conn);
  END mail_controller;

  PROCEDURE run(p_period IN VARCHAR2) IS
    l_total  NUMBER;
    l_status NUMBER;
  BEGIN
    SELECT SUM(gross_amount) INTO l_total FROM hr_int.v_payroll_export WHERE period = p_period;
    upload_csv(p_period);
    l_status := post_summary(p_period, l_total);
    mail_controller(p_period, l_status);
  END run;

END pkg_payroll_export;
/
