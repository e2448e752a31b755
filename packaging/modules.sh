#!/usr/bin/env bash
# Recomputes the JDK modules of the installers' trimmed runtime with jdeps and rewrites the
# --add-modules line of packaging/jpackage/runtime.args. Run it after adding or upgrading a
# dependency, commit the change, then check the installed program (README, "Install"):
# jdeps sees only static references, so something loaded by name (a JDBC driver, a charset, a
# locale, a service) may still need a module added by hand.
#
#   packaging/modules.sh [--offline]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn_flags=(-B -ntp -q)
[ "${1:-}" = --offline ] && mvn_flags+=(-o)

rm -rf target/jpackage
mvn "${mvn_flags[@]}" -DskipTests package dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory=target/jpackage/input
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
release=$(sed -n 's:.*<maven.compiler.release>\([0-9]*\)</maven.compiler.release>.*:\1:p' pom.xml)

modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release "$release" --recursive \
  --class-path 'target/jpackage/input/*' "target/envelope-$version.jar")
[[ "$modules" =~ ^[a-z.,]+$ ]] || { echo "modules.sh: unexpected jdeps output: $modules" >&2; exit 1; }

sed -i.bak "s/^--add-modules .*/--add-modules $modules/" packaging/jpackage/runtime.args
rm -f packaging/jpackage/runtime.args.bak
echo "packaging/jpackage/runtime.args: --add-modules $modules"
