#!/usr/bin/env bash
# Install (from Debian packages) and start a throwaway PostgreSQL on 127.0.0.1 for the storage tests.
# Prints the TEST_DATABASE_URL to use. Safe to run twice.
set -euo pipefail
PORT="${PGPORT_TEST:-55432}"
DATA="${PGDATA_TEST:-/tmp/studybot-pg}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
if ! pg_isready -h 127.0.0.1 -p "$PORT" >/dev/null 2>&1; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  chown postgres:postgres "$DATA"
  su postgres -c "$BIN/initdb -D $DATA/data -A trust -U postgres >/dev/null"
  su postgres -c "$BIN/pg_ctl -D $DATA/data -l $DATA/log -w -o '-c listen_addresses=127.0.0.1 -p $PORT -k /tmp' start >/dev/null"
fi
su postgres -c "psql -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='studybot_test'\"" | grep -q 1 \
  || su postgres -c "createdb -h 127.0.0.1 -p $PORT -U postgres studybot_test"
echo "postgresql+asyncpg://postgres@127.0.0.1:$PORT/studybot_test"
