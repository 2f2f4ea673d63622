#!/usr/bin/env bash
# Smoke test of the Linux installers, on Debian or Ubuntu. One command, from the repo root:
#
#   installer/smoke-test.sh            (RUNS=7 installer/smoke-test.sh for more self-test runs)
#
# 1. Installs what is missing (JDK 17, Maven, fakeroot, binutils, rpm, Xvfb, JavaFX's GTK/GL/X
#    libraries) with apt-get, when root or with password-less sudo.
# 2. Builds the app-image, the .deb and the .rpm with installer/build.sh (runs `mvn package` first).
# 3. Runs the app-image's launcher with --self-test (installer/self-test.sh: under xvfb-run, an
#    empty home each time) RUNS times (default 5): each run must exit 0, print
#    {"selfTest":"ok",...} and leave no ~/.openjfx; prints the median start-up figures.
#    `--version` must print the pom's version.
# 4. Nothing stray inside (installer/check-contents.sh): no target/, self-test home, settings
#    or log file in the .deb, the .rpm or the app-image tree.
# 5. Checks the .deb's and .rpm's metadata: package name, version from the pom, the JavaFX
#    library dependencies, the launcher and the desktop entry.
# 6. Prints the sizes to copy into the README.
# Exits non-zero on the first failed check.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-5}
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
pass() { echo "ok    $*"; }
step() { printf '\n== %s\n' "$*"; }

