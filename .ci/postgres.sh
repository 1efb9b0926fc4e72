#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests and print its URL on stdout.
#
# Usage: bash .ci/postgres.sh [PORT]   (default a free port; run as root on Debian, or as any user
# who owns the server binaries).  Installs Debian's package when no server is found, makes a
# cluster in a fresh temporary folder owned by the postgres user, starts it listening on
# 127.0.0.1 only, creates the database "cischronicle" and prints
# postgresql://postgres@127.0.0.1:PORT/cischronicle.  Stop it with
# pg_ctl -D "$(cat "$TMPDIR"/cischronicle-pg/datadir)" stop, or let the machine go.
set -euo pipefail
port="${1:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] && command -v apt-get >/dev/null; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
[ -n "$bindir" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }
base="$(mktemp -d "${TMPDIR:-/tmp}/cischronicle-pg.XXXXXX")"
chmod 755 "$base"
as_owner=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$base"
    as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bindir/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
"${as_owner[@]}" "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $base" start >&2
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres cischronicle >&2
echo "postgresql://postgres@127.0.0.1:$port/cischronicle"
