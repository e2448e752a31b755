# Builds Envelope's Windows installer with jpackage (docs/decisions/0016, packaging/README.md).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [app-image|msi|all] [-SkipTests] [-Offline]
#
#   app-image  target\dist\Envelope: Envelope.exe (opens the app), envelope-cli.exe (command line)
#   msi        the app-image, then target\dist\Envelope-VERSION.msi
#   all        (default) the same as msi
#
# Needs: JDK 17+ with jpackage (JAVA_HOME, else the one on the PATH), Maven, and for the .msi the
# WiX Toolset 3.x (candle.exe and light.exe on the PATH; jpackage 24+ also accepts WiX 4/5).
# Mirrors packaging/build.sh, which builds the Linux and macOS installers.
param(
    [ValidateSet('app-image', 'msi', 'all')][string]$What = 'all',
    [switch]$SkipTests,
    [switch]$Offline
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$jpackage = 'jpackage'
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
}
if (-not (Get-Command $jpackage -ErrorAction SilentlyContinue)) { throw 'jpackage not found: install a JDK 17+ and set JAVA_HOME' }
if ($What -ne 'app-image' -and -not (Get-Command 'light.exe' -ErrorAction SilentlyContinue)) {
    throw 'The WiX Toolset 3.x is needed for an .msi (light.exe and candle.exe on the PATH)'
}

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    Write-Host "==> $exe $($arguments -join ' ')"
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

# 1. The thin jar and its runtime dependencies (JavaFX with the Windows natives), fresh each time.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue target\jpackage, target\dist
$maven = @('-B', '-ntp')
if ($Offline) { $maven += '-o' }
$maven += @('package', 'dependency:copy-dependencies', '-DincludeScope=runtime', '-DoutputDirectory=target/jpackage/input')
if ($SkipTests) { $maven += '-DskipTests' }
Invoke-Checked 'mvn' $maven

# 2. The version, as Maven recorded it for the jar (the pom's <version>).
$version = ((Get-Content target\maven-archiver\pom.properties) -match '^version=' | Select-Object -First 1) -replace '^version=', ''
if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "jpackage needs a numeric version like 0.1.0; the pom says '$version'" }
$mainJar = "envelope-$version.jar"
Copy-Item "target\$mainJar" target\jpackage\input\

# 3. The application image. The @argfiles are quoted: a bare @ is PowerShell's splatting operator.
Invoke-Checked $jpackage @('--type', 'app-image',
    '@packaging/jpackage/image.args', '@packaging/jpackage/runtime.args', '@packaging/windows/image.args',
    '--app-version', $version, '--main-jar', $mainJar, '--dest', 'target/dist')

# 4. The installer, wrapped around that same image.
if ($What -ne 'app-image') {
    Invoke-Checked $jpackage @('--type', 'msi', '--app-image', 'target/dist/Envelope',
        '@packaging/windows/msi.args', '--app-version', $version, '--dest', 'target/dist')
}

Write-Host "==> built (version $version):"
Get-ChildItem target\dist | Format-Table Name, Length
