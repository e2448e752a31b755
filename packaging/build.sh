#!/usr/bin/env bash
# Builds Envelope's installers with jpackage (docs/decisions/0016, packaging/README.md).
#
#   packaging/build.sh [app-image|deb|dmg|all] [--skip-tests] [--offline]
#
#   app-image  the application folder with its trimmed Java runtime:
#              target/dist/envelope (Linux) or target/dist/Envelope.app (macOS)
#   deb        Linux: the app-image, then target/dist/envelope_VERSION-1_amd64.deb
#   dmg        macOS: the app-image, then target/dist/Envelope-VERSION.dmg
#   all        (default) app-image plus this system's installer (deb on Linux, dmg on macOS)
#
#   --skip-tests  build without running the tests (they run by default: an installer is a release)
#   --offline     pass -o to Maven
#
# Windows: packaging\build.ps1 (PowerShell). jpackage builds installers only for the system it
# runs on, so each installer is built on its own system.
# Needs: JDK 17+ with jpackage (JAVA_HOME, else the one on the PATH), Maven; for deb also
# dpkg-deb and fakeroot (Debian/Ubuntu have them); for dmg, Xcode command line tools.
set -euo pipefail
cd "$(dirname "$0")/.."

what=all
skip_tests=false
mvn_flags=(-B -ntp)
for arg in "$@"; do
  case "$arg" in
    app-image|deb|dmg|all) what=$arg ;;
    --skip-tests) skip_tests=true ;;
    --offline) mvn_flags+=(-o) ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument \"$arg\" (try --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; native=deb; image_name=envelope ;;
  Darwin) os=macos; native=dmg; image_name=Envelope.app ;;
  *) echo "build.sh: on Windows use packaging\\build.ps1" >&2; exit 2 ;;
esac
[ "$what" = all ] && what=$native
if [ "$what" != app-image ] && [ "$what" != "$native" ]; then
  echo "build.sh: a $what cannot be built on $(uname -s); jpackage builds only this system's installers ($native)" >&2
  exit 2
fi

jpackage=jpackage
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] && jpackage="$JAVA_HOME/bin/jpackage"
command -v "$jpackage" >/dev/null || { echo "build.sh: jpackage not found (install a JDK 17+ and set JAVA_HOME)" >&2; exit 1; }
if [ "$what" = deb ]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed for a .deb (sudo apt-get install dpkg-dev fakeroot)" >&2; exit 1; }
  done
fi

# 1. The thin jar and its runtime dependencies (JavaFX with this system's natives), fresh each time:
#    a stale jar left in the input folder would end up on the installed program's class path.
rm -rf target/jpackage target/dist
maven_goals=(package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/jpackage/input)
$skip_tests && maven_goals+=(-DskipTests)
echo "==> mvn ${mvn_flags[*]} ${maven_goals[*]}"
mvn "${mvn_flags[@]}" "${maven_goals[@]}"

# 2. The version, as Maven recorded it for the jar (the pom's <version>).
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "build.sh: jpackage needs a numeric version like 0.1.0; the pom says \"$version\"" >&2
  exit 1
fi
app_version=$version
if [ "$os" = macos ] && [[ "$version" == 0* ]]; then
  # jpackage on macOS refuses a bundle version whose first number is 0 (CFBundleVersion).
  app_version=${MAC_APP_VERSION:-1.0.0}
  echo "==> macOS: the bundle version is $app_version (the pom's $version starts with 0); set MAC_APP_VERSION to change it"
fi
main_jar="envelope-$version.jar"
cp "target/$main_jar" target/jpackage/input/

# 3. The application image: the app, its jars and a jlink runtime of the modules in runtime.args.
echo "==> jpackage --type app-image ($os, version $version)"
"$jpackage" --type app-image \
  @packaging/jpackage/image.args @packaging/jpackage/runtime.args @"packaging/$os/image.args" \
  --app-version "$app_version" --main-jar "$main_jar" --dest target/dist
image="target/dist/$image_name"

# 4. The installer, wrapped around that same image.
if [ "$what" = deb ]; then
  echo "==> jpackage --type deb"
  "$jpackage" --type deb --app-image "$image" @packaging/linux/deb.args \
    --app-version "$version" --dest target/dist
elif [ "$what" = dmg ]; then
  echo "==> jpackage --type dmg"
  "$jpackage" --type dmg --app-image "$image" @packaging/macos/dmg.args \
    --app-version "$app_version" --dest target/dist
  [ "$app_version" = "$version" ] || mv "target/dist/Envelope-$app_version.dmg" "target/dist/Envelope-$version.dmg"
fi

echo "==> built (version $version):"
du -sh "$image"
find target/dist -maxdepth 1 -type f \( -name '*.deb' -o -name '*.dmg' \) -exec ls -l {} \;
