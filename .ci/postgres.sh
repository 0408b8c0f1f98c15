#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the team-mode tests (issue 16).
#   .ci/postgres.sh start DIR   installs Debian's postgresql when absent, initdb's DIR as the postgres user, starts the
#                               server on a free loopback port and prints REFUNDDESK_TEST_PG=127.0.0.1:PORT:postgres
#   .ci/postgres.sh stop DIR    stops it and removes DIR
set -euo pipefail

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && echo "$d"
  done | sort -V | tail -1
}

install_postgres() {
  if [ -z "$(pg_bin)" ]; then
    echo "installing Debian's postgresql package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

case "${1:-}" in
  start)
    dir=${2:?data directory}
    install_postgres
    bin=$(pg_bin)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir" && chmod 700 "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    port=$(free_port)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "REFUNDDESK_TEST_PG=127.0.0.1:$port:postgres"
    ;;
  stop)
    dir=${2:?data directory}
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