# --- 1. prerequisites ------------------------------------------------------------------------------
step "prerequisites"
needed=()
need() { command -v "$1" >/dev/null 2>&1 || needed+=("$2"); }
need_lib() { dpkg -s "$1" >/dev/null 2>&1 || dpkg -s "${1}t64" >/dev/null 2>&1 || needed+=("$1"); }
need jpackage openjdk-17-jdk
need mvn maven
need fakeroot fakeroot
need objcopy binutils
need rpmbuild rpm
need xvfb-run xvfb
need xauth xauth
for lib in libgtk-3-0 libgl1 libxtst6 libxxf86vm1; do need_lib "$lib"; done
if [[ ${#needed[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    fail "missing ${needed[*]}: run as root (or with password-less sudo), or apt-get install them"
  fi
  echo "installing: ${needed[*]}"
  "${sudo[@]}" apt-get update -qq
  # libgtk-3-0 is libgtk-3-0t64 on Ubuntu 24.04+: apt picks whichever candidate exists.
  pkgs=()
  for pkg in "${needed[@]}"; do
    if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then pkgs+=("$pkg"); else pkgs+=("${pkg}t64"); fi
  done
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
pass "tools: $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | cut -c1-40)"

# --- 2. build ------------------------------------------------------------------------------------
step "build app-image, .deb and .rpm"
installer/build.sh app-image deb rpm
version=$(sed -n 's/^version=//p' target/classes/pvs-console/build.properties)
app_version=$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
launcher=target/installer/image/pvs-console/bin/pvs-console
deb=$(ls target/installer/dist/pvs-console_*.deb)
rpm=$(ls target/installer/dist/pvs-console-*.rpm)
[[ -x $launcher ]] || fail "no launcher at $launcher"
pass "built $launcher, $deb and $rpm"

# --- 3. self-test of the app-image, each run with an empty home -----------------------------------
step "self-test under xvfb-run ($runs runs)"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
field() { grep -o "\"$1\":[0-9]*" <<<"$2" | head -1 | cut -d: -f2; }
startups=() tables=() walls=()
runs_home=$(mktemp -d)
trap 'rm -rf "$runs_home"' EXIT
for run in $(seq "$runs"); do
  started=$(date +%s%N)
  SELF_TEST_HOME="$runs_home/$run" installer/self-test.sh "$launcher" > "$runs_home/run-$run.txt" 2>&1 \
    || { cat "$runs_home/run-$run.txt" >&2; fail "run $run: --self-test failed"; }
  wall=$(( ($(date +%s%N) - started) / 1000000 ))
  json=$(cat "$runs_home/$run/result.json")
  startups+=("$(field startupMs "$json")") tables+=("$(field tableReadyMs "$json")") walls+=("$wall")
  echo "run $run: $json (process wall time incl. Xvfb ${wall} ms)"
done
median_startup=$(printf '%s\n' "${startups[@]}" | median)
median_table=$(printf '%s\n' "${tables[@]}" | median)
median_wall=$(printf '%s\n' "${walls[@]}" | median)
pass "self-test ok in $runs runs; median startupMs=$median_startup tableReadyMs=$median_table wall=${median_wall}ms"
pass "no run left ~/.openjfx in its empty user.home: JavaFX's natives come from the runtime"
printed=$("$launcher" --version 2>/dev/null | tr -d '\r')
[[ $printed == "pvs-console $version" ]] || fail "--version printed '$printed', the pom says $version"
pass "--version: $printed"

# --- 4. nothing stray inside ---------------------------------------------------------------------
step "contents: nothing from the build"
installer/check-contents.sh "$deb" "$rpm" target/installer/image/pvs-console || fail "stray build files in a package (above)"
pass "no target/, self-test home, settings or log file in the .deb, the .rpm or the app-image"

# --- 5. .deb and .rpm metadata ------------------------------------------------------------------------------
step ".deb and .rpm metadata"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'
[[ $(dpkg-deb -f "$deb" Package) == pvs-console ]] || fail "Package is not pvs-console"
pass "Package: pvs-console"
deb_version=$(dpkg-deb -f "$deb" Version)
[[ $deb_version == "$app_version" || $deb_version == "$app_version"-* ]] || fail "Version $deb_version is not the pom's $app_version"
pass "Version: $deb_version (pom $version)"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgtk-3-0 libgl1 libxtst6 libxxf86vm1; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
pass "Depends declares JavaFX's libgtk-3-0, libgl1, libxtst6, libxxf86vm1"
[[ -n $(dpkg-deb -f "$deb" Description) && -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "Description or Maintainer empty"
pass "Description and Maintainer set"
contents=$(dpkg-deb -c "$deb")
grep -q ' ./opt/pvs-console/bin/pvs-console$' <<<"$contents" || fail "launcher /opt/pvs-console/bin/pvs-console not in the package"
grep -q '\.desktop$' <<<"$contents" || fail "no desktop entry in the package"
grep -q ' ./opt/pvs-console/lib/app/LICENSE$' <<<"$contents" || fail "licence not installed beside the program"
pass "contents: launcher, desktop entry, licence"
rpm_version=$(rpm -qp --queryformat '%{VERSION}' "$rpm" 2>/dev/null)
[[ $rpm_version == "$app_version" ]] || fail ".rpm Version $rpm_version is not the pom's $app_version"
rpm_requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
grep -q 'libgtk-3.so.0' <<<"$rpm_requires" || fail ".rpm does not require libgtk-3.so.0"
rpm -qlp "$rpm" 2>/dev/null | grep -qx /opt/pvs-console/bin/pvs-console || fail ".rpm lacks /opt/pvs-console/bin/pvs-console"
pass ".rpm: Version $rpm_version, requires GTK 3, installs /opt/pvs-console/bin/pvs-console"

# --- 5b. class-data archive: the .deb's postinst makes one that the launcher can use -------------
step "class-data archive (.deb postinst, app-image)"
grep -qx 'java-options=-XX:SharedArchiveFile=$APPDIR/pvs-console.jsa' target/installer/image/pvs-console/lib/app/pvs-console.cfg \
  || fail "the app-image's launcher does not name \$APPDIR/pvs-console.jsa"
_JAVA_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || fail "the app-image's launcher cannot use its class-data archive (-Xshare:on)"
pass "app-image: launcher starts with -Xshare:on (its archive matches its class path)"
grep -q ' ./opt/pvs-console/lib/app/pvs-console.classlist$' <<<"$contents" || fail ".deb lacks the class list postinst needs"
! grep -q 'pvs-console.jsa$' <<<"$contents" || fail ".deb ships an archive made for the build folder"
rpm -qlp "$rpm" 2>/dev/null | grep -q 'pvs-console\.\(jsa\|classlist\)$' && fail ".rpm ships a class list or archive"
# The postinst's own function, run on the unpacked .deb in a scratch folder instead of /opt.
unpacked="$runs_home/deb"
dpkg-deb -x "$deb" "$unpacked"
dpkg-deb -e "$deb" "$unpacked/DEBIAN"
make_archive=$(sed -n '/^make_class_data_archive() {/,/^}/p' "$unpacked/DEBIAN/postinst" | sed "s|/opt/pvs-console|$unpacked/opt/pvs-console|g")
[[ -n $make_archive ]] || fail "postinst has no make_class_data_archive"
eval "$make_archive"
make_class_data_archive
_JAVA_OPTIONS=-Xshare:on "$unpacked/opt/pvs-console/bin/pvs-console" --version >/dev/null 2>&1 \
  || fail "the archive postinst made is not usable by the installed launcher (-Xshare:on)"
pass ".deb: postinst makes the archive in place ($(du -k "$unpacked/opt/pvs-console/lib/app/pvs-console.jsa" | awk '{printf "%.0f MB", $1 / 1024}')), the launcher starts with -Xshare:on"

# --- 6. sizes --------------------------------------------------------------------------------------
step "figures for the README"
echo ".deb:                $(du -k "$deb" | awk '{printf "%.1f MB", $1 / 1024}')  $(basename "$deb")"
echo ".rpm:                $(du -k "$rpm" | awk '{printf "%.1f MB", $1 / 1024}')  $(basename "$rpm")"
echo "installed (deb):     $(dpkg-deb -f "$deb" Installed-Size | awk '{printf "%.1f MB", $1 / 1024}')"
echo "app-image on disk:   $(du -sk target/installer/image/pvs-console | awk '{printf "%.1f MB", $1 / 1024}')"
echo "self-test median:    startupMs=$median_startup tableReadyMs=$median_table (process wall ${median_wall} ms incl. Xvfb start), $runs runs"
echo
echo "SMOKE OK"
