#!/usr/bin/env bash
# patch-main-wxs.sh JDK_MAIN_WXS OUT_MAIN_WXS: the building JDK's own main.wxs plus RefundDesk's PATH entry
# (wix/path-entry.wxs): its Fragment after </Product>, a reference to it in the feature that installs the
# files. The JDK's file is not kept in this repository (its licence), and its shape differs between JDKs,
# so it is read at build time; when the two anchors are not there exactly once this fails instead of
# building an installer without the PATH entry.
set -euo pipefail
[ $# = 2 ] || { echo "usage: patch-main-wxs.sh JDK_MAIN_WXS OUT_MAIN_WXS" >&2; exit 2; }
in=$1 out=$2
fragment="$(dirname "$0")/wix/path-entry.wxs"
for anchor in '<ComponentGroupRef Id="Files"/>' '</Product>'; do
    [ "$(grep -cF "$anchor" "$in")" = 1 ] || { echo "patch-main-wxs.sh: $in has not exactly one $anchor: jpackage's main.wxs changed shape" >&2; exit 1; }
done
awk -v fragment="$fragment" '
    index($0, "<ComponentGroupRef Id=\"Files\"/>") {
        print
        indent = $0; sub(/<.*/, "", indent)
        print indent "<ComponentGroupRef Id=\"RefundDeskPathEntry\"/>"
        next
    }
    index($0, "</Product>") {
        print
        while ((getline line < fragment) > 0) {
            if (line ~ /<Fragment>/) copying = 1
            if (copying) print line
            if (line ~ /<\/Fragment>/) copying = 0
        }
        next
    }
    { print }' "$in" > "$out"
grep -q '<Environment Id="RefundDeskPath"' "$out" || { echo "patch-main-wxs.sh: no PATH entry in $fragment" >&2; exit 1; }
