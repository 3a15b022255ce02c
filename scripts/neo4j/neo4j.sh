#!/usr/bin/env bash
# Local Neo4j Community 5.26 LTS server for development and tests — no Docker, no neo4j.com.
#
# Usage: scripts/neo4j/neo4j.sh install|start|stop|status|restart
#
#   install  Resolve the Neo4j jars from Maven Central (scripts/neo4j/pom.xml) into
#            $NEO4J_CACHE/<version>/lib. Skipped when already complete.
#   start    install if needed, write $NEO4J_HOME_DIR/conf/neo4j.conf, launch
#            org.neo4j.server.CommunityEntryPoint in the background, wait until Bolt answers and
#            print "Neo4j <version> ready on bolt://127.0.0.1:<port>". Idempotent: if this home dir
#            already has a running server it says so (stderr) and prints the ready line again.
#   stop     SIGTERM (clean shutdown), SIGKILL after $NEO4J_STOP_TIMEOUT s; removes the pid file.
#   status   exit 0 if the server of this home dir is running, 3 if not.
#
# Environment:
#   NEO4J_CACHE          jar cache, outside the repo      (default $HOME/.cache/mhhs-neo4j)
#   NEO4J_HOME_DIR       runtime dir: conf/ data/ logs/ run/ (default <repo>/.neo4j, gitignored)
#   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1           (default 7687)
#   NEO4J_HEAP           JVM heap, -Xms = -Xmx            (default 512m)
#   NEO4J_PAGECACHE      server.memory.pagecache.size     (default 128m)
#   NEO4J_PASSWORD       unset/empty (default): auth DISABLED (dbms.security.auth_enabled=false),
#                        connect with any or no credentials. Set (>= 8 chars): auth enabled, user
#                        "neo4j" gets this password via `neo4j-admin dbms set-initial-password`,
#                        which only takes effect before the first start of a data dir — to change
#                        it later, stop and delete $NEO4J_HOME_DIR/data.
#   NEO4J_START_TIMEOUT  seconds to wait for readiness    (default 120)
#   NEO4J_STOP_TIMEOUT   seconds before SIGKILL on stop   (default 60)
#   JAVA_HOME            Java 17+ (else `java` on PATH)
#
# The server listens on 127.0.0.1 only, Bolt only (HTTP/HTTPS off), usage reporting off.
# Logs: $NEO4J_HOME_DIR/logs/console.log (stdout/stderr of the JVM, user log) and debug.log.
# Neo4j Community is GPLv3: the jars live in the cache and are never committed or shipped.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
POM="$SCRIPT_DIR/pom.xml"

NEO4J_CACHE="${NEO4J_CACHE:-${HOME:?HOME is not set}/.cache/mhhs-neo4j}"
NEO4J_HOME_DIR="${NEO4J_HOME_DIR:-$REPO_ROOT/.neo4j}"
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
NEO4J_HEAP="${NEO4J_HEAP:-512m}"
NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-128m}"
NEO4J_PASSWORD="${NEO4J_PASSWORD:-}"
NEO4J_START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
NEO4J_STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

log() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$NEO4J_BOLT_PORT" =~ ^[0-9]+$ ]] && ((NEO4J_BOLT_PORT > 0 && NEO4J_BOLT_PORT < 65536)) \
  || die "NEO4J_BOLT_PORT must be a TCP port number, got '$NEO4J_BOLT_PORT'"
