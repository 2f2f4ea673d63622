#!/usr/bin/env bash
# Starts a built pvs-console with --self-test and fails unless it passes, on Linux, macOS and
# Windows (Git Bash). Used by build.sh (the packaging-time run), smoke-test.sh and the CI jobs.
#
#   installer/self-test.sh COMMAND [ARG...]     e.g. installer/self-test.sh target/installer/image/pvs-console/bin/pvs-console
#
# Runs `COMMAND ARG... --self-test`:
# - with an empty home of its own: PVS_CONSOLE_HOME (settings, logs) and user.home (through
#   JAVA_TOOL_OPTIONS) point below SELF_TEST_HOME (default: a new temporary folder), so the run
#   leaves nothing in the builder's home and nothing beside the program;
# - under xvfb-run on a Linux machine without a display;
# - stopped after SELF_TEST_TIMEOUT seconds (default 120) by this script's own timer, not by
#   timeout(1): macOS has none and in Git Bash it can be Windows' timeout.exe;
# - with stdout and stderr redirected to files, then printed: a Windows GUI launcher has no
#   console to print to.
# Fails (exit 1) if the run exits non-zero, prints no {"selfTest":"ok",...} line, or left a
# ~/.openjfx folder (JavaFX unpacks its natives there when the runtime does not hold them).
# The result line is also written to SELF_TEST_HOME/result.json.
set -euo pipefail

[[ $# -gt 0 ]] || { sed -n '2,18p' "$0"; exit 2; }
limit=${SELF_TEST_TIMEOUT:-120}
home=${SELF_TEST_HOME:-$(mktemp -d)}
rm -rf "$home/user-home" "$home/pvs-home"
mkdir -p "$home/user-home" "$home/pvs-home"

native_path() { if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else echo "$1"; fi; }
user_home=$(native_path "$(cd "$home/user-home" && pwd)")
pvs_home=$(native_path "$(cd "$home/pvs-home" && pwd)")

display=()
if [[ $(uname -s) == Linux && -z ${DISPLAY:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "self-test: no DISPLAY and no xvfb-run" >&2; exit 1; }
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi

stdout="$home/stdout.txt" stderr="$home/stderr.txt"
started=$(date +%s)
PVS_CONSOLE_HOME=$pvs_home JAVA_TOOL_OPTIONS="-Duser.home=$user_home ${JAVA_TOOL_OPTIONS:-}" \
  ${display[@]+"${display[@]}"} "$@" --self-test >"$stdout" 2>"$stderr" &
pid=$!
timed_out=false
while kill -0 "$pid" 2>/dev/null; do
  if (( $(date +%s) - started >= limit )); then
    timed_out=true
    kill "$pid" 2>/dev/null || true
    break
  fi
  sleep 1
done
set +e
wait "$pid"
status=$?
set -e
seconds=$(( $(date +%s) - started ))

echo "--- stdout of $* --self-test (exit $status, ${seconds}s)"
cat "$stdout"
echo "--- stderr"
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$stderr" | tail -40 || true
echo "---"

result=$(grep -m1 '^{"selfTest"' "$stdout" | tr -d '\r' || true)
printf '%s\n' "$result" > "$home/result.json"
$timed_out && { echo "SELF-TEST FAIL: still running after ${limit}s, stopped" >&2; exit 1; }
[[ $status -eq 0 ]] || { echo "SELF-TEST FAIL: exit status $status" >&2; exit 1; }
[[ $result == '{"selfTest":"ok"'* ]] || { echo "SELF-TEST FAIL: no {\"selfTest\":\"ok\"} line on stdout" >&2; exit 1; }
if [[ -e $home/user-home/.openjfx ]]; then
  echo "SELF-TEST FAIL: JavaFX unpacked its natives into user.home:" >&2
  (cd "$home/user-home" && find .openjfx -type f) >&2
  exit 1
fi
echo "self-test ok: $result; nothing written to user.home/.openjfx"
