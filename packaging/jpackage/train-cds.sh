#!/bin/sh
# Regenerates the AppCDS archive of a jpackage app-image for the app-image's own class path
# (Java 17 ties an archive to the class path it was made with, so the one from target/dist does
# not fit). Runs the app-image's launcher once, headless, with its configuration changed for that
# run only: the archive option replaced by -XX:ArchiveClassesAtExit.
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
"$launcher" --db "$work/db" events create --name Training > "$work/training.log" 2>&1
echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/conferencedesk.jsa' >> "$cfg"
"$launcher" --db "$work/db" totals --json >> "$work/training.log" 2>&1
ls -l "$appdir/conferencedesk.jsa"