[[ "$NEO4J_HEAP" =~ ^[0-9]+[kKmMgG]$ ]] || die "NEO4J_HEAP must look like 512m or 1g, got '$NEO4J_HEAP'"
[[ "$NEO4J_PAGECACHE" =~ ^[0-9]+[kKmMgG]$ ]] || die "NEO4J_PAGECACHE must look like 128m, got '$NEO4J_PAGECACHE'"
[[ -z "$NEO4J_PASSWORD" || ${#NEO4J_PASSWORD} -ge 8 ]] || die "NEO4J_PASSWORD must have at least 8 characters"

mkdir -p "$NEO4J_HOME_DIR"
NEO4J_HOME_DIR="$(cd "$NEO4J_HOME_DIR" && pwd)"
CONF_DIR="$NEO4J_HOME_DIR/conf"
DATA_DIR="$NEO4J_HOME_DIR/data"
LOGS_DIR="$NEO4J_HOME_DIR/logs"
RUN_DIR="$NEO4J_HOME_DIR/run"
PID_FILE="$RUN_DIR/mhhs-neo4j.pid"
CONSOLE_LOG="$LOGS_DIR/console.log"

NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM" | head -n1)"
[[ -n "$NEO4J_VERSION" ]] || die "cannot read <neo4j.version> from $POM"
LIB_DIR="$NEO4J_CACHE/$NEO4J_VERSION/lib"
LIB_MARKER="$NEO4J_CACHE/$NEO4J_VERSION/.complete"

java_bin() {
  local j="java"
  [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && j="$JAVA_HOME/bin/java"
  command -v "$j" >/dev/null 2>&1 || die "java not found (install Java 17+ or set JAVA_HOME)"
  local v
  v="$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${v%%.*}" =~ ^[0-9]+$ ]] && ((${v%%.*} >= 17)) || die "Neo4j $NEO4J_VERSION needs Java 17+, $j is '$v'"
  printf '%s' "$j"
}

# --- install ---------------------------------------------------------------------------------
cmd_install() {
  if [[ -f "$LIB_MARKER" ]]; then
    log "Neo4j $NEO4J_VERSION already installed in $LIB_DIR"
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found: Maven is needed once to fetch Neo4j $NEO4J_VERSION"
  mkdir -p "$NEO4J_CACHE/$NEO4J_VERSION"
  # Serialise concurrent installs (parallel test workers, two terminals).
  exec 8>"$NEO4J_CACHE/$NEO4J_VERSION/.install.lock"
  flock -w 900 8 || die "timed out waiting for another install of Neo4j $NEO4J_VERSION"
  if [[ -f "$LIB_MARKER" ]]; then
    log "Neo4j $NEO4J_VERSION installed by a concurrent run"
    exec 8>&-
    return 0
  fi
  log "installing Neo4j $NEO4J_VERSION from Maven Central into $LIB_DIR (about 125 MB, once)..."
  local tmp="$NEO4J_CACHE/$NEO4J_VERSION/lib.tmp.$$"
  rm -rf "$tmp" "$LIB_DIR"
  # -q: only errors reach stderr (minus the ANSI resets Debian's Maven prints even with -B).
  if ! mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
        -DoutputDirectory="$tmp" 2>&1 | sed $'s/\x1b\\[[0-9;]*m//g' >&2; then
    rm -rf "$tmp"
    die "mvn could not resolve org.neo4j:neo4j:$NEO4J_VERSION (is Maven Central reachable?)"
  fi
  compgen -G "$tmp/neo4j-record-storage-engine-*.jar" >/dev/null \
    || { rm -rf "$tmp"; die "dependency closure incomplete (no record storage engine jar)"; }
  mv "$tmp" "$LIB_DIR"
  touch "$LIB_MARKER"
  exec 8>&-
  log "installed $(find "$LIB_DIR" -name '*.jar' | wc -l | tr -d ' ') jars ($(du -sh "$LIB_DIR" | cut -f1))"
}

# --- process helpers -------------------------------------------------------------------------
# Prints the pid of this home dir's server if it is alive (and really is our Neo4j).
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid args
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  args="$(ps -ww -o args= -p "$pid" 2>/dev/null || true)"
  [[ "$args" == *CommunityEntryPoint*"--home-dir=$NEO4J_HOME_DIR "* ]] || return 1
  printf '%s' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Bolt handshake: magic 0x6060B017 + versions 5.x / 4.4; a Bolt server answers 4 bytes.
bolt_answers() {
  local reply
  reply="$( { exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf '\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x04\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00' >&3
    timeout 5 head -c 4 <&3 | od -An -tx1 | tr -d ' \n'; } 2>/dev/null )" || return 1
  [[ ${#reply} -eq 8 && "$reply" != 00000000 ]]
}

# Bolt port in the conf the current/last server of this home dir was started with.
conf_port() { sed -n 's/^server\.bolt\.listen_address=.*://p' "$CONF_DIR/neo4j.conf" 2>/dev/null || true; }

ready_line() { echo "Neo4j $NEO4J_VERSION ready on bolt://127.0.0.1:$NEO4J_BOLT_PORT"; }

tail_log() {
  if [[ -f "$CONSOLE_LOG" ]]; then
    log "last lines of $CONSOLE_LOG:"
    tail -n "${1:-40}" "$CONSOLE_LOG" | sed 's/^/    /' >&2
  fi
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + NEO4J_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail_log 60
      local reason
      reason="$(grep -m1 -E 'ERROR|Exception|Error:|Invalid|refus' "$CONSOLE_LOG" 2>/dev/null || true)"
      die "Neo4j exited during startup${reason:+: $reason}"
    fi
    if grep -q 'Started\.' "$CONSOLE_LOG" 2>/dev/null && bolt_answers "$NEO4J_BOLT_PORT"; then
      return 0
    fi
    sleep 0.5
  done
  tail_log 60
  die "Neo4j (pid $pid) not ready on port $NEO4J_BOLT_PORT after ${NEO4J_START_TIMEOUT}s; still running, use '$0 stop'"
}

write_conf() {
  mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$RUN_DIR"
  local auth=false
  [[ -n "$NEO4J_PASSWORD" ]] && auth=true
  cat >"$CONF_DIR/neo4j.conf" <<EOF
# Generated by scripts/neo4j/neo4j.sh on each start — edits are overwritten.
server.directories.data=$DATA_DIR
server.directories.logs=$LOGS_DIR
server.directories.run=$RUN_DIR
server.directories.import=$NEO4J_HOME_DIR/import
server.directories.plugins=$NEO4J_HOME_DIR/plugins
server.directories.lib=$LIB_DIR

server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$NEO4J_BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$NEO4J_BOLT_PORT
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false
dbms.routing.enabled=false

dbms.security.auth_enabled=$auth
dbms.usage_report.enabled=false

server.memory.heap.initial_size=$NEO4J_HEAP
server.memory.heap.max_size=$NEO4J_HEAP
server.memory.pagecache.size=$NEO4J_PAGECACHE
db.tx_log.rotation.retention_policy=100M size
# Netty's graceful-shutdown quiet period (default 5 s) dominates stop time; the databases are
# already checkpointed and closed when it runs. Internal setting, valid in 5.26.
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
EOF
}

# --- start / stop / status -------------------------------------------------------------------
cmd_start() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/neo4j-sh.lock"
  flock -w $((NEO4J_START_TIMEOUT + NEO4J_STOP_TIMEOUT + 30)) 9 \
    || die "another neo4j.sh is starting/stopping $NEO4J_HOME_DIR"

  local pid
  if pid="$(running_pid)"; then
    local running_port
    running_port="$(conf_port)"
    if [[ -n "$running_port" && "$running_port" != "$NEO4J_BOLT_PORT" ]]; then
      die "the server of $NEO4J_HOME_DIR (pid $pid) is already running on port $running_port, not $NEO4J_BOLT_PORT; stop it first"
    fi
    log "Neo4j already running (pid $pid, home $NEO4J_HOME_DIR)"
    wait_ready "$pid"
    ready_line
    return 0
  fi
  rm -f "$PID_FILE"
  if port_open "$NEO4J_BOLT_PORT"; then
    die "port $NEO4J_BOLT_PORT on 127.0.0.1 is already in use by another process (not the server of $NEO4J_HOME_DIR); pick another NEO4J_BOLT_PORT or stop it"
  fi

  local java
  java="$(java_bin)"
  cmd_install
  write_conf

  if [[ -n "$NEO4J_PASSWORD" && ! -d "$DATA_DIR/databases/system" ]]; then
    log "setting the initial password of user neo4j"
    NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$CONF_DIR" \
      "$java" -cp "$LIB_DIR/*" org.neo4j.cli.AdminTool dbms set-initial-password "$NEO4J_PASSWORD" \
      >"$LOGS_DIR/set-initial-password.log" 2>&1 \
      || { cat "$LOGS_DIR/set-initial-password.log" >&2; die "set-initial-password failed"; }
  fi

  [[ -f "$CONSOLE_LOG" ]] && mv -f "$CONSOLE_LOG" "$CONSOLE_LOG.1"
  local started=$SECONDS
  # setsid: detach from the caller's session/process group, so the server outlives the shell
  # (or test runner) that started it and is only ended by `stop`. 8>&- 9>&-: the JVM must not
  # inherit (and so hold forever) the launcher's flock descriptors.
  setsid "$java" \
    -Xms"$NEO4J_HEAP" -Xmx"$NEO4J_HEAP" \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -XX:+ExitOnOutOfMemoryError \
    -Djdk.nio.maxCachedBufferSize=1024 \
    -Dio.netty.tryReflectionSetAccessible=true \
    -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED \
    -cp "$LIB_DIR/*" \
    org.neo4j.server.CommunityEntryPoint \
    --home-dir="$NEO4J_HOME_DIR" --config-dir="$CONF_DIR" --console-mode \
    </dev/null >"$CONSOLE_LOG" 2>&1 8>&- 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  log "started Neo4j $NEO4J_VERSION (pid $pid, home $NEO4J_HOME_DIR), waiting for Bolt on port $NEO4J_BOLT_PORT..."
  wait_ready "$pid"
  log "ready after $((SECONDS - started))s"
  ready_line
}

cmd_stop() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/neo4j-sh.lock"
  flock -w $((NEO4J_START_TIMEOUT + NEO4J_STOP_TIMEOUT + 30)) 9 \
    || die "another neo4j.sh is starting/stopping $NEO4J_HOME_DIR"
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "Neo4j not running (home $NEO4J_HOME_DIR)"
    return 0
  fi
  log "stopping Neo4j (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + NEO4J_STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after ${NEO4J_STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    NEO4J_BOLT_PORT="$(conf_port)"
    NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
    if bolt_answers "$NEO4J_BOLT_PORT"; then
      echo "running (pid $pid): $(ready_line)"
    else
      echo "running (pid $pid), Bolt not answering on port $NEO4J_BOLT_PORT yet"
    fi
    return 0
  fi
  echo "not running (home $NEO4J_HOME_DIR)"
  return 3
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  *) echo "usage: $0 install|start|stop|status|restart" >&2; exit 2 ;;
esac
