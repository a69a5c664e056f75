#!/usr/bin/env bash
# Sets up the company database server for Bee Console on a Debian-family machine (Debian 12, Ubuntu 22.04+), as root:
#   sudo bash setup-postgres.sh [DATABASE]              (default database: bee)
# It installs PostgreSQL from the distribution's packages if missing, and creates
#   - the database (UTF-8, collation "C": names sort as on the embedded database, by code point),
#   - bee_owner:   owns the tables; the schema is created and upgraded with this role only (the first console or
#                  copy-to-server, and each console upgrade, is run once with it), never used by the consoles daily;
#   - bee_console: the role every console signs in with: it may read and write rows, and nothing more (no DROP,
#                  ALTER, TRUNCATE or CREATE; no other database; the server's backups are files it cannot reach).
# Both passwords are generated and printed once: keep the owner's in the office safe, give the consoles' to the
# people who connect the consoles. TLS: the server keeps Debian's certificate (ssl = on, the "snakeoil" one) until
# you install the company's; clients check it (sslmode=verify-full) against the root certificate in
# ~/.postgresql/root.crt (on Windows %APPDATA%\postgresql\root.crt). Connections from the network must use TLS and
# a password (hostssl ... scram-sha-256); add the offices' network to LAN below.
# Re-running it changes nothing that exists, except that it prints new passwords only for roles it creates.
# PGHOST/PGPORT may name another local cluster (ServerSetupScriptTest runs it so on a throw-away one, three times).
set -euo pipefail
DB="${1:-bee}"
LAN="${BEE_LAN:-}"          # e.g. 10.20.0.0/16: the offices' network; empty: local connections only

if ! command -v psql >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
psql_root() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
password() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

for role in bee_owner bee_console; do
  if [[ "$(psql_root -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]]; then
    pw="$(password)"
    psql_root -d postgres -c "CREATE ROLE $role LOGIN PASSWORD '$pw'"
    echo "role $role created, password: $pw"
  fi
done
if [[ "$(psql_root -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]]; then
  psql_root -d postgres -c "CREATE DATABASE $DB OWNER bee_owner TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
fi
psql_root -d "$DB" <<SQL
REVOKE ALL ON DATABASE $DB FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $DB TO bee_console;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO bee_owner;
GRANT USAGE ON SCHEMA public TO bee_console;
-- rows of every table bee_owner makes, now and in later upgrades; the consoles read the migration history only
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bee_console;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO bee_console;
ALTER DEFAULT PRIVILEGES FOR ROLE bee_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bee_console;
ALTER DEFAULT PRIVILEGES FOR ROLE bee_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO bee_console;
SQL
# Once the schema exists (run this script again after the first copy-to-server or first start): the migration history
# is the owner's alone, and the audit log and the log of identity reveals are append-only for the consoles.
psql_root -d "$DB" -c "DO \$\$ BEGIN IF to_regclass('public.flyway_schema_history') IS NOT NULL THEN
  REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM bee_console;
  REVOKE UPDATE, DELETE ON audit_log, identity_access FROM bee_console; END IF; END \$\$"

if [[ -n "$LAN" && -z "${PGPORT:-}" ]]; then
  conf_dir="$(runuser -u postgres -- psql -qtA -c 'SHOW config_file' | xargs dirname)"
  hba="$conf_dir/pg_hba.conf"
  grep -q "bee-console $DB" "$hba" || {
    echo "hostssl $DB bee_console,bee_owner $LAN scram-sha-256  # bee-console $DB" >> "$hba"
    echo "hostnossl all all $LAN reject  # bee-console $DB" >> "$hba"
  }
  runuser -u postgres -- psql -qc "ALTER SYSTEM SET listen_addresses = '*'" -c "ALTER SYSTEM SET ssl = on" \
    -c "ALTER SYSTEM SET password_encryption = 'scram-sha-256'"
  systemctl restart postgresql
fi
echo "database $DB ready: jdbc:postgresql://$(hostname -f):${PGPORT:-5432}/$DB?sslmode=verify-full"
