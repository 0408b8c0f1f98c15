#!/usr/bin/env bash
# CI packaging smoke test (Linux), run by .ci/run after the test suite:
#  1. the jar starts without a single warning on stderr on every JDK found (17 and 24+): `--help` and a
#     GUI start (under Xvfb when xvfb-run is there, else on the headless Monocle platform), with the
#     run command the README gives;
#  2. the .deb builds, installs, and the command line runs through the installed name /usr/bin/refunddesk
#     (import, cases list, assess, export-xlsx); the menu entry registers the case-file MIME type; a second
#     launch with a case file hands it to the running app; removing the package removes the command.
# Needs root (or sudo without a password) to install the .deb; installs fakeroot when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "ci-smoke: $*" >&2; exit 1; }

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo -n"
apt_install() {
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null \
        || { $sudo apt-get update -qq > /dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null; }
}

[ -f target/refunddesk.jar ] && [ -d target/lib ] || mvn -B -q -ntp package -DskipTests
work=$(mktemp -d)
gui_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
# A real X display for GUI starts when Xvfb is installed (Debian: xvfb, libgtk-3-0); -displayfd picks a free one.
if command -v Xvfb > /dev/null; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 3> "$work/display" > /dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 40); do [ -s "$work/display" ] && break; sleep 0.25; done
    [ -s "$work/display" ] && export DISPLAY=":$(head -1 "$work/display")" || { kill $xvfb_pid; xvfb_pid=""; }
fi
case_file=src/test/resources/org/refunddesk/installer/smoke-case.json

# --- 1. no warnings on JDK 17 and 24+ -------------------------------------------------------------
# The README's run command: JDK 17 ignores the option it does not know; the jar's manifest enables native access.
# The class-data sharing archive is the building JDK's: the other JDK cannot use it and must start without a word.
run_options=(-XX:SharedArchiveFile=target/refunddesk.jsa -Xlog:cds=off -XX:+IgnoreUnrecognizedVMOptions
             --sun-misc-unsafe-memory-access=allow)
