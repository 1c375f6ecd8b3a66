@echo off
rem HipSpA command line and viewer (Windows). Runs from any directory with only a Java 17+ runtime:
rem java from JAVA_HOME, else from PATH. Extra JVM options: JAVA_OPTS (e.g. set JAVA_OPTS=-Xmx8g).
rem No parenthesised blocks around paths: a JAVA_HOME under "Program Files (x86)" would close them early.
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"

set "JAVA_CMD=java.exe"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
"%JAVA_CMD%" -version >nul 2>&1
if not errorlevel 1 goto check_version
echo HipSpA needs Java 17 or later, and no java was found; install one and put it on PATH or set JAVA_HOME. 1>&2
exit /b 1

:check_version
rem "java -version" prints e.g. openjdk version "17.0.15" 2025-04-15, or "1.8.0_392" before Java 9.
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA_CMD%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR=0"
for /f "tokens=1,2 delims=.-_+" %%a in ("%JAVA_VERSION%") do if "%%a"=="1" (set "JAVA_MAJOR=%%b") else (set "JAVA_MAJOR=%%a")
if %JAVA_MAJOR% GEQ 17 goto run
echo HipSpA needs Java 17 or later, but %JAVA_CMD% is Java %JAVA_VERSION%; install Java 17 or later and put it on PATH or set JAVA_HOME. 1>&2
exit /b 1

:run
rem DJL unpacks the PyTorch libraries here the first time (about 430 MB) and never downloads anything.
if not defined DJL_CACHE_DIR set "DJL_CACHE_DIR=%USERPROFILE%\.djl.ai"

rem lib\* holds the command line, the viewer (hipspa view) and the side panel it shares with Weasis.
rem -Xmx first so that JAVA_OPTS can override it; the xpath limits let PixelMed read large DICOM headers.
"%JAVA_CMD%" -Xmx4g %JAVA_OPTS% -Dai.djl.offline=true "-Dhipspa.model=%APP_HOME%\model" -Djdk.xml.xpathExprOpLimit=0 -Djdk.xml.xpathExprGrpLimit=0 -Djdk.xml.xpathTotalOpLimit=0 -cp "%APP_HOME%\lib\*" org.hipspa.cli.HipspaCommand %*
exit /b %ERRORLEVEL%
