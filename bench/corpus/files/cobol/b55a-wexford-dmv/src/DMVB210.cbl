       IDENTIFICATION DIVISION.
       PROGRAM-ID.    DMVB210.
       AUTHOR.        T GALLAGHER.
      *****************************************************************
      * DMVB210 - NIGHTLY LICENSE STATUS PUSH TO THE STATE POLICE DB2  *
      *           (REMOTE LOCATION WSPDB2, VIA DRDA).                   *
      * READS DMV.LICMAST SEQUENTIALLY AND UPSERTS CHANGED STATUSES.    *
      * RUNS ON THE MICRO FOCUS ENTERPRISE SERVER REGION DMVBAT AFTER  *
      * THE 2025 REHOST AS WELL AS ON THE OLD LPAR (SAME SOURCE).       *
      *                                                                 *
      * 2012-02-14 TG   ORIGINAL                                       *
      * 2019-07-08 SRK  CONNECT WITH EXPLICIT USER - WSP REMOVED TRUST *
      * 2025-03-03 LNV  REHOST: COMPILED WITH SQL(DBMAN=ODBC)          *
      *****************************************************************
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT LICMAST ASSIGN TO LICMAST
               ORGANIZATION IS INDEXED
               ACCESS MODE IS SEQUENTIAL
               RECORD KEY IS LIC-NBR
               FILE STATUS IS WS-LIC-STATUS.

       DATA DIVISION.
       FILE SECTION.
       FD  LICMAST.
           COPY DMVLICRC.

       WORKING-STORAGE SECTION.
       01  WS-LIC-STATUS               PIC X(02).
           88  WS-LIC-OK                   VALUE '00'.
           88  WS-LIC-EOF                  VALUE '10'.
       01  WS-COUNTERS.
           05  WS-READ-CNT             PIC 9(09) COMP-3 VALUE 0.
           05  WS-UPD-CNT              PIC 9(09) COMP-3 VALUE 0.
           05  WS-ERR-CNT              PIC 9(09) COMP-3 VALUE 0.
       01  WS-RUN-DATE                 PIC 9(08).

      * REMOTE LOCATION AND THE CONNECT ID GRANTED BY STATE POLICE IT
      * (THEIR TICKET WSP-RITM0104432). PASSWORD CHANGES YEARLY IN MAY.
           EXEC SQL BEGIN DECLARE SECTION END-EXEC.
       01  HV-LOCATION                 PIC X(18) VALUE 'WSPDB2'.
       01  HV-CONNECT-USER             PIC X(08) VALUE 'DMVFEED'.
       01  HV-CONNECT-PASS             PIC X(08)
                                       VALUE '⟦b55a_racf_password:dmvfeed⟧'.
       01  HV-LIC-NBR                  PIC X(09).
       01  HV-STATUS-CD                PIC X(01).
       01  HV-EXPIRE-DT                PIC X(10).
       01  HV-UPD-TS                   PIC X(26).
           EXEC SQL END DECLARE SECTION END-EXEC.

           EXEC SQL INCLUDE SQLCA END-EXEC.

       PROCEDURE DIVISION.
       0000-MAIN.
           PERFORM 1000-INIT
           PERFORM 2000-PROCESS UNTIL WS-LIC-EOF
           PERFORM 9000-TERM
           GOBACK.

       1000-INIT.
           ACCEPT WS-RUN-DATE FROM DATE YYYYMMDD
           OPEN INPUT LICMAST
           IF NOT WS-LIC-OK
              DISPLAY 'DMVB210 OPEN LICMAST FAILED ' WS-LIC-STATUS
              MOVE 16 TO RETURN-CODE
              GOBACK
           END-IF
           EXEC SQL
              CONNECT TO :HV-LOCATION
                 USER :HV-CONNECT-USER USING :HV-CONNECT-PASS
           END-EXEC
           IF SQLCODE NOT = 0
              DISPLAY 'DMVB210 CONNECT FAILED SQLCODE=' SQLCODE
              MOVE 12 TO RETURN-CODE
              GOBACK
           END-IF
           PERFORM 1100-READ.

       1100-READ.
           READ LICMAST NEXT RECORD
           IF WS-LIC-OK
              ADD 1 TO WS-READ-CNT
           END-IF.

       2000-PROCESS.
           IF LIC-LAST-UPD-TS(1:10) >= WS-RUN-DATE
              MOVE LIC-NBR        TO HV-LIC-NBR
              MOVE LIC-STATUS-CD  TO HV-STATUS-CD
              MOVE LIC-EXPIRE-DT  TO HV-EXPIRE-DT
              MOVE LIC-LAST-UPD-TS TO HV-UPD-TS
              EXEC SQL
                 MERGE INTO WSP.DL_STATUS T
                 USING (VALUES (:HV-LIC-NBR, :HV-STATUS-CD,
                                :HV-EXPIRE-DT, :HV-UPD-TS))
                    AS S (LIC_NBR, STATUS_CD, EXPIRE_DT, UPD_TS)
                 ON T.LIC_NBR = S.LIC_NBR
                 WHEN MATCHED THEN UPDATE SET
                      STATUS_CD = S.STATUS_CD,
                      EXPIRE_DT = S.EXPIRE_DT,
                      UPD_TS    = S.UPD_TS
                 WHEN NOT MATCHED THEN INSERT
                      VALUES (S.LIC_NBR, S.STATUS_CD, S.EXPIRE_DT,
                              S.UPD_TS)
              END-EXEC
              IF SQLCODE = 0
                 ADD 1 TO WS-UPD-CNT
              ELSE
                 ADD 1 TO WS-ERR-CNT
                 DISPLAY 'DMVB210 MERGE ' HV-LIC-NBR ' SQLCODE=' SQLCODE
              END-IF
           END-IF
           PERFORM 1100-READ.

       9000-TERM.
           EXEC SQL COMMIT END-EXEC
           EXEC SQL CONNECT RESET END-EXEC
           CLOSE LICMAST
           DISPLAY 'DMVB210 READ=' WS-READ-CNT ' UPD=' WS-UPD-CNT
                   ' ERR=' WS-ERR-CNT
           IF WS-ERR-CNT > 0
              MOVE 4 TO RETURN-CODE
           END-IF.
