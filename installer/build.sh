#!/usr/bin/env bash
# Builds pvs-console's installers with jpackage (JDK 17), on the OS it runs on.
#
#   installer/build.sh [--skip-maven] [TYPE...]
#
# TYPE: app-image, deb, rpm (Linux); msi (Windows); dmg (macOS). Default: every type of this
# OS (Linux: app-image deb rpm). The app-image is always built first: the packages are made
# from it (jpackage --app-image), so all of them ship the same runtime and class-data archive.
# --skip-maven: reuse target/pvs-console.jar and target/lib/ from an earlier `mvn package`.
#
# Output: target/installer/image/ (app-image), target/installer/dist/ (packages).
# Needs: JDK 17 with jmods (jlink, jpackage, jdeps); Linux .deb: fakeroot, binutils;
# .rpm: rpm; Windows .msi: WiX 3 on PATH. Options live in installer/jpackage/*.args,
# the runtime's modules in installer/jlink-modules.txt, launcher JVM options in
# app/launcher-options.txt. See installer/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
here=installer
out=target/installer

skip_maven=false
types=()
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) types+=("$arg") ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; sep=:; default_types=(deb rpm) ;;
  Darwin) os=mac; sep=:; default_types=(dmg) ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; sep=';'; default_types=(msi) ;;
  *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
