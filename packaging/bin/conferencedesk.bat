@echo off
rem ConferenceDesk launcher (Windows). Generated into target\dist\bin by "mvn package" from
rem packaging\bin\conferencedesk.bat; the tokens are filled in from pom.xml.
rem   conferencedesk                 opens the window
rem   conferencedesk COMMAND ...     runs headless (conferencedesk --help lists the commands)
rem Environment: JAVA_HOME (else java on the PATH), CONFERENCEDESK_DB, CONFERENCEDESK_JAVA_OPTS.
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"

set "JAVACMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVACMD=%JAVA_HOME%\bin\java.exe"
"%JAVACMD%" -version >nul 2>&1
if errorlevel 1 (
  echo ConferenceDesk needs Java 17 or newer. Install it or set JAVA_HOME. 1>&2
  exit /b 1
)

set "CDS_OPTS="
if exist "%APP_HOME%\lib\conferencedesk.jsa" set "CDS_OPTS=-XX:SharedArchiveFile=%APP_HOME%\lib\conferencedesk.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off"

rem A headless command runs with the serial collector and a heap that grows only as far as its live
rem data needs (docs\BENCHMARKS.md, "Import memory"); the window (no command: nothing, or only --db PATH)
rem keeps Java's defaults. CONFERENCEDESK_JAVA_OPTS comes after, so a user's -Xmx or collector wins.
set "HEAP_OPTS=@COMMAND_HEAP_OPTS@"
if "%~1"=="" set "HEAP_OPTS="
if "%~1"=="--db" if "%~3"=="" set "HEAP_OPTS="

"%JAVACMD%" %CDS_OPTS% %HEAP_OPTS% %CONFERENCEDESK_JAVA_OPTS% --module-path "%APP_HOME%\lib\javafx" --add-modules @FX_MODULES@ @FX_ADD_OPENS@ -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%
