@echo off
rem ConferenceDesk launcher (Windows). Generated into target\dist\bin by "mvn package" from
rem packaging\bin\conferencedesk.bat; the tokens are filled in from pom.xml.
rem   conferencedesk                 opens the window
rem   conferencedesk COMMAND ...     runs headless (conferencedesk --help lists the commands)
rem Environment: JAVA_HOME (else java on the PATH), CONFERENCEDESK_DB, CONFERENCEDESK_JAVA_OPTS.
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"

rem Java: JAVA_HOME, else java on the PATH (found with where.exe, as the shell launcher does with
rem command -v: starting java once to ask for its version cost a second JVM start on every launch).
set "JAVACMD="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if not defined JAVACMD (
  where java >nul 2>&1 && set "JAVACMD=java"
)
if not defined JAVACMD (
  echo ConferenceDesk needs Java 17 or newer. Install it ^(e.g. Eclipse Temurin 17, with "Set JAVA_HOME" ticked^) or set JAVA_HOME. 1>&2
  exit /b 1
)

set "CDS_OPTS="
if exist "%APP_HOME%\lib\conferencedesk.jsa" set "CDS_OPTS=-XX:SharedArchiveFile=%APP_HOME%\lib\conferencedesk.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off"

rem As the shell launcher: a headless command (any argument other than --db/--event and their values)
rem runs with the serial collector and a heap that grows only as far as its live data needs
rem (docs\BENCHMARKS.md, "Import memory"); a quick command (totals, list, events, audit, merge ...) also
rem with the client compiler only (docs\BENCHMARKS.md, "Commands"); the window keeps Java's defaults.
rem CONFERENCEDESK_JAVA_OPTS comes after, so a user's -Xmx or collector wins.
set "HEAP_OPTS="
set "JIT_OPTS="
call :commandOptions %*

"%JAVACMD%" %CDS_OPTS% %HEAP_OPTS% %JIT_OPTS% %CONFERENCEDESK_JAVA_OPTS% --module-path "%APP_HOME%\lib\javafx" --add-modules @FX_MODULES@ @FX_ADD_OPENS@ -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%

rem Sets HEAP_OPTS and JIT_OPTS from the first argument that is not --db/--event or their value.
:commandOptions
if "%~1"=="" exit /b 0
if "%~1"=="--db" goto skipTwo
if "%~1"=="--event" goto skipTwo
set "CD_ARG=%~1"
if "%CD_ARG:~0,5%"=="--db=" goto skipOne
if "%CD_ARG:~0,8%"=="--event=" goto skipOne
set "HEAP_OPTS=@COMMAND_HEAP_OPTS@"
for %%c in (@QUICK_COMMANDS_LIST@) do if "%~1"=="%%c" set "JIT_OPTS=@QUICK_COMMAND_OPTS@"
exit /b 0
:skipTwo
shift
:skipOne
shift
goto commandOptions
