#!/usr/bin/env bash
# Fails if an installer or app-image holds files a user should never get: build leftovers such
# as a target/ folder, the packaging-time self-test's home (its settings.json and logs), the
# build's class list (classes.lst) or any log file. The .deb's lib/app/pvs-console.classlist is
# shipped on purpose: its postinst makes the class-data archive from it. Works on every OS's app-image; .deb and .rpm by their listings.
#
#   installer/check-contents.sh PATH...
#
# PATH: a .deb (dpkg-deb -c), an .rpm (rpm -qlp) or a folder (an app-image, a mounted .dmg).
# Prints each stray path and exits 1 if any is found, 2 if a PATH cannot be read.
set -euo pipefail

# One extended regex over paths that start with "/" (listings are normalised to that form).
stray='/(target|self-test-home)(/|$)|/settings\.json$|/logs?(/|$)|\.log$|/classes\.lst$|/cds-[a-z-]+\.txt$'

# Prints every path in PATH, one a line, each starting with "/".
listing() {
  local path=$1
  case "$path" in
    *.deb) dpkg-deb -c "$path" | awk '{ for (i = 6; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : "\n") }' \
             | sed -e 's/ -> .*//' -e 's:^\./:/:' -e 's:/$::' ;;
    *.rpm) rpm -qlp "$path" 2>/dev/null ;;
    *) [[ -d $path ]] || { echo "check-contents: $path is neither a .deb, an .rpm nor a folder" >&2; return 2; }
       (cd "$path" && find . -mindepth 1 | sed 's:^\.::') ;;
  esac
}

status=0
for path in "$@"; do
  list=$(listing "$path") || exit 2
  [[ -n $list ]] || { echo "check-contents: $path lists no files" >&2; exit 2; }
  found=$(grep -E "$stray" <<<"$list" || true)
  if [[ -n $found ]]; then
    echo "STRAY FILES in $path ($(wc -l <<<"$found") paths):" >&2
    sed 's/^/  /' <<<"$found" | head -20 >&2
    status=1
  else
    echo "clean: $path ($(wc -l <<<"$list") paths, none from the build)"
  fi
done
exit $status
