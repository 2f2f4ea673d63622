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
# Output: target/installer/image/ (app-image), target/installer/dist/ (packages, each with a
# .sha256 beside it; Windows and macOS file names end in the architecture, -x64 or -arm64).
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
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
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

size() { du -sk "$1" | awk '{printf "%.1f MB", $1 / 1024}'; }
log() { printf '[installer %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Times one step and records it (step, seconds) for the summary printed at the end.
timings=()
timed() {
  local name=$1 start end status=0
  shift
  start=$(date +%s)
  "$@" || status=$?
  end=$(date +%s)
  timings+=("$name $((end - start))s")
  return $status
}

java_home=${JAVA_HOME:-$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')}
# Git Bash: C:/x/y form, which both bash and the JDK tools (in --module-path) understand.
[[ $os != windows ]] || java_home=$(cygpath -m "$java_home")
jdk_tool() { if [[ -x "$java_home/bin/$1" || -x "$java_home/bin/$1.exe" ]]; then echo "$java_home/bin/$1"; else echo "$1"; fi; }
JLINK=$(jdk_tool jlink)
JPACKAGE=$(jdk_tool jpackage)
JDEPS=$(jdk_tool jdeps)
JAR=$(jdk_tool jar)

if ! $skip_maven; then
  log "mvn package (tests are run by mvn verify, not here)"
  timed maven mvn -B -q -DskipTests package
fi
[[ -f target/pvs-console.jar ]] || { echo "build.sh: target/pvs-console.jar missing; run without --skip-maven" >&2; exit 1; }

# --- name, version, description: from the pom ---------------------------------------------------
name=$(sed -n 's/^name=//p' target/classes/pvs-console/build.properties | tr -d '\r')
version=$(sed -n 's/^version=//p' target/classes/pvs-console/build.properties | tr -d '\r')
description=$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' pom.xml | head -1)
# jpackage wants 1-3 numbers: 1.2.0-SNAPSHOT is packaged as 1.2.0. The same number goes into
# the package metadata, the macOS bundle (Finder, About) and `--version`.
app_version=$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
if [[ $os == mac && $app_version == 0.* ]]; then
  echo "build.sh: macOS bundles cannot have version $app_version (first number 0); raise the pom's version" >&2
  exit 1
fi
# The machine's architecture, in the names of the Windows and macOS files (Linux packages name
# it themselves: _amd64.deb, .x86_64.rpm).
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) arch=$(uname -m) ;;
esac
log "$name $version (package version $app_version) on $os $arch: ${types[*]}"

# --- stage: JavaFX platform jars -> jlinked modules; every other jar -> --input ---------------------
# Packages of other types already in dist/ stay (CI builds .deb and .rpm in two runs).
rm -rf "$out/input" "$out/jfx" "$out/runtime" "$out/image" "$out/image-plain" "$out/image-deb"
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

# --- JavaFX natives: into the runtime, where JavaFX's loader looks first --------------------------
# NativeLibLoader tries java.home first (lib/ on Linux and macOS, bin/javafx/ on Windows) and only
# then unpacks the copies inside the jar to ~/.openjfx/cache: a folder that may be read-only or
# barred from holding libraries, and that no uninstaller removes. The runtime keeps the jar's
# copies too (javafx.graphics is jlinked from it), as the fallback they always were.
case $os in
  linux|mac) fx_lib_dir="$out/runtime/lib" ;;
  windows) fx_lib_dir="$out/runtime/bin/javafx" ;;
