       IDENTIFICATION DIVISION.
       PROGRAM-ID.    DMVC400.
      *****************************************************************
      * DMVC400 - CICS TRAN DV40: INSURANCE VERIFICATION AT COUNTER    *
      * CALLS THE STATE INSURANCE VERIFICATION HUB (IVH) OVER HTTPS    *
      * USING EXEC CICS WEB. URIMAP DV40IVH POINTS AT                   *
      * ivh.insurance-verify.wexford.gov:443/api/v1/verify              *
      * 2021-11-22 SRK  ORIGINAL                                        *
      * 2024-06-05 SRK  IVH MOVED BEHIND APIGEE - ADDED APIKEY HEADER   *
      *****************************************************************
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-SESSTOKEN              PIC X(08).
       01  WS-RESP                   PIC S9(08) COMP.
       01  WS-RESP2                  PIC S9(08) COMP.
       01  WS-STATUS-CODE            PIC S9(04) COMP.
       01  WS-STATUS-TEXT            PIC X(40).
       01  WS-STATUS-LEN             PIC S9(08) COMP VALUE 40.
       01  WS-BODY-LEN               PIC S9(08) COMP.
       01  WS-RECV-LEN               PIC S9(08) COMP VALUE 4000.
      * IVH BASIC AUTH - COUNTER CHANNEL ACCOUNT
       01  WS-IVH-USER               PIC X(12) VALUE 'dmv-counter'.
       01  WS-IVH-USER-LEN           PIC S9(08) COMP VALUE 11.
       01  WS-IVH-PASS               PIC X(24)
           VALUE '⟦password:ivh⟧'.
       01  WS-IVH-PASS-LEN           PIC S9(08) COMP VALUE 20.
      * APIGEE KEY FOR THE DMV-COUNTER APP
       01  WS-APIKEY-NAME            PIC X(09) VALUE 'x-api-key'.
       01  WS-APIKEY-VALUE           PIC X(32)
           VALUE '⟦b55a_apigee_consumer_key:counter⟧'.
       01  WS-REQUEST.
           05  FILLER                PIC X(15) VALUE '{"vin":"'.
           05  WS-REQ-VIN            PIC X(17).
           05  FILLER                PIC X(12) VALUE '","policy":"'.
           05  WS-REQ-POLICY         PIC X(20).
           05  FILLER                PIC X(02) VALUE '"}'.
       01  WS-RESPONSE               PIC X(4000).

       LINKAGE SECTION.
       01  DFHCOMMAREA.
           05  CA-VIN                PIC X(17).
           05  CA-POLICY             PIC X(20).
           05  CA-RESULT             PIC X(01).

       PROCEDURE DIVISION.
           MOVE CA-VIN    TO WS-REQ-VIN
           MOVE CA-POLICY TO WS-REQ-POLICY
           EXEC CICS WEB OPEN URIMAP('DV40IVH')
                SESSTOKEN(WS-SESSTOKEN)
                RESP(WS-RESP) RESP2(WS-RESP2)
           END-EXEC
           EXEC CICS WEB WRITE HTTPHEADER(WS-APIKEY-NAME)
                NAMELENGTH(9)
                VALUE(WS-APIKEY-VALUE) VALUELENGTH(32)
                SESSTOKEN(WS-SESSTOKEN)
           END-EXEC
           MOVE LENGTH OF WS-REQUEST TO WS-BODY-LEN
           EXEC CICS WEB CONVERSE SESSTOKEN(WS-SESSTOKEN)
                POST
                FROM(WS-REQUEST) FROMLENGTH(WS-BODY-LEN)
                MEDIATYPE('application/json')
                AUTHENTICATE(BASICAUTH)
                USERNAME(WS-IVH-USER) USERNAMELEN(WS-IVH-USER-LEN)
                PASSWORD(WS-IVH-PASS) PASSWORDLEN(WS-IVH-PASS-LEN)
                INTO(WS-RESPONSE) TOLENGTH(WS-RECV-LEN)
                STATUSCODE(WS-STATUS-CODE)
                STATUSTEXT(WS-STATUS-TEXT) STATUSLEN(WS-STATUS-LEN)
                RESP(WS-RESP) RESP2(WS-RESP2)
           END-EXEC
           EXEC CICS WEB CLOSE SESSTOKEN(WS-SESSTOKEN) END-EXEC
           IF WS-STATUS-CODE = 200
              MOVE 'Y' TO CA-RESULT
           ELSE
              MOVE 'N' TO CA-RESULT
           END-IF
           EXEC CICS RETURN END-EXEC.
