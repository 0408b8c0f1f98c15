#!/usr/bin/env bash
# Regenerates every app icon from the one SVG source, icons/refunddesk.svg:
#   icons/png/refunddesk-<N>.png   N = 16 24 32 48 64 128 256 512
#   icons/refunddesk.ico           Windows, multi-size (16-256; 256 stored as PNG)
#   icons/refunddesk.icns          macOS (16 32 48 128 256 512)
#   src/main/resources/org/refunddesk/icons/refunddesk-<N>.png   N = 16..256, the window icons (AppIcons)
# Tools (Debian 12): rsvg-convert from librsvg2-bin, icotool from icoutils, png2icns from icnsutils:
#   sudo apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package $2)"); }
need rsvg-convert librsvg2-bin
need icotool icoutils
need png2icns icnsutils
if ((${#missing[@]})); then
    printf 'build-icons.sh: missing tool: %s\n' "${missing[@]}" >&2
    echo "install with: sudo apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
fi

SOURCE=refunddesk.svg
SIZES=(16 24 32 48 64 128 256 512)
WINDOW_SIZES=(16 24 32 48 64 128 256)
ICO_SIZES=(16 24 32 48 64 128)      # stored as bitmaps; 256 goes in raw as PNG (Vista+ format)
ICNS_SIZES=(16 32 48 128 256 512)   # the sizes png2icns knows
RESOURCES=../src/main/resources/org/refunddesk/icons

mkdir -p png "$RESOURCES"
for n in "${SIZES[@]}"; do
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$SOURCE" --output "png/refunddesk-$n.png"
done

ico_args=()
for n in "${ICO_SIZES[@]}"; do ico_args+=("png/refunddesk-$n.png"); done
icotool --create --output refunddesk.ico "${ico_args[@]}" --raw=png/refunddesk-256.png

icns_args=()
for n in "${ICNS_SIZES[@]}"; do icns_args+=("png/refunddesk-$n.png"); done
png2icns refunddesk.icns "${icns_args[@]}" >/dev/null

for n in "${WINDOW_SIZES[@]}"; do
    cp "png/refunddesk-$n.png" "$RESOURCES/refunddesk-$n.png"
done

echo "icons written: icons/png/, icons/refunddesk.ico, icons/refunddesk.icns, ${RESOURCES#../}/"
