      *================================================================*
      * BILLSECR - "SECURITY CONSTANTS" FOR THE BILLING BATCH SUITE    *
      * COPIED INTO BILL010, BILL040, BILL077 (COLLECTIONS EXTRACT).   *
      *                                                                *
      * HISTORY                                                        *
      *  2003-01-14  JPR  CREATED - DB2 CONNECT ID FOR BILL040         *
      *  2011-06-30  AKS  CARD TOKENISATION KEY (PCI PROJECT PHASE 1)  *
      *  2019-10-02  AKS  REHOST: SAME COPYBOOK COMPILED ON VISUAL     *
      *                   COBOL, VALUES UNCHANGED                      *
      *  TODO: READ THESE FROM THE MF VAULT (MFSECRETSADMIN) - BIL-944 *
      *================================================================*
       01  BILL-SECURITY-CONSTANTS.
           05  BSC-DB2-LOCATION        PIC X(08) VALUE 'ORNBILL '.
           05  BSC-DB2-USER            PIC X(08) VALUE 'BILLBAT '.
           05  BSC-DB2-PASSWORD        PIC X(18)
               VALUE '⟦db_password:bsc|slice=0-18⟧'.
      *    AES-256 KEY FOR PAN TOKENISATION (HEX, 64 CHARS)
           05  BSC-PAN-KEY-HEX         PIC X(64)
               VALUE '⟦encryption_key_hex:pan⟧'.
           05  BSC-PAN-KEY-VERSION     PIC 9(02) VALUE 03.
      *    COLLECTIONS AGENCY FTP (BILL077)
           05  BSC-COLL-FTP-HOST       PIC X(40)
               VALUE 'ftp.collections-partner.example.net'.
           05  BSC-COLL-FTP-USER       PIC X(12) VALUE 'orinoco_col'.
           05  BSC-COLL-FTP-PASS       PIC X(16) VALUE 'Orinoco$2011'.
      *    TEST CARD FOR THE TOKENISATION SELF-CHECK (PUBLIC TEST PAN)
           05  BSC-SELFTEST-PAN        PIC X(16) VALUE '4111111111111111'.
