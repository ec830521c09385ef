; Ledgerline installer (legacy 32-bit, still required by two customers)
#define AppName "Ledgerline"
#define AppVersion GetVersionNumbersString("..\publish\x86\Ledgerline.exe")

[Setup]
AppId={{⟦uuid:appid|slice=0-36⟧}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Ledgerline Software Ltd
DefaultDirName={autopf}\{#AppName}
OutputBaseFilename=Ledgerline-{#AppVersion}-x86-setup
Compression=lzma2/ultra
SolidCompression=yes
; signtool entry configured in the IDE (Tools > Configure Sign Tools) was lost on the new build box,
; so it is inlined here
SignTool=ledgersign sign /f "$qC:\build\certs\ledgerline-ov-2024.pfx$q" /p Ledger!ine-OV-2024 /fd sha256 /tr http://timestamp.digicert.com /td sha256 $f
SignedUninstaller=yes
WizardStyle=modern

[Files]
Source: "..\publish\x86\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\Ledgerline.exe"
