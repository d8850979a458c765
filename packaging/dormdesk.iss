; Inno Setup script: DormDesk-Setup.exe from the PyInstaller bundle dist\DormDesk (Windows only).
; NOT built or tested on the Linux machines this project's CI runs on: see docs/packaging.md.
; Build: python -m tools.bundle --zip   then   iscc packaging\dormdesk.iss
#define AppVersion GetEnv("DORMDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B0C8E-3E0B-4B4F-9D5E-5D0D0E1A2B11}
AppName=DormDesk 宿管台
AppVersion={#AppVersion}
AppPublisher=DormDesk
DefaultDirName={autopf}\DormDesk
DefaultGroupName=DormDesk 宿管台
OutputDir=..\dist
OutputBaseFilename=DormDesk-Setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\DormDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\DormDesk 宿管台"; Filename: "{app}\DormDesk.exe"
Name: "{autodesktop}\DormDesk 宿管台"; Filename: "{app}\DormDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\DormDesk.exe"; Description: "{cm:LaunchProgram,DormDesk}"; Flags: nowait postinstall skipifsilent
