#!/usr/bin/env bash
# Builds RefundDesk installers from `mvn package` output and the running JDK, into target/installer/.
#   installer/build.sh app-image   any OS: a folder with the app and its own Java runtime
#   installer/build.sh deb         Linux (needs fakeroot)
#   installer/build.sh msi         Windows (needs the WiX toolset on PATH); adds the install folder to the PATH
#   installer/build.sh dmg         macOS
# The runtime is jlinked from the JDK's modules plus JavaFX jmods made from the OpenJFX jars, so the
# user needs no Java. The app stays on the class path: H2 and POI are automatic modules jlink refuses.
# Debug info is kept (no --strip-debug) so stack traces keep their line numbers.
# APP_VERSION overrides the version read from the jar (e.g. to test an upgrade).
# Prints the SHA-256 of each package it builds and writes it beside the package (FILE.sha256).
set -euo pipefail

type=${1:-app-image}
case "$type" in app-image|deb|msi|dmg) ;; *) echo "usage: installer/build.sh [app-image|deb|msi|dmg]" >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/installer
work=$out/work

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jpackage jlink jmod jdeps jar jimage; do
    [ -x "$java_home/bin/$tool" ] || { echo "build.sh: $java_home/bin/$tool not found: set JAVA_HOME to a full JDK (17+)" >&2; exit 1; }
done
os=$(uname -s)
case "$type" in
    deb) command -v fakeroot >/dev/null || { echo "build.sh: .deb needs fakeroot (Debian package: fakeroot)" >&2; exit 1; }
         command -v dpkg-deb >/dev/null || { echo "build.sh: .deb needs dpkg-deb (Debian package: dpkg)" >&2; exit 1; } ;;
    msi) [[ "$os" == MINGW* || "$os" == MSYS* || "$os" == CYGWIN* ]] || { echo "build.sh: .msi builds on Windows only" >&2; exit 1; } ;;
    dmg) [ "$os" = Darwin ] || { echo "build.sh: .dmg builds on macOS only" >&2; exit 1; } ;;
esac

if [ ! -f target/refunddesk.jar ] || [ ! -d target/lib ]; then
    mvn -B -q -ntp package -DskipTests
fi
# The JDK's own jar tool reads archives, so the script needs no unzip.
manifest_dir=$(mktemp -d)
(cd "$manifest_dir" && "$java_home/bin/jar" xf "$root/target/refunddesk.jar" META-INF/MANIFEST.MF)
version=${APP_VERSION:-$(tr -d '\r' < "$manifest_dir/META-INF/MANIFEST.MF" | sed -n 's/^Implementation-Version: //p')}
# The libraries the jar names (its Class-Path, continued on lines that start with a space): target/lib also keeps
# the jars of versions an earlier build used (copy-dependencies adds, never removes), and an old H2 or slf4j
# beside the new one would be on the installed app's class path, ahead of it when its name sorts first.
read -r -a libs <<< "$(tr -d '\r' < "$manifest_dir/META-INF/MANIFEST.MF" \
    | awk '/^Class-Path: / { cp = substr($0, 13); on = 1; next } on && /^ / { cp = cp substr($0, 2); next } { on = 0 } END { print cp }')"
