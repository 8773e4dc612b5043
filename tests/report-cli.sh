# report-cli.sh: tutor report over a class directory: generated learners
# of the shipped lessons, a hand-made one with an Arabic name and a kept
# answer, and files that must not break it (cut, junk, a newer format, a
# FIFO, a symbolic link, a file planted by another account). The table,
# the CSV (loaded into SQLite as docs/reports.md says), the JSON (checked
# by Python's parser), --anonymous, -o, and this account's learners.
. "$top_srcdir/tests/lib.sh"
gen="$top_builddir/tests/gen_progress"
class="$tmp/class"
mkdir "$class"

# seal FILE: end a hand-made progress file with its count and CRC-32.
seal() {
	python3 -c 'import sys, zlib
b = open(sys.argv[1], "rb").read()
open(sys.argv[1], "ab").write(b"end\t%d\t%08x\n" % (b.count(b"\n") - 1, zlib.crc32(b)))' "$1"
}

"$TUTOR" list >"$tmp/ids"
"$gen" -s 3 -e "$tmp/ids" "$class" 300
first=$(ls "$class" | head -1)
tab=$(printf '\t')
cat >"$class/yasmine.progress" <<EOF
tutor-progress 1
profile${tab}ياسمين${tab}ar${tab}8-10${tab}-${tab}-${tab}yes
lesson${tab}private-info${tab}2${tab}0${tab}no${tab}2024-05-01T10:00:00Z
attempt${tab}private-info${tab}never-share${tab}2024-05-01T10:00:00Z${tab}0a1b2c3d${tab}wrong${tab}1${tab}0${tab}9${tab}default${tab}my secret answer
EOF
seal "$class/yasmine.progress"
head -c 400 "$class/$first" >"$class/cut.progress"
printf 'hello\n' >"$class/junk.progress"
printf 'tutor-progress 2\nprofile\tNew\n' >"$class/newer.progress"
mkfifo "$class/fifo.progress"
ln -s /etc/passwd "$class/link.progress"
cp "$class/yasmine.progress" "$class/yasmine.progress.damaged-20240501-102203"

# --- the table
status "report exits 0" 0 "$TUTOR" --lang en report "$class"
cp "$tmp/out" "$tmp/table"; cp "$tmp/err" "$tmp/table.err"
contains "302 learners: 300, the hand-made one and the cut one" "$tmp/table" "Learners: 302"
contains "the Arabic name is listed" "$tmp/table" "ياسمين"
contains "lessons have their titles" "$tmp/table" "private-info"
contains "exercises, hardest first" "$tmp/table" "hardest first"
contains "the most missed rule is shown" "$tmp/table" "default ×"
contains "what was read is summed up" "$tmp/table" "302 files read, 1 damaged (what could be read was used), 4 not used."
contains "a cut file is damaged, its readable part used" "$tmp/table.err" "cut.progress: damaged: "
contains "... and said so" "$tmp/table.err" "what could be read was used"
contains "junk is not used" "$tmp/table.err" "junk.progress: damaged: line 1: the first line is not"
contains "a newer format is not used" "$tmp/table.err" "newer.progress: written by a newer tutor; not used"
contains "a FIFO is not read" "$tmp/table.err" "fifo.progress: cannot be read: it is not a regular file"
contains "a symbolic link is not followed" "$tmp/table.err" "link.progress: cannot be read: it is a symbolic link"
lacks "a damaged copy kept by tutor is not a learner" "$tmp/table.err" "damaged-2024"
# Columns line up in display columns: every learner row as wide.
check "learner rows line up, Arabic names too" test "$(sed -n '/^Learners:/,/^$/p' "$tmp/table" |
    sed '1,2d;/^$/d' | python3 -c 'import sys, unicodedata
w = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in l.rstrip("\n")) for l in sys.stdin}
print(len(w))')" -eq 1

# --- CSV
status "--format csv exits 0" 0 "$TUTOR" --lang en report --format csv "$class"
cp "$tmp/out" "$tmp/report.csv"
check "CSV: RFC 4180 line ends (CRLF)" test "$(grep -c "$(printf '\r')\$" "$tmp/report.csv")" -eq "$(wc -l <"$tmp/report.csv")"
check "CSV: 19 fields on every row" python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
sys.exit(0 if all(len(r) == 19 for r in rows) and rows[0][0] == "record" else 1)' "$tmp/report.csv"
check "CSV: the kept answer has a row" grep -q '^answer,,private-info,never-share,.*,my secret answer,1' "$tmp/report.csv"
check "CSV: exercises hardest first" python3 -c 'import csv, sys
ex = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["record"] == "exercise"]
miss = [1 - int(r["first_try_right"]) / int(r["started"]) for r in ex]
sys.exit(0 if len(ex) > 50 and miss == sorted(miss, reverse=True) else 1)' "$tmp/report.csv"

# Into SQLite, as docs/reports.md shows.
db="$tmp/class.db"
(cd "$tmp" && sqlite3 "$db" <"$top_srcdir/docs/report-schema.sql" &&
 sqlite3 "$db" ".import --csv --skip 1 report.csv report" &&
 sqlite3 "$db" <"$top_srcdir/docs/report-sqlite-nulls.sql") 2>"$tmp/sqlite.err"
