; Inno Setup 6 script: turns the PyInstaller folder dist\digiamt-desk\ into one installer,
; DigiAmt-Desk-Setup-<version>.exe, that installs for the current user only (no administrator
; rights), adds a Start menu entry (and, if wanted, a desktop icon) and an uninstaller.
;
;   pyinstaller --noconfirm build_installer.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\digiamt-desk.iss
;
; The databases, backups, settings and logs live in the user's folders
; (%LOCALAPPDATA%\StMD\DigiAmt Desk\) and are left alone by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DigiAmt Desk"
#define AppExe "digiamt-desk.exe"

[Setup]
AppId={{6F0B7C52-3E5A-4B7E-9A53-1C2D8F4E7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Bayerisches Staatsministerium für Digitales
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\resources\icons\digiamt-desk.ico
OutputDir=..\dist
OutputBaseFilename=DigiAmt-Desk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\digiamt-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} – Selbsttest"; Filename: "{cmd}"; Parameters: "/k ""{app}\digiamt.exe"" --self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
