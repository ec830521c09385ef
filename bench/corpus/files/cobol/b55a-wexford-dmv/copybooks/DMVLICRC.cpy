      *****************************************************************
      * DMVLICRC - DRIVER LICENSE MASTER RECORD (VSAM KSDS DMV.LICMAST)
      * LRECL 512, KEY = LIC-NBR (POS 1, LEN 9)
      * OWNER: WEXFORD DMV APPLICATIONS - LICENSING
      * 1994-04-11  ORIGINAL (T. GALLAGHER)
      * 2008-10-02  REAL ID FIELDS
      * 2023-05-30  MOBILE DL TOKEN REF (REF ONLY, TOKEN LIVES IN MDL)
      *****************************************************************
       01  DMV-LICENSE-REC.
           05  LIC-KEY.
               10  LIC-NBR                 PIC X(09).
           05  LIC-PERSON.
               10  LIC-LAST-NAME           PIC X(30).
               10  LIC-FIRST-NAME          PIC X(20).
               10  LIC-MIDDLE-INIT         PIC X(01).
               10  LIC-SUFFIX              PIC X(04).
               10  LIC-DOB                 PIC 9(08).
               10  LIC-SEX-CD              PIC X(01).
               10  LIC-HEIGHT-IN           PIC 9(03).
               10  LIC-EYE-CD              PIC X(03).
           05  LIC-ADDRESS.
               10  LIC-ADDR-LINE1          PIC X(35).
               10  LIC-ADDR-LINE2          PIC X(35).
               10  LIC-CITY                PIC X(25).
               10  LIC-STATE               PIC X(02).
               10  LIC-ZIP                 PIC X(09).
           05  LIC-CLASS-INFO.
               10  LIC-CLASS               PIC X(02).
                   88  LIC-CLASS-CDL-A         VALUE 'A '.
                   88  LIC-CLASS-CDL-B         VALUE 'B '.
                   88  LIC-CLASS-STD           VALUE 'D '.
                   88  LIC-CLASS-MOTORCYCLE    VALUE 'M '.
               10  LIC-ENDORSEMENTS        PIC X(06).
               10  LIC-RESTRICTIONS        PIC X(10).
               10  LIC-ISSUE-DT            PIC 9(08).
               10  LIC-EXPIRE-DT           PIC 9(08).
               10  LIC-STATUS-CD           PIC X(01).
                   88  LIC-VALID               VALUE 'V'.
                   88  LIC-SUSPENDED           VALUE 'S'.
                   88  LIC-REVOKED             VALUE 'R'.
                   88  LIC-EXPIRED             VALUE 'E'.
           05  LIC-REAL-ID.
               10  LIC-REAL-ID-FLAG        PIC X(01).
               10  LIC-DOC-VERIFY-DT       PIC 9(08).
               10  LIC-SAVE-CASE-NBR       PIC X(15).
           05  LIC-MDL.
               10  LIC-MDL-ENROLLED        PIC X(01).
               10  LIC-MDL-DEVICE-REF      PIC X(36).
               10  LIC-MDL-TOKEN-REF       PIC X(36).
           05  LIC-SSN-TOKEN               PIC X(20).
           05  LIC-AUDIT.
               10  LIC-LAST-UPD-TS         PIC X(26).
               10  LIC-LAST-UPD-USER       PIC X(08).
               10  LIC-LAST-UPD-TERM       PIC X(08).
           05  FILLER                      PIC X(107).
