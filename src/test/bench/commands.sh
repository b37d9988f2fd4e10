#!/bin/sh
# Command speed beside its floor, in one hyperfine run (docs/BENCHMARKS.md, "Commands"; issue 15).
#
#   mvn -B -q package -DskipTests
#   src/test/bench/commands.sh [RUNS] [OTHER_DIST ...]
#
# RUNS: hyperfine runs per command (default 8, after one warm-up). OTHER_DIST: the target/dist of
# another build (e.g. main, cloned and built in its own folder so that its class-data archive fits),
# measured in the same run for a before/after. Needs hyperfine (apt-get install hyperfine).
#
# Floors: the same JVM, started with the launcher's options for commands, opening the same H2 file
# with H2's own Shell and running one statement:
#   read  - select count(*), sum(amount) from contract               (the issue's floor)
#   write - insert the 30 sample contracts from a CSV (H2's CSVREAD) into a copy of a database
#           holding the event and no contracts, one commit; beside it, on the same copy, this build's
#           `events list` (start and open only) and `backup` (the backup an import makes first)
# The read floor is run twice: with the JVM's own compiler settings and with the quick commands'.
set -eu
runs=${1:-8}
[ $# -gt 0 ] && shift
dist=$(cd target/dist && pwd)
samples=$(cd docs/samples && pwd)
work=$(mktemp -d /tmp/command-bench.XXXXXX)
h2=$(ls "$dist"/lib/h2-*.jar)
heap=$(sed -n 's/.*HEAP_OPTS="\(-XX[^"]*\)".*/\1/p' "$dist/bin/conferencedesk" | head -1)
quick=$(sed -n 's/.*JIT_OPTS="\(-XX[^"]*\)".*/\1/p' "$dist/bin/conferencedesk" | head -1)
url="jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0"
export XDG_DATA_HOME="$work/data"

"$dist/bin/conferencedesk" --db "$work/template" events create --name "WIMC 2020" >/dev/null
cp "$work/template.mv.db" "$work/db.mv.db"
"$dist/bin/conferencedesk" --db "$work/db" import contracts "$samples/wimc-2020-signing-ceremony.csv" >/dev/null
java -cp "$h2" org.h2.tools.Shell -url "$url" -user sa \
  -sql "CALL CSVWRITE('$work/contracts.csv', 'SELECT * FROM contract')" >/dev/null
cat > "$work/prepare.sh" <<EOF
rm -rf "$work/w.mv.db" "$work/w.lock" "$work/backups"
cp "$work/template.mv.db" "$work/w.mv.db"
EOF

set -- "$dist" "$@"
read_floor="java $heap -cp $h2 org.h2.tools.Shell -url $url -user sa -sql 'select count(*), sum(amount) from contract'"
read_floor_quick="java $heap $quick -cp $h2 org.h2.tools.Shell -url $url -user sa -sql 'select count(*), sum(amount) from contract'"
write_floor="java $heap -cp $h2 org.h2.tools.Shell -url jdbc:h2:file:$work/w;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0 -user sa -sql \"INSERT INTO contract SELECT * FROM CSVREAD('$work/contracts.csv')\""
reads=""
writes=""
for d in "$@"; do
  for c in "totals" "list contracts" "events list" "audit"; do
    reads="$reads|$d/bin/conferencedesk --db $work/db $c"
  done
  writes="$writes|$d/bin/conferencedesk --db $work/w import contracts $samples/wimc-2020-signing-ceremony.csv"
done
# Where a write's time goes, on the same fresh copy: the open alone (a read of it) and the backup that
# every import from the command line makes first (contents fingerprint and H2's BACKUP TO into a zip).
parts="|$dist/bin/conferencedesk --db $work/w events list|$dist/bin/conferencedesk --db $work/w backup"

uptime
IFS='|'
set -f
# shellcheck disable=SC2086
hyperfine -N -w 1 -r "$runs" --export-markdown "$work/reads.md" "$read_floor" "$read_floor_quick" ${reads#|}
# shellcheck disable=SC2086
hyperfine -N -w 1 -r "$runs" --prepare "sh $work/prepare.sh" --export-markdown "$work/writes.md" "$write_floor" ${writes#|} ${parts#|}
unset IFS
set +f
uptime
echo "Tables: $work/reads.md $work/writes.md"
