#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and prints a URL the tests can use
# to create their own databases. Machines of this kind run one with trust auth; where none
# answers, Debian's postgresql is installed (if needed) and started, with a password for the
# postgres role because a fresh cluster does not trust TCP connections.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
trust_url=postgres://postgres@127.0.0.1:5432/postgres
password_url=postgres://postgres:tidlig-test@127.0.0.1:5432/postgres

works() { command -v psql >/dev/null && psql "$1" -qAtc 'SELECT 1' >/dev/null 2>&1; }

if works "$trust_url"; then echo "$trust_url"; exit 0; fi
if works "$password_url"; then echo "$password_url"; exit 0; fi

if ! command -v pg_ctlcluster >/dev/null; then
  echo "==> installing PostgreSQL (Debian)" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null ||
    { as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "==> starting PostgreSQL $version" >&2
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
fi
if ! works "$trust_url"; then
  as_root su postgres -c "psql -qc \"ALTER ROLE postgres PASSWORD 'tidlig-test'\"" >/dev/null
fi
if works "$trust_url"; then echo "$trust_url"; elif works "$password_url"; then echo "$password_url"; else
  echo "PostgreSQL does not accept the test connection" >&2; exit 1
fi