[[ ${#types[@]} -gt 0 ]] || types=(app-image "${default_types[@]}")

log() { printf '[installer %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Times one step and records it (step, seconds) for the summary printed at the end.
timings=()
timed() {
  local name=$1 start end
  shift
  start=$(date +%s)
  "$@"
  end=$(date +%s)
  timings+=("$name $((end - start))s")
}

java_home=${JAVA_HOME:-$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')}
# Git Bash: C:/x/y form, which both bash and the JDK tools (in --module-path) understand.
[[ $os != windows ]] || java_home=$(cygpath -m "$java_home")
jdk_tool() { if [[ -x "$java_home/bin/$1" || -x "$java_home/bin/$1.exe" ]]; then echo "$java_home/bin/$1"; else echo "$1"; fi; }
JLINK=$(jdk_tool jlink)
JPACKAGE=$(jdk_tool jpackage)
JDEPS=$(jdk_tool jdeps)

if ! $skip_maven; then
  log "mvn package (tests are run by mvn verify, not here)"
  timed maven mvn -B -q -DskipTests package
fi
[[ -f target/pvs-console.jar ]] || { echo "build.sh: target/pvs-console.jar missing; run without --skip-maven" >&2; exit 1; }

# --- name, version, description: from the pom ---------------------------------------------------
name=$(sed -n 's/^name=//p' target/classes/pvs-console/build.properties | tr -d '\r')
version=$(sed -n 's/^version=//p' target/classes/pvs-console/build.properties | tr -d '\r')
description=$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' pom.xml | head -1)
# jpackage wants 1-3 numbers: 0.2.0-SNAPSHOT is packaged as 0.2.0.
app_version=$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
# macOS refuses a bundle version whose first number is 0 ("CFBundleVersion cannot be zero");
# until 1.0 the bundle says 1.M.P and the .dmg file keeps the real version in its name.
bundle_version=$app_version
if [[ $os == mac && $app_version == 0.* ]]; then bundle_version="1.${app_version#0.}"; fi
log "$name $version (package version $app_version) on $os: ${types[*]}"

# --- stage: JavaFX platform jars -> jlinked modules; every other jar -> --input ---------------------
# Packages of other types already in dist/ stay (CI builds .deb and .rpm in two runs).
rm -rf "$out/input" "$out/jfx" "$out/runtime" "$out/image"
mkdir -p "$out/input" "$out/jfx" "$out/dist"
cp target/pvs-console.jar "$out/input/"
for jar in target/lib/*.jar; do
  base=$(basename "$jar")
  if [[ $base =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then
    cp "$jar" "$out/jfx/"               # e.g. javafx-graphics-21.0.11-linux.jar: a real module
  elif [[ $base =~ ^javafx- ]]; then
    :                                   # the empty classifier-less javafx-*.jar: not needed
  else
    mkdir -p "$out/input/lib"; cp "$jar" "$out/input/lib/"
  fi
done
# What is installed beside the program (licence, default config) comes from app/.
for file in app/*; do
  case "$(basename "$file")" in README.md|launcher-options.txt) ;; *) cp -R "$file" "$out/input/" ;; esac
done

fx_modules=$(for jar in "$out"/jfx/*.jar; do basename "$jar" | sed -E 's/^javafx-([a-z]+)-.*/javafx.\1/'; done | paste -sd, -)
jdk_modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jlink-modules.txt" | grep -v '^$' | paste -sd, -)


# --- runtime: jlink with the default CDS archive of the JDK's own classes -------------------------
log "jlink runtime: $jdk_modules,$fx_modules"
timed jlink "$JLINK" --module-path "$java_home/jmods$sep$out/jfx" \
  --add-modules "$jdk_modules,$fx_modules" \
  --include-locales=en,de,fr,es,it,ja,ko,pt,zh \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"

# --- guard: nothing the app reaches may be missing from the runtime ------------------------------
# jdeps follows the app's code into the libraries it calls (e.g. dbus-java, behind the Linux
# keyring, needs jdk.security.auth); a module missing here fails at run time, far from the cause.
used=$("$JDEPS" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$(printf "%s\n" "$out"/input/lib/*.jar | paste -sd"$sep" -)" \
  --module-path "$(printf "%s\n" "$out"/jfx/*.jar | paste -sd"$sep" -)" "$out/input/pvs-console.jar" | tr -d '\r')
linked=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$out/runtime/release" | tr -d '\r')
missing=$(comm -23 <(tr , '\n' <<<"$used" | sort -u) <(tr ' ' '\n' <<<"$linked" | sort -u) | paste -sd, -)
if [[ -n $missing ]]; then
  echo "build.sh: the app uses JDK modules the runtime lacks: $missing. Add them to installer/jlink-modules.txt." >&2
  exit 1
fi

# --- class-data sharing archive: JDK and JavaFX classes the app loads while starting ----------
# jlink's archive covers the JDK's default class list only. This replaces it with one made from
# the classes a --self-test run loads from the runtime image (JDK and JavaFX modules). It lives
# in the runtime like the default one and holds no class-path classes, so it stays valid
# wherever the app is installed (JDK 17 cannot relocate an archive of class-path jars).
jsa=$(find "$out/runtime" -name classes.jsa | head -1)
cds="JDK default class list (jlink --generate-cds-archive)"
with_display=()
if [[ $os == linux && -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null; then
  with_display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
# A build whose app lacks --self-test would open a window and wait: stop it after 2 minutes
# (macOS has no timeout(1); perl's alarm does the same there).
if command -v timeout >/dev/null; then with_timeout=(timeout 120); else with_timeout=(perl -e 'alarm 120; exec @ARGV'); fi
class_path=$(cd "$out/input" && printf "%s\n" pvs-console.jar lib/*.jar | paste -sd"$sep" -)
# One --self-test run listing the classes it loads; a second try if the first fails.
list_classes() {
  local attempt
  for attempt in 1 2; do
    # PVS_CONSOLE_HOME: the run's settings and logs go to the build folder, not the builder's home.
    (cd "$out/input" && PVS_CONSOLE_HOME="$out/self-test-home" "${with_timeout[@]}" ${with_display[@]+"${with_display[@]}"} "../runtime/bin/java" \
        -XX:DumpLoadedClassList=../classes.lst -cp "$class_path" com.pvsconsole.app.Launcher \
        --self-test) > "$out/cds-self-test.txt" 2>&1 \
      && grep -q '^{"selfTest":"ok"' "$out/cds-self-test.txt" && return 0
    log "--self-test run $attempt for the class list failed"
  done
  return 1
}
if [[ ${PVS_CDS:-on} == off ]]; then
  log "class-data archive: skipped (PVS_CDS=off)"
elif list_classes; then
  timed cds "$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/classes.lst" \
    -XX:SharedArchiveFile="$jsa" > "$out/cds-dump.txt" 2>&1
  cds="JDK + JavaFX classes of a --self-test run ($(grep -c '^[a-z]' "$out/classes.lst") classes listed)"
else
  log "WARNING: --self-test did not pass ($out/cds-self-test.txt): keeping jlink's default CDS archive"
fi
log "class-data archive: $cds"
# The commands are dropped only now (the launcher does not need them; on Windows bin/ also
# holds the runtime's DLLs, which stay). The second CDS archive only serves heaps over 32 GB
# (no compressed oops): never the case for this app.
find "$out/runtime/bin" -maxdepth 1 -type f ! -name '*.dll' -delete
find "$out/runtime" -name 'classes_nocoops.jsa' -delete

java_options=()
while IFS= read -r line; do
  line=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' <<<"$line")
  [[ -z $line || $line == \#* ]] || java_options+=(--java-options "$line")
done < app/launcher-options.txt

common=(--name "$name" --description "$description" "@$here/jpackage/common.args")

case $os in
  linux) icon=$here/icon/linux/pvs-console.png; image="$out/image/$name"; launcher="$image/bin/$name" ;;
  windows) icon=$here/icon/windows/pvs-console.ico; image="$out/image/$name"; launcher="$image/$name.exe" ;;
  mac) icon=$here/icon/mac/pvs-console.icns; image="$out/image/$name.app"; launcher="$image/Contents/MacOS/$name" ;;
esac
os_image_args=()
[[ $os != mac ]] || os_image_args=("@$here/jpackage/mac.args")

log "jpackage app-image"
timed app-image "$JPACKAGE" --type app-image "${common[@]}" "@$here/jpackage/app-image.args" ${os_image_args[@]+"${os_image_args[@]}"} \
  --app-version "$bundle_version" --icon "$icon" \
  --input "$out/input" --runtime-image "$out/runtime" "${java_options[@]}" \
  --dest "$out/image"

# --- packages, all made from the one app-image --------------------------------------------------
for type in "${types[@]}"; do
  [[ $type != app-image ]] || continue
  rm -f "$out"/dist/*."$type"
  args=("@$here/jpackage/$os.args")
  case "$os:$type" in
    linux:deb|linux:rpm) args+=("@$here/jpackage/$type.args") ;;
    windows:msi|windows:exe|mac:dmg|mac:pkg) ;;
    *) echo "build.sh: type $type cannot be built on $os" >&2; exit 2 ;;
  esac
  log "jpackage $type"
  timed "$type" "$JPACKAGE" --type "$type" --app-image "$image" "${common[@]}" "${args[@]}" \
    --app-version "$bundle_version" --icon "$icon" --license-file app/LICENSE \
    --dest "$out/dist"
done
if [[ $bundle_version != "$app_version" ]]; then
  for file in "$out"/dist/*"$bundle_version"*; do mv "$file" "${file/$bundle_version/$app_version}"; done
fi

# --- summary ------------------------------------------------------------------------------------
size() { du -sk "$1" | awk '{printf "%.1f MB", $1 / 1024}'; }
echo "launcher:  $launcher"
echo "app-image: $(size "$image") on disk ($image)"
for file in "$out"/dist/*; do [[ -e $file ]] && echo "package:   $(size "$file")  $file"; done
echo "class data: $cds"
echo "timings:   ${timings[*]-}"
