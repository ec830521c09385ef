//ERA835GT JOB (MHP0771,EDI),'GET 835 REMITS',CLASS=B,MSGCLASS=X,
//             NOTIFY=&SYSUID
//*-------------------------------------------------------------------*
//* ERA835GT - PULL 835 REMITTANCE FILES FROM THE CLEARINGHOUSE SFTP  *
//*            GATEWAY (FTPS ON OUR SIDE OF THE PROXY) INTO GDG       *
//*            MHP.PROD.EDI.ERA835. USES A NETRC DATASET FOR LOGIN.    *
//*-------------------------------------------------------------------*
//GETFTP   EXEC PGM=FTP,PARM='(EXIT TIMEOUT 300'
//SYSFTPD  DD DISP=SHR,DSN=MHP.PROD.TCPPARMS(FTPTLS)
//NETRC    DD *
machine edi-proxy.meridianhealthplan.org login mhp835 password ⟦password:mhp835⟧
machine edi-proxy-dr.meridianhealthplan.org login mhp835 password ⟦password:mhp835dr⟧
/*
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
edi-proxy.meridianhealthplan.org 990
ascii
cd /outbound/835
mget ERA835_*.x12 'MHP.PROD.EDI.ERA835(+1)'
quit
/*
//*
//LOAD     EXEC PGM=ERA835LD,COND=(0,NE)
//STEPLIB  DD DISP=SHR,DSN=MHP.PROD.LOADLIB
//ERAIN    DD DISP=SHR,DSN=MHP.PROD.EDI.ERA835(0)
//SYSOUT   DD SYSOUT=*
