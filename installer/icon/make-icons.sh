#!/usr/bin/env bash
# Derives every OS icon from the one source image, installer/icon/pvs-console.png
# (itself drawn by DrawIcon.java). The results are committed, so Windows and macOS build
# machines need neither ImageMagick nor icnsutils; re-run this after changing the drawing.
#   linux/pvs-console.png    512 px (jpackage --icon on Linux; desktop entry icon)
#   windows/pvs-console.ico  16..256 px (jpackage --icon on Windows)
#   mac/pvs-console.icns     PNG entries 16..1024 px with their Retina (@2x) twins (MakeIcns.java)
# Needs: JDK (java), ImageMagick (convert).
set -euo pipefail
cd "$(dirname "$0")"

java DrawIcon.java pvs-console.png

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  convert pvs-console.png -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$tmp/$size.png"
done

mkdir -p linux windows mac
cp "$tmp/512.png" linux/pvs-console.png
convert "$tmp"/{16,24,32,48,64,128,256}.png windows/pvs-console.ico
java MakeIcns.java mac/pvs-console.icns "$tmp"
ls -l linux/pvs-console.png windows/pvs-console.ico mac/pvs-console.icns
