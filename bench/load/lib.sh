# Shared by bench/load.sh and bench/soak.sh (sourced, from the repository root): wrk, the
# release server on a fresh database, the lead's login, counts read from the database and
# the server's memory. Expects `bin` and `port` to be set by the caller.
base="http://127.0.0.1:$port"
server=""
data=""
scratch_pg=""
scratch_db=""

# Debian's wrk, installed quietly the first time (CI machines are fresh).
need_wrk() {
  command -v wrk >/dev/null && return
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  { $sudo apt-get install -y -qq wrk || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk; }; } \
    >/dev/null 2>&1
  command -v wrk >/dev/null || { echo "could not install wrk (apt-get install wrk)" >&2; exit 1; }
}

# The PostgreSQL server named by BENCH_POSTGRES_URL or TIDLIG_TEST_POSTGRES_URL, if any.
postgres_url() { echo "${BENCH_POSTGRES_URL:-${TIDLIG_TEST_POSTGRES_URL:-}}"; }

# Makes a scratch database on that server and prints its URL (the last path segment replaced).
make_scratch_db() {
  scratch_pg=$(postgres_url)
  scratch_db="tidlig_load_$$"
  psql -q "$scratch_pg" -c "DROP DATABASE IF EXISTS $scratch_db WITH (FORCE)" -c "CREATE DATABASE $scratch_db" >/dev/null
  echo "${scratch_pg%/*}/$scratch_db"
}

drop_scratch_db() {
  [ -n "$scratch_db" ] || return 0
  psql -q "$scratch_pg" -c "DROP DATABASE IF EXISTS $scratch_db WITH (FORCE)" >/dev/null 2>&1 || true
  scratch_db=""
}

stop_server() {
  [ -n "$server" ] || return 0
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}

cleanup() {
  stop_server
  [ -z "$data" ] || rm -rf "$data"
  drop_scratch_db
}

# Fresh data folder and database (SQLite there, or $1 = postgres://…), demo data loaded.
fresh_database() {
  local database_url=$1
  [ -z "$data" ] || rm -rf "$data"
  data=$(mktemp -d)
  export TIDLIG_DATA_DIR="$data" TIDLIG_SITE_ROOT=target/site TIDLIG_ADDR="127.0.0.1:$port" TIDLIG_COOKIE_SECURE=false
  # Every connection of the bench comes from 127.0.0.1: lift the per-client limit on new
  # sparring requests (20 an hour), which would otherwise answer the sparring journey with 429.
  export TIDLIG_SPARRING_PER_HOUR=100000000
  # Parents answer from their own phones: the parents' journey names each family's address in
  # X-Forwarded-For, which the server takes from loopback as from its proxy.
  export TIDLIG_CLIENT_IP_HEADER=x-forwarded-for TIDLIG_TRUSTED_PROXIES=127.0.0.1
  if [ -n "$database_url" ]; then export DATABASE_URL="$database_url"; else unset DATABASE_URL; fi
  "$bin" demo-data >/dev/null 2>"$data/demo-data.log" || { cat "$data/demo-data.log" >&2; exit 1; }
}

# Starts the server (log in $data/server.log) and waits for /healthz.
start_server() {
  "$bin" serve >"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server did not come up:" >&2
  tail -n 20 "$data/server.log" >&2
  exit 1
}

# $1 fresh one-time codes for the parents' journey into the file $2.
issue_codes() {
  "$bin" issue-codes --area skole --count "$1" >"$2" 2>"$data/issue-codes.log" \
    || { echo "issue-codes failed:" >&2; cat "$data/issue-codes.log" >&2; exit 1; }
}

# Logs the demo project lead in and prints the session cookie ("tidlig_session=…").
lead_cookie() {
  local cookie
  cookie=$(curl -s -D - -o /dev/null -H "Origin: $base" \
    --data-urlencode email=projektleder@demo.tidlig.dk --data-urlencode password=demo-projektleder-2026 \
    "$base/login" | tr -d '\r' | sed -n 's/^set-cookie: *\([^;]*\).*/\1/Ip' | head -n 1)
  [ -n "$cookie" ] || { echo "the demo lead could not log in" >&2; exit 1; }
  local status
  status=$(curl -s -o /dev/null -H "Cookie: $cookie" -w '%{http_code}' "$base/ledelse/maal/3")
  [ "$status" = 200 ] || { echo "the dashboard answered $status after login" >&2; exit 1; }
  echo "$cookie"
}

# One number from the database: db_count "SELECT COUNT(*) FROM …".
db_count() {
  if [ -n "${DATABASE_URL:-}" ]; then
    psql -tA "$DATABASE_URL" -c "$1"
  else
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' \
      "$data/tidlig.db" "$1"
  fi
}

# A field of the server's /proc status in kB: VmRSS (now) or VmHWM (peak).
server_mem() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$server/status"; }

# A field of a wrk RESULT line (bench/load/common.lua): result_field "$line" rps.
result_field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