monocle=$(ls ~/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar 2>/dev/null || true)
no_warnings() { # FILE WHAT
    if grep -qi 'warning' "$1"; then cat "$1" >&2; fail "$2 printed warnings"; fi
}
gui_run() { # LABEL COMMAND...: starts the app on a fresh folder, waits until it listens for hand-overs, stops it
    local label=$1 dir="$work/gui-$1"
    shift
    mkdir -p "$dir"
    "$@" --data-dir "$dir/data" > "$dir/out" 2> "$dir/err" &
    local pid=$!
    gui_pid=$pid
    for _ in $(seq 1 240); do [ -f "$dir/data/refunddesk.handover" ] && break; sleep 0.5; done
    [ -f "$dir/data/refunddesk.handover" ] || { kill $pid; cat "$dir/err" >&2; fail "the app did not start on $label"; }
    sleep 4 # the first frames: JDK 24+ warns about sun.misc.Unsafe when JavaFX first renders
    kill $pid; wait $pid 2>/dev/null || true
    gui_pid=""
    no_warnings "$dir/err" "a GUI start on $label"
}
gui_start() { # JAVA LABEL: the jar with the README's run command
    local java=$1 label=$2 prefs="$work/prefs-$2"
    if [ -n "$xvfb_pid" ]; then
        gui_run "$label" "$java" "${run_options[@]}" -Djava.util.prefs.userRoot="$prefs" -jar target/refunddesk.jar
    elif [ -n "$monocle" ]; then
        # Monocle is not on the jar's own class path: the class path route, which needs native access by option
        gui_run "$label" "$java" "${run_options[@]}" --enable-native-access=ALL-UNNAMED -Djava.util.prefs.userRoot="$prefs" \
            -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
            -cp "target/refunddesk.jar:$monocle" org.refunddesk.app.Launcher
    else
        echo "ci-smoke: no Xvfb and no Monocle jar: GUI start on $label not checked" >&2
    fi
}
jdks=()
for home in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-2[4-9]-* /usr/lib/jvm/*-2[4-9]-*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && jdks+=("$home/bin/java")
done
[ ${#jdks[@]} -gt 0 ] || jdks=(java)
checked=""
for java in $(printf '%s\n' "${jdks[@]}" | xargs -n1 readlink -f | sort -u); do
    feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    "$java" "${run_options[@]}" -jar target/refunddesk.jar --help > "$work/help.out" 2> "$work/help.err" \
        || fail "--help failed on JDK $feature"
    grep -q 'cases' "$work/help.out" || fail "--help on JDK $feature printed no command list"
    no_warnings "$work/help.err" "--help on JDK $feature"
    gui_start "$java" "jdk$feature"
    checked="$checked $feature"
done
echo "ci-smoke: no warnings on stderr from --help and a GUI start on JDK$checked"

# --- 1b. the launcher jpackage builds with a JDK 24+ (it adds --sun-misc-unsafe-memory-access=allow) ---------
# The .deb below is built with the default JDK (17 here); a 24+ launcher's options are checked on an app-image.
for java in $(printf '%s\n' "${jdks[@]}" | xargs -n1 readlink -f | sort -u); do
    feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ "${feature%%.*}" -ge 24 ] || continue
    JAVA_HOME=$(dirname "$(dirname "$java")") installer/build.sh app-image
    launcher=target/installer/RefundDesk/bin/RefundDesk
    grep -q -- '--sun-misc-unsafe-memory-access=allow' target/installer/RefundDesk/lib/app/RefundDesk.cfg \
        || fail "the launcher built with JDK $feature does not allow sun.misc.Unsafe"
    "$launcher" --help > "$work/launcher-help.out" 2> "$work/launcher-help.err" || fail "the JDK $feature launcher's --help failed"
    grep -q 'usage: refunddesk' "$work/launcher-help.out" || fail "the JDK $feature launcher printed no usage"
    no_warnings "$work/launcher-help.err" "the JDK $feature launcher's --help"
    if [ -n "$xvfb_pid" ]; then
        # its own HOME: the app's preferences (~/.java) stay out of the CI user's
        gui_run "launcher-jdk$feature" env HOME="$work/home-launcher" "$launcher"
        echo "ci-smoke: the app-image launcher built with JDK $feature started (--help, GUI) without a warning"
    else
        echo "ci-smoke: the app-image launcher built with JDK $feature ran --help without a warning (no Xvfb: no GUI start)"
    fi
    break
done

# --- 2. the .deb and the installed command --------------------------------------------------------
command -v fakeroot > /dev/null || apt_install fakeroot
installer/build.sh deb
deb=$(ls target/installer/refunddesk_*.deb | head -1)
[ -f "$deb.sha256" ] || fail "build.sh wrote no $deb.sha256"
(cd "$(dirname "$deb")" && sha256sum -c "$(basename "$deb").sha256" > /dev/null) || fail "$deb does not match its .sha256"

# jpackage registers the menu entry with xdg-desktop-menu, which needs a menu folder that a desktop system has
# and a bare CI machine may lack: give it those, so the registration below is really checked.
$sudo mkdir -p /etc/xdg/menus /usr/share/desktop-directories
apt_install "./$deb" || { $sudo dpkg -i "$deb" || fail "cannot install $deb"; }
[ "$(readlink -f /usr/bin/refunddesk)" = /opt/refunddesk/bin/RefundDesk ] || fail "/usr/bin/refunddesk is not the installed launcher"
[ "$(command -v refunddesk)" = /usr/bin/refunddesk ] || fail "refunddesk is not on the PATH"

data="$work/data"
refunddesk --help | grep -q 'usage: refunddesk' || fail "refunddesk --help printed no usage"
refunddesk --data-dir "$data" import "$case_file" > "$work/id.txt"
refunddesk --data-dir "$data" cases list --json | grep -q '"orderNo" *: *"SMOKE-20261120-001"' \
    || fail "the imported case is not listed"
refunddesk --data-dir "$data" assess "$case_file" --now 2026-11-20T10:10:00+08:00 > "$work/assess.json"
grep -q '"verdict" *: *"LIKELY"' "$work/assess.json" || { cat "$work/assess.json" >&2; fail "assess gave no LIKELY verdict"; }
grep -q 'PLATFORM_REFUND_WINDOW' "$work/assess.json" || fail "assess lists no platform window"
refunddesk --data-dir "$data" export-xlsx --out "$work/cases.xlsx" > /dev/null
[ -s "$work/cases.xlsx" ] || fail "export-xlsx wrote nothing"
echo "ci-smoke: /usr/bin/refunddesk ran --help, import, cases list, assess and export-xlsx"

desktop=/usr/share/applications/refunddesk-RefundDesk.desktop
grep -q '^MimeType=.*application/vnd.refunddesk.case+json' "$desktop" || fail "$desktop lists no case-file MIME type"
grep -q '^Exec=.* %F$' "$desktop" || fail "$desktop does not pass the opened files (%F)"
if command -v xdg-mime > /dev/null; then
    touch "$work/x.refundcase.json"
    [ "$(xdg-mime query filetype "$work/x.refundcase.json")" = application/vnd.refunddesk.case+json ] \
        || fail "*.refundcase.json is not application/vnd.refunddesk.case+json"
    [ "$(xdg-mime query default application/vnd.refunddesk.case+json)" = refunddesk-RefundDesk.desktop ] \
        || fail "RefundDesk does not open application/vnd.refunddesk.case+json"
    echo "ci-smoke: *.refundcase.json is application/vnd.refunddesk.case+json, opened by RefundDesk"
fi

if [ -n "$xvfb_pid" ]; then
    # a double-click while the app runs: the second launch hands the file over and ends
    gui="$work/gui-installed"
    refunddesk --data-dir "$gui" > "$work/gui.out" 2> "$work/gui.err" &
    gui_pid=$!
    for _ in $(seq 1 240); do [ -f "$gui/refunddesk.handover" ] && break; sleep 0.5; done
    [ -f "$gui/refunddesk.handover" ] || { cat "$work/gui.err" >&2; fail "the installed app did not start"; }
    cp "$case_file" "$work/handed.refundcase.json"
    timeout 60 refunddesk --data-dir "$gui" "$work/handed.refundcase.json" || fail "the second launch did not hand its file over"
    kill $gui_pid; wait $gui_pid 2>/dev/null || true
    gui_pid=""
    no_warnings "$work/gui.err" "the installed app"
    echo "ci-smoke: a second launch of the installed app handed its case file to the running one"
fi

$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq refunddesk > /dev/null || $sudo dpkg -r refunddesk > /dev/null
[ ! -e /usr/bin/refunddesk ] || fail "removing the package left /usr/bin/refunddesk"
echo "ci-smoke: removing the package removed /usr/bin/refunddesk"
