#!/usr/bin/env bash
# Derives every OS icon from the one source image, installer/icon/pvs-console.png
# (itself drawn by DrawIcon.java). The results are committed, so Windows and macOS build
# machines need neither ImageMagick nor icnsutils; re-run this after changing the drawing.
#   linux/pvs-console.png    512 px (jpackage --icon on Linux; desktop entry icon)
#   windows/pvs-console.ico  16..256 px (jpackage --icon on Windows)
#   mac/pvs-console.icns     16..1024 px (jpackage --icon on macOS)
# Needs: JDK (java), ImageMagick (convert), icnsutils (png2icns).
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
png2icns mac/pvs-console.icns "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
ls -l linux/pvs-console.png windows/pvs-console.ico mac/pvs-console.icns