esac
extract_fx_natives() {
  local jar natives unpacked=$out/jfx-natives file base
  fx_natives=()
  rm -rf "$unpacked"; mkdir -p "$unpacked" "$fx_lib_dir"
  for jar in "$out"/jfx/*.jar; do
    natives=$("$JAR" tf "$jar" | tr -d '\r' | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
    [[ -z $natives ]] || (cd "$unpacked" && "$JAR" xf "$root/$jar" $natives)
  done
  for file in "$unpacked"/*; do
    [[ -e $file ]] || continue
    base=$(basename "$file")
    case "$base" in
      # Windows: the C++ runtime the jar carries for JavaFX's DLLs goes beside the JDK's own, in
      # bin/ (the launcher's DLL directory), unless the JDK already ships it there.
      api-ms-win-*|msvcp*|vcruntime*|ucrtbase*) [[ -e $out/runtime/bin/$base ]] || cp "$file" "$out/runtime/bin/" ;;
      *) cp "$file" "$fx_lib_dir/"; fx_natives+=("$base") ;;
    esac
  done
  rm -rf "$unpacked"
}
extract_fx_natives
log "JavaFX natives in the runtime's ${fx_lib_dir#"$out/"}/: ${fx_natives[*]}"

# --- packaging-time self-test, and the class-data sharing archive made from it --------------------
# jlink's archive covers the JDK's default class list only. This replaces it with one made from
# the classes a --self-test run loads from the runtime image (JDK and JavaFX modules). It lives
# in the runtime like the default one and holds no class-path classes, so it stays valid
# wherever the app is installed (JDK 17 cannot relocate an archive of class-path jars).
# The run's home (settings, logs, user.home) is an absolute path outside jpackage's --input, so
# none of it can end up in a package; self-test.sh fails if JavaFX unpacked natives into it.
jsa=$(find "$out/runtime" -name classes.jsa | head -1)
cds="JDK default class list (jlink --generate-cds-archive)"
class_path=$(printf "%s\n" "$root/$out/input/pvs-console.jar" "$root/$out"/input/lib/*.jar | paste -sd"$sep" -)
[[ $os != windows ]] || class_path=$(tr "$sep" '\n' <<<"$class_path" | while read -r p; do cygpath -m "$p"; done | paste -sd"$sep" -)
self_test_home="$root/$out/self-test-home"
classes_list="$root/$out/classes.lst"
[[ $os != windows ]] || classes_list=$(cygpath -m "$classes_list")
# One --self-test run from the runtime (listing the classes it loads); a second try if it fails.
packaging_self_test() {
  local attempt
  for attempt in 1 2; do
    SELF_TEST_HOME=$self_test_home "$here/self-test.sh" "$out/runtime/bin/java" \
        -XX:DumpLoadedClassList="$classes_list" -cp "$class_path" com.pvsconsole.app.Launcher \
        > "$out/cds-self-test.txt" 2>&1 && return 0
    log "packaging-time --self-test run $attempt failed ($out/cds-self-test.txt)"
  done
  tail -30 "$out/cds-self-test.txt" >&2
  return 1
}
if [[ ${PVS_CDS:-on} == off ]]; then
  log "packaging-time self-test and class-data archive: skipped (PVS_CDS=off)"
elif packaging_self_test; then
  log "packaging-time $(tail -1 "$out/cds-self-test.txt")"
  timed cds "$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/classes.lst" \
    -XX:SharedArchiveFile="$jsa" > "$out/cds-dump.txt" 2>&1
  cds="JDK + JavaFX classes of a --self-test run ($(grep -c '^[a-z]' "$out/classes.lst") classes listed)"
else
  echo "build.sh: the app built here does not pass --self-test; no installer is made from it" >&2
  exit 1
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
case $os in
  mac) os_image_args=("@$here/jpackage/mac.args") ;;
  # A second launcher, pvs-console-cli.exe, with a console: the GUI one prints nothing to a
  # terminal, so --version, simulate and --self-test are run through this one.
  windows) os_image_args=(--add-launcher "$name-cli=$here/jpackage/windows-console-launcher.properties") ;;
esac

log "jpackage app-image"
timed app-image "$JPACKAGE" --type app-image "${common[@]}" "@$here/jpackage/app-image.args" ${os_image_args[@]+"${os_image_args[@]}"} \
  --app-version "$app_version" --icon "$icon" \
  --input "$out/input" --runtime-image "$out/runtime" "${java_options[@]}" \
  --dest "$out/image"

# --- application class-data archive (AppCDS), dumped by the image's own launcher -----------------
# app/launcher-options.txt has -XX:SharedArchiveFile=$APPDIR/pvs-console.jsa: an archive of the
# classes a --self-test start loads, our jars' included. JDK 17 accepts such an archive only at the
# absolute class path it was made for and with the jars' sizes and times unchanged, and a missing
# or refused one turns ALL class-data sharing off for that start (the runtime's archive too). So it
# is made where the app runs: from the class list of the packaging-time self-test (shipped as
# $APPDIR/pvs-console.classlist), by the launcher itself with -Xshare:dump given through
# JAVA_TOOL_OPTIONS (read first; the cfg's own -XX:SharedArchiveFile names the output). No display
# is needed and the same JVM, class path and options are used. Here it is made for the image in
# place and checked; the .deb's postinst makes it again in /opt. Where that cannot happen, the
# option is removed from the launcher (see choose_package_image).
case $os in
  linux) app_dir="$image/lib/app" ;;
  windows) app_dir="$image/app" ;;
  mac) app_dir="$image/Contents/app" ;;
esac
app_jsa="$app_dir/pvs-console.jsa"
app_classlist="$app_dir/pvs-console.classlist"
archive_option='-XX:SharedArchiveFile=$APPDIR/pvs-console.jsa'
# Removes the option line from every launcher's cfg (Windows has two) of the image at $1.
drop_archive_option() {
  local cfg
  for cfg in "$1"/*.cfg; do
    grep -v '^java-options=-XX:SharedArchiveFile=' "$cfg" > "$cfg.tmp" && mv "$cfg.tmp" "$cfg"
  done
}
dump_app_archive() {
  local list=$app_classlist
  [[ $os != windows ]] || list=$(cygpath -m "$(cd "$(dirname "$list")" && pwd)/$(basename "$list")")
  [[ $os == windows || $list == /* ]] || list="$root/$list"
  rm -f "$app_jsa"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$launcher" > "$out/cds-app-dump.txt" 2>&1 \
    && [[ -s $app_jsa ]] || { log "AppCDS dump failed ($out/cds-app-dump.txt)"; return 1; }
  # The check: -Xshare:on (read last, from _JAVA_OPTIONS) makes the JVM refuse to start unless it
  # can use the archive, so a passing --self-test proves the launcher's class path matches it.
  _JAVA_OPTIONS=-Xshare:on SELF_TEST_HOME="$root/$out/self-test-home" "$here/self-test.sh" "$launcher" \
    > "$out/cds-app-check.txt" 2>&1 || { log "AppCDS check run (-Xshare:on) failed ($out/cds-app-check.txt)"; return 1; }
}
app_cds=none
if ! grep -qxF -e "$archive_option" app/launcher-options.txt; then
  app_cds="none (app/launcher-options.txt has no $archive_option)"
elif [[ ${PVS_CDS:-on} == off || ! -s $out/classes.lst ]]; then
  drop_archive_option "$app_dir"; app_cds="none (PVS_CDS=off or no class list; option removed from the launcher)"
else
  cp "$out/classes.lst" "$app_classlist"
  if timed app-cds dump_app_archive; then
    app_cds="$(size "$app_jsa"), $(grep -c '^[a-z]' "$app_classlist") classes listed; -Xshare:on self-test $(grep -m1 -o '"tableReadyMs":[0-9]*' "$out/cds-app-check.txt")"
  else
    rm -f "$app_jsa" "$app_classlist"; drop_archive_option "$app_dir"
    app_cds="none (dump or check failed; option removed from the launcher)"
  fi
fi
log "application class-data archive: $app_cds"

# macOS: JDK 17's jpackage signs a bundle ad hoc on Apple Silicon only (and not in every update).
# An ad-hoc signature on both architectures seals the bundle, so `codesign --verify` can tell it
# is intact, and a downloaded copy gets Gatekeeper's "Open Anyway" rather than "damaged".
if [[ $os == mac ]]; then
  codesign --force --deep --sign - "$image"
  codesign --verify --deep --strict "$image"
fi

# --- packages, all made from the one app-image --------------------------------------------------
# Hosted macOS runners sometimes fail the .dmg step in hdiutil ("Resource busy") or in the Finder
# script that lays out the window; those failures pass when repeated, so the .dmg gets one retry.
dmg_retryable='hdiutil|Resource busy|Finder|osascript|AppleEvent'
package() {
  local type=$1 attempt
  shift
  for attempt in 1 2; do
    if "$JPACKAGE" --type "$type" "$@" > "$out/jpackage-$type.txt" 2>&1; then
      cat "$out/jpackage-$type.txt"; return 0
    fi
    cat "$out/jpackage-$type.txt" >&2
    if [[ $type == dmg && $attempt == 1 ]] && grep -Eq "$dmg_retryable" "$out/jpackage-$type.txt"; then
      log "jpackage dmg failed in hdiutil/Finder: detaching leftover volumes, one retry in 20 s"
      for volume in /Volumes/"$name"*; do if [[ -d $volume ]]; then hdiutil detach -force "$volume" || true; fi; done
      rm -f "$out"/dist/*.dmg
      sleep 20
      continue
    fi
    return 1
  done
  return 1
}
# Packages never carry the image's archive: it holds this build folder's paths. The .deb carries
# the class list and the option, and its postinst dumps the archive in /opt (prerm deletes it).
# The .rpm, .msi and .dmg have no such step here, and the option without its archive would turn all
# class-data sharing off, so they are made without option and class list: they start as before.
choose_package_image() { # TYPE -> package_image
  package_image=$image
  [[ -f $app_jsa ]] || return 0
  local kind=plain
  [[ $1 != deb ]] || kind=deb
  package_image="$out/image-$kind/$(basename "$image")"
  if [[ ! -d $package_image ]]; then
    mkdir -p "$out/image-$kind"
    cp -pR "$image" "$package_image"
    local dir=${app_dir/"$image"/"$package_image"}
    rm -f "$dir/pvs-console.jsa"
    if [[ $kind == plain ]]; then rm -f "$dir/pvs-console.classlist"; drop_archive_option "$dir"; fi
    if [[ $os == mac ]]; then codesign --force --deep --sign - "$package_image"; fi
  fi
  case $kind in
    deb) log "deb: the class-data archive is made by postinst at install" ;;
    plain) log "$1: made without the application class-data archive (no install step makes it)" ;;
  esac
}
for type in "${types[@]}"; do
  [[ $type != app-image ]] || continue
  rm -f "$out"/dist/*."$type" "$out"/dist/*."$type".sha256
  args=("@$here/jpackage/$os.args")
  case "$os:$type" in
    linux:deb|linux:rpm) args+=("@$here/jpackage/$type.args" --license-file app/LICENSE) ;;
    windows:msi|windows:exe) args+=(--license-file app/LICENSE) ;;
    # No --license-file on macOS: in a .dmg it becomes an agreement shown before every mount.
    # The licence is inside the bundle (Contents/app/LICENSE) all the same.
    mac:dmg|mac:pkg) ;;
    *) echo "build.sh: type $type cannot be built on $os" >&2; exit 2 ;;
  esac
  log "jpackage $type"
  choose_package_image "$type"
  timed "$type" package "$type" --app-image "$package_image" "${common[@]}" "${args[@]}" \
    --app-version "$app_version" --icon "$icon" --dest "$out/dist"
  for file in "$out"/dist/*."$type"; do
    # pvs-console-1.0.0.dmg -> pvs-console-1.0.0-arm64.dmg (and -x64): one file per architecture.
    if [[ $os != linux && $file != *"-$arch.$type" ]]; then
      mv "$file" "${file%."$type"}-$arch.$type"
      file="${file%."$type"}-$arch.$type"
    fi
    # A SHA-256 sum beside each package, in the format `sha256sum -c` / `shasum -a 256 -c` read.
    (cd "$(dirname "$file")" && if command -v sha256sum >/dev/null; then sha256sum "$(basename "$file")"; else shasum -a 256 "$(basename "$file")"; fi) > "$file.sha256"
  done
done

# --- summary ------------------------------------------------------------------------------------
echo "launcher:  $launcher"
echo "app-image: $(size "$image") on disk ($image)"
for file in "$out"/dist/*; do [[ -e $file && $file != *.sha256 ]] && echo "package:   $(size "$file")  $file"; done
echo "class data: $cds"
echo "app class data: $app_cds"
echo "timings:   ${timings[*]-}"
