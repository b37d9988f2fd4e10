#!/bin/sh
# Regenerates the AppCDS archive of a jpackage app-image for the app-image's own class path
# (Java 17 ties an archive to the class path it was made with, so the one from target/dist does
# not fit). Runs the app-image's launcher once, headless, with its configuration changed for that
# run only: the archive option replaced by -XX:ArchiveClassesAtExit, and Main's class-data training
# (as in pom.xml's dist-bin: imports, totals, lists, events and audit in one JVM, then the window's
# classes of packaging/cds/window-classes.txt loaded without running).
#
#   train-cds.sh APP_IMAGE_DIR NAME WORK_DIR
set -eu
image=$1
name=$2
work=$3
cfg=$image/lib/app/$name.cfg
if [ ! -f "$cfg" ]; then
  cfg=$image/Contents/app/$name.cfg # macOS layout
fi
appdir=$(dirname "$cfg")
rm -f "$appdir/conferencedesk.jsa"
rm -rf "$work"
mkdir -p "$work"
cp "$cfg" "$work/$name.cfg.orig"
trap 'cp "$work/$name.cfg.orig" "$cfg"' EXIT
grep -v 'SharedArchiveFile' "$work/$name.cfg.orig" > "$cfg"
echo "java-options=-Dconferencedesk.logs=$work/logs" >> "$cfg"
launcher=$image/bin/$name
[ -x "$launcher" ] || launcher=$image/Contents/MacOS/$name
source=$(cd "$(dirname "$0")/../.." && pwd)
tab=$(printf '\t')
{
  echo "--db${tab}$work/db${tab}import${tab}contracts${tab}$source/docs/samples/wimc-2020-signing-ceremony.csv"
  echo "--db${tab}$work/db${tab}import${tab}guests${tab}$source/docs/samples/wimc-2020-guests.csv"
  for command in totals "totals${tab}--json" "list${tab}contracts" "list${tab}guests" "list${tab}exhibitors" "events${tab}list" audit; do
    echo "--db${tab}$work/db${tab}$command"
  done
} > "$work/commands.txt"
echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/conferencedesk.jsa' >> "$cfg"
echo "java-options=-Dconferencedesk.classDataTraining=$work/commands.txt" >> "$cfg"
echo "java-options=-Dconferencedesk.classDataTraining.classes=$source/packaging/cds/window-classes.txt" >> "$cfg"
"$launcher" totals > "$work/training.log" 2>&1
ls -l "$appdir/conferencedesk.jsa"
