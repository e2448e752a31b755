#!/usr/bin/env bash
# Redraws the app icon and writes every format the installers and the window need.
# Run once after changing DrawIcon.java; the outputs are committed, so building installers does not
# need ImageMagick or icnsutils. Needs: a JDK (java), ImageMagick (convert), icnsutils (png2icns):
#   sudo apt-get install imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java packaging/icon/DrawIcon.java "$work" 16 24 32 48 64 128 256 512 1024

# Real ImageMagick: /usr/local/bin/convert may be a stand-in that only converts PNG to PPM.
CONVERT=$(command -v magick || true)
[ -n "$CONVERT" ] || CONVERT=/usr/bin/convert

cp "$work/envelope-512.png" packaging/icon/envelope-512.png
cp "$work/envelope-256.png" packaging/linux/envelope.png
"$CONVERT" "$work"/envelope-{16,24,32,48,64,128,256}.png packaging/windows/envelope.ico
png2icns packaging/macos/envelope.icns "$work"/envelope-{16,32,128,256,512,1024}.png >/dev/null

# Window icons (EnvelopeApp puts them on the stage; the window manager picks the size it needs).
mkdir -p src/main/resources/icons
for n in 16 32 48 64 128 256; do cp "$work/envelope-$n.png" "src/main/resources/icons/envelope-$n.png"; done
echo "icons written"
