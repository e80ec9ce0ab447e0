; Inno Setup 6 script of the Windows installer (DESIGN §7, CONVENTIONS rule 14).
;
; Built by `python installer\build.py`, which runs PyInstaller first and then:
;   ISCC /DAppVersion=<version from pyproject.toml> /DBuildDir=<dist\unionapp> /DOutputDir=<dist> installer\unionapp.iss
; Writes dist\unionapp-<version>-setup.exe: installs for the current user into
; %LOCALAPPDATA%\Programs\unionapp (no administrator needed) or, when chosen in the first dialog,
; for all users into Program Files. Nothing is downloaded at install or at run time.
; This file is UTF-8 with a byte-order mark, as Inno Setup needs for the Chinese texts.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (installer\build.py reads it from pyproject.toml)
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\unionapp"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "县级工会业务管理系统"
#define AppExeName "unionapp.exe"
#define AppGuide "_internal\resources\guide\zh_CN.html"

; The Chinese (Simplified) messages of the installer. Inno Setup ships ChineseSimplified.isl
; among its unofficial translations (not installed with the compiler): a copy beside this
; script wins, then the compiler's Languages folder (see installer\README.md).
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in installer\ or in Inno Setup's Languages folder (installer\README.md)
#endif

[Setup]
; The AppId never changes: it is how Windows and later installers recognise this program.
AppId={{39FF59B9-C0EF-498A-A952-B383EB61A2AC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=unionapp
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user by default; the first dialog offers "install for all users" (needs an administrator).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\unionapp
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
OutputDir={#OutputDir}
OutputBaseFilename=unionapp-{#AppVersion}-setup
SetupIconFile=..\resources\icons\unionapp.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Qt 6 needs Windows 10 1809 or later, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update closes a running copy first (Restart Manager).
CloseApplications=yes
ShowLanguageDialog=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
GuideShortcut=使用说明
DeleteDataQuestion=是否同时删除本机保存的全部业务数据？%n%n位置：%1%n（数据库、自动备份和日志）%n%n删除后无法恢复。如果以后还要重新安装使用，或者不确定，请选“否”：数据会原样保留，重新安装后即可继续使用。%n%n（使用单位 PostgreSQL 共享数据库的，服务器上的数据不受影响。）
DeleteDataConfirm=再次确认：永久删除 %1 中的全部数据？

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autoprograms}\{#AppName}\{cm:GuideShortcut}"; Filename: "{app}\{#AppGuide}"
Name: "{autoprograms}\{#AppName}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The database, backups and logs live in the user's data folder (platformdirs:
  %LOCALAPPDATA%\unionapp\unionapp), never in {app}: uninstalling keeps them unless the clerk
  says otherwise. The default answer is No, and a silent uninstall never deletes them. }

function DataDir: String;
begin
  Result := ExpandConstant('{localappdata}\unionapp\unionapp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := DataDir;
  if UninstallSilent or not DirExists(Folder) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [Folder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataConfirm'), [Folder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  DelTree(Folder, True, True, True);
  { The parent folder (the vendor's) goes only when nothing else is in it. }
  RemoveDir(ExpandConstant('{localappdata}\unionapp'));
  { The window's own preferences (size, last folders, printer offsets) in the registry. }
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\unionapp');
end;