rm -rf "$manifest_dir"
[ ${#libs[@]} -gt 0 ] || { echo "build.sh: target/refunddesk.jar names no libraries (Class-Path)" >&2; exit 1; }
[ -n "$version" ] || { echo "build.sh: no Implementation-Version in target/refunddesk.jar" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/input/lib" "$work/fxmods" "$work/fxlibs"
cp target/refunddesk.jar "$work/input/"
for lib in "${libs[@]}"; do
    case "$(basename "$lib")" in javafx-*) ;; *) cp "target/$lib" "$work/input/lib/" ;; esac
done

# JavaFX as jmods: the platform jars carry module-info and the native libraries; --libs puts the
# libraries into the runtime's lib/ instead of a per-user cache extracted at first start.
fx_modules=()
for lib in "${libs[@]}"; do
    jar=target/$lib
    base=$(basename "$jar")
    [[ "$base" =~ ^javafx-[a-z]+-.*-[a-z]+[^/]*\.jar$ ]] || continue # the platform jars (with natives), not the empty ones
    module=$(echo "$base" | sed -E 's/^javafx-([a-z]+)-.*/javafx.\1/')
    libs="$work/fxlibs/$module"
    mkdir -p "$libs"
    natives=$("$java_home/bin/jar" tf "$jar" | grep -E '\.(so|dylib|dll)$' || true)
    # shellcheck disable=SC2086 # one native library name per word
    [ -n "$natives" ] && (cd "$libs" && "$java_home/bin/jar" xf "$root/$jar" $natives)
    jmod_args=(create --class-path "$jar")
    [ -n "$(ls -A "$libs")" ] && jmod_args+=(--libs "$libs")
    "$java_home/bin/jmod" "${jmod_args[@]}" "$work/fxmods/$module.jmod"
    fx_modules+=("$module")
done
[ ${#fx_modules[@]} -gt 0 ] || { echo "build.sh: no JavaFX platform jars in target/lib" >&2; exit 1; }

# JDK modules the class path needs (jdeps), plus those used reflectively or by services that
# jdeps cannot see: zh/en locale data, zip file systems (POI), extra charsets (GB18030 CSV import).
jdk_modules=$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$work/input/lib/*" "$work/input/refunddesk.jar" 2>/dev/null | tail -1 || true)
extra=java.sql,java.naming,java.management,java.desktop,java.xml,java.logging,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets
modules=$(echo "${jdk_modules:+$jdk_modules,}$extra,$(IFS=,; echo "${fx_modules[*]}")" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)

module_path="$work/fxmods"
if [ -d "$java_home/jmods" ]; then
    module_path="$module_path:$java_home/jmods"
else
    echo "build.sh: $java_home has no jmods/: jlink links from the run-time image (JDK 24+ only)" >&2
fi

# Compress the module image: the flag's spelling changed in JDK 21.
java_feature=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
compress=--compress=2
[ "${java_feature%%.*}" -ge 21 ] && compress=--compress=zip-6

# macOS refuses a version whose first number is 0 (jpackage: "cannot be zero"): 0.x.y ships as 1.x.y there.
if [ "$os" = Darwin ] && [ "${version%%.*}" = 0 ]; then
    version="1.${version#*.}"
    echo "build.sh: macOS needs a first version number above 0; packaging as $version" >&2
fi

case "$os" in
    Linux) os_dir=linux; icon=icons/png/refunddesk-256.png ;;
    Darwin) os_dir=macos; icon=icons/refunddesk.icns ;;
    *) os_dir=windows; icon=icons/refunddesk.ico ;;
esac

# JavaFX 21's Marlin renderer calls sun.misc.Unsafe; JDK 24+ warns about that at the first frame unless
# allowed. The runtime is linked from this JDK, so the option goes in only when this JDK knows it (17 refuses it).
java_options=()
[ "${java_feature%%.*}" -ge 24 ] && java_options+=(--java-options --sun-misc-unsafe-memory-access=allow)

# -J-Dfile.encoding: JDK 17's jpackage reads the @argument files in the platform charset; ours are UTF-8.
args=(-J-Dfile.encoding=UTF-8 @installer/common.cfg "${java_options[@]}" --type "$type" --dest "$out" --input "$work/input"
      --app-version "$version" --icon "$icon"
      --module-path "$module_path" --add-modules "$modules"
      --jlink-options "$compress --include-locales=en,zh --no-header-files --no-man-pages --strip-native-commands")
if [ "$type" != app-image ]; then
    args+=(@installer/$os_dir/jpackage.cfg)
    # Per-OS templates (Linux: a menu entry that reads 退款维权助手 in a Chinese desktop, with the file types).
    resources="$work/resources"
    mkdir -p "$resources"
    [ -d "installer/$os_dir/resources" ] && cp -R "installer/$os_dir/resources/." "$resources/"
    if [ "$type" = deb ]; then
        # /usr/bin/refunddesk -> the launcher: lines added to this JDK's own postinst / prerm templates
        # (their placeholders differ between JDK versions, so a fixed copy would break on another JDK).
        templates="$work/templates"
        "$java_home/bin/jimage" extract --dir "$templates" \
            --include 'regex:.*/jdk/jpackage/internal/resources/template\.(postinst|prerm)' "$java_home/lib/modules"
        template_dir=$(dirname "$(find "$templates" -name template.postinst | head -1)")
        launcher=/opt/refunddesk/bin/RefundDesk
        # jpackage's menu commands fail where there is no desktop menu (a server, a container with xdg-utils):
        # that must not fail the whole install or removal, so they run in a subshell that may fail.
        sed -e "/^    configure)\$/a\\
        # the command line on the PATH, unless something else already owns that name\\
        if [ ! -e /usr/bin/refunddesk ] || [ -L /usr/bin/refunddesk ]; then ln -sf $launcher /usr/bin/refunddesk; fi" \
            -e 's/^DESKTOP_COMMANDS_INSTALL$/if ! (\n&\n); then echo "refunddesk: no desktop menu here: menu entry and file types not registered" >\&2; fi/' \
            "$template_dir/template.postinst" > "$resources/postinst"
        sed -e "/^    remove|upgrade|deconfigure)\$/a\\
        if [ \"\$1\" != upgrade ] \&\& [ \"\$(readlink /usr/bin/refunddesk)\" = $launcher ]; then rm -f /usr/bin/refunddesk; fi" \
            -e 's/^DESKTOP_COMMANDS_UNINSTALL$/(\n&\n) || true/' \
            "$template_dir/template.prerm" > "$resources/prerm"
        grep -q /usr/bin/refunddesk "$resources/postinst" && grep -q /usr/bin/refunddesk "$resources/prerm" \
            || { echo "build.sh: this JDK's postinst/prerm templates changed shape; /usr/bin/refunddesk not added" >&2; exit 1; }
    elif [ "$type" = msi ]; then
        # The install folder (refunddesk-cli.exe) on the PATH: jpackage has no option for it and compiles no
        # extra .wxs, so this JDK's own main.wxs gets RefundDesk's fragment (windows/wix/path-entry.wxs).
        templates="$work/templates"
        "$java_home/bin/jimage" extract --dir "$templates" \
            --include 'regex:.*/jdk/jpackage/internal/resources/main\.wxs' "$java_home/lib/modules"
        jdk_main_wxs=$(find "$templates" -name main.wxs | head -1)
        [ -n "$jdk_main_wxs" ] || { echo "build.sh: no main.wxs in this JDK's jdk.jpackage module" >&2; exit 1; }
        installer/windows/patch-main-wxs.sh "$jdk_main_wxs" "$resources/main.wxs"
    fi
    args+=(--resource-dir "$resources")
fi

rm -rf "$out/RefundDesk" "$out"/*."$type" "$out"/*."$type".sha256 2>/dev/null || true
start=$(date +%s)
"$java_home/bin/jpackage" "${args[@]}"
echo "built $type $version in $(( $(date +%s) - start )) s:"
for f in "$out"/RefundDesk "$out"/*.deb "$out"/*.msi "$out"/*.dmg; do
    [ -e "$f" ] && du -sh "$f"
done
# The checksum a user compares with the download (README: "Checking a download").
for f in "$out"/*.deb "$out"/*.msi "$out"/*.dmg; do
    [ -f "$f" ] || continue
    if command -v sha256sum >/dev/null; then
        sum=$(sha256sum "$f" | cut -d' ' -f1)
    else
        sum=$(shasum -a 256 "$f" | cut -d' ' -f1)
    fi
    echo "$sum  $(basename "$f")" > "$f.sha256"
    echo "SHA-256 $sum  $(basename "$f")"
done
exit 0