check "CSV: loads into SQLite" test ! -s "$tmp/sqlite.err"
check "SQLite: 302 learner rows" test "$(sqlite3 "$db" "SELECT count(*) FROM report WHERE record = 'learner'")" -eq 302
check "SQLite: the learners' answers are the exercises' answers" test \
    "$(sqlite3 "$db" "SELECT sum(attempts) FROM report WHERE record = 'learner'")" = \
    "$(sqlite3 "$db" "SELECT sum(attempts) FROM report WHERE record = 'exercise'")"
check "SQLite: empty cells are NULL after the fix-up" test \
    "$(sqlite3 "$db" "SELECT count(*) FROM report WHERE record = 'lesson' AND first_try_right IS NOT NULL")" -eq 0
sqlite3 "$db" "SELECT lesson, sum(done) FROM report WHERE record = 'lesson' GROUP BY lesson ORDER BY lesson LIMIT 1" >"$tmp/q" 2>&1
check "SQLite: totals per lesson" grep -q '|' "$tmp/q"

# --- JSON
status "--format json exits 0" 0 "$TUTOR" --lang en report --format json "$class"
cp "$tmp/out" "$tmp/report.json"
check "JSON: valid for python3 -m json.tool" python3 -m json.tool "$tmp/report.json" /dev/null
check "JSON: 302 learners, titles from the catalog" python3 -c 'import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ok = len(r["learners"]) == 302 and all(l["title"] for l in r["lessons"])
ok = ok and r["files"] == {"whole": 301, "damaged": 1, "not_used": 4}
sys.exit(0 if ok else 1)' "$tmp/report.json"
contains "JSON: the Arabic name as UTF-8" "$tmp/report.json" '"name": "ياسمين"'

# --- anonymous
status "--anonymous exits 0" 0 "$TUTOR" report --anonymous --format csv "$class"
lacks "anonymous: no Arabic name" "$tmp/out" "ياسمين"
name=$(grep '^learner,' "$tmp/report.csv" | head -1 | cut -d, -f2)
lacks "anonymous: no generated name ($name)" "$tmp/out" "$name"
lacks "anonymous: no answer's text" "$tmp/out" "my secret answer"
check "anonymous: 302 pseudonyms" test "$(grep -c '^learner,learner-[0-9a-f]\{12\},' "$tmp/out")" -eq 302
cp "$tmp/out" "$tmp/anon1"
"$TUTOR" report --anonymous --format csv "$class" >"$tmp/anon2" 2>/dev/null
check "anonymous: a new key each report" test "$(grep '^learner' "$tmp/anon1" | head -1)" != "$(grep '^learner' "$tmp/anon2" | head -1)"

# --- options, files and exit codes
status "an unknown format exits 64" 64 "$TUTOR" report --format xml "$class"
contains "... and says which" "$tmp/err" "unknown report format 'xml'"
status "a missing directory exits 66" 66 "$TUTOR" report "$tmp/nowhere"
contains "... and names it" "$tmp/err" "nowhere: cannot be read"
status "one file" 0 "$TUTOR" report "$class/yasmine.progress"
contains "one file: one learner" "$tmp/out" "Learners: 1"
status "-o writes a file" 0 "$TUTOR" --lang en report --format csv -o "$tmp/o.csv" "$class"
check "-o: the same CSV" cmp "$tmp/o.csv" "$tmp/report.csv"
check "-o: private (0600)" test "$(stat -c %a "$tmp/o.csv")" = 600
check "-o: no temporary file left" test "$(ls "$tmp" | grep -c 'o.csv.tmp')" -eq 0
status "-o into a missing directory exits 66" 66 "$TUTOR" report -o "$tmp/no/r.csv" "$class"

# --- this account's learners (the data directory, by default)
status "an empty account: exits 0" 0 "$TUTOR" report
contains "an empty account: says so" "$tmp/out" "No learner's progress was found."
"$TUTOR" profiles add Omar >/dev/null
"$TUTOR" profiles merge Omar "$class/yasmine.progress" >/dev/null 2>&1
status "this account's learners by default" 0 "$TUTOR" report --format csv
check "... Omar, with the answer merged in" grep -q '^learner,Omar,,,,1,0,0,,1,0,0,1,' "$tmp/out"
status "a data directory named" 0 "$TUTOR" report "$tmp/data/tutor"
contains "... its profiles/ are read" "$tmp/out" "Omar"
status "--data-dir" 0 "$TUTOR" --data-dir "$tmp/data/tutor" report
contains "... is this account's directory" "$tmp/out" "Omar"

# A file another account planted in a class directory, under a name
# that is not its own, is not trusted (root only: CI runs as root).
if [ "$(id -u)" -eq 0 ] && getent passwd nobody >/dev/null; then
	mkdir "$tmp/shared"
	cp "$class/yasmine.progress" "$tmp/shared/root--yasmine-12345678.progress"
	chown nobody "$tmp/shared/root--yasmine-12345678.progress"
	cp "$class/yasmine.progress" "$tmp/shared/nobody--yasmine-12345678.progress"
	chown nobody "$tmp/shared/nobody--yasmine-12345678.progress"
	status "a class directory of other accounts" 0 "$TUTOR" report "$tmp/shared"
	contains "a planted file is not used" "$tmp/err" "root--yasmine-12345678.progress: not used: it belongs to another account"
	contains "a published file is used" "$tmp/out" "Learners: 1"
fi

done_testing
