# merge-cli.sh: tutor merge and tutor profiles merge: two copies of one
# learner's progress (a centre's and a USB stick's) with answers in
# common and answers of their own give every answer once; merging again
# changes nothing; damaged, foreign and newer files; a profile of this
# account, and one that another session is using.
. "$top_srcdir/tests/lib.sh"
tab=$(printf '\t')

# seal FILE: end a hand-made progress file with its count and CRC-32.
seal() {
	python3 -c 'import sys, zlib
b = open(sys.argv[1], "rb").read()
open(sys.argv[1], "ab").write(b"end\t%d\t%08x\n" % (b.count(b"\n") - 1, zlib.crc32(b)))' "$1"
}
# attempt EXERCISE TIME SESSION VERDICT TRY: an attempt line.
attempt() {
	printf 'attempt\tsample\t%s\t2024-05-0%sZ\t%s\t%s\t%s\t0\t12\t-\t-\n' "$@"
}

{
	printf 'tutor-progress 1\nprofile\tAya\tar\t8-10\t-\t-\tno\n'
	printf 'lesson\tsample\t2\t1\tno\t2024-05-01T10:00:00Z\n'
	attempt pick-one 1T09:00:00 aaaa0001 wrong 1
	attempt pick-one 1T09:00:30 aaaa0001 correct 2
	attempt pick-many 1T09:01:00 aaaa0001 correct 1
} >"$tmp/centre.progress"
seal "$tmp/centre.progress"
{
	printf 'tutor-progress 1\nprofile\tAya\tfr\t8-10\t-\t-\tno\n'
	printf 'lesson\tsample\t5\t3\tyes\t2024-05-03T10:00:00Z\n'
	attempt pick-one 1T09:00:00 aaaa0001 wrong 1
	attempt pick-one 1T09:00:30 aaaa0001 correct 2
	attempt true-or-false 3T08:00:00 bbbb0002 wrong 1
	attempt true-or-false 3T08:00:20 bbbb0002 correct 2
	printf 'badge\tgold\n'
} >"$tmp/usb.progress"
seal "$tmp/usb.progress"

status "merge exits 0" 0 "$TUTOR" merge "$tmp/centre.progress" "$tmp/usb.progress" -o "$tmp/m.progress"
contains "it says what it did" "$tmp/err" "merged: 2 answers added, 2 were in both, 0 lessons added"
check "the result: 5 answers" test "$(grep -c '^attempt' "$tmp/m.progress")" -eq 5
ok=true
for f in centre usb; do
	grep '^attempt' "$tmp/$f.progress" | while IFS= read -r line; do
		grep -qxF -- "$line" "$tmp/m.progress" || { echo "# lost: $line"; exit 1; }
	done || ok=false
done
check "no answer of either file is lost" $ok
check "each answer once" test "$(grep '^attempt' "$tmp/m.progress" | sort | uniq -d | wc -l)" -eq 0
check "in time order" test "$(grep '^attempt' "$tmp/m.progress" | cut -f4)" = "$(grep '^attempt' "$tmp/m.progress" | cut -f4 | sort)"
contains "the lesson: done, best stars, latest position" "$tmp/m.progress" "$(printf 'lesson\tsample\t5\t3\tyes\t2024-05-03T10:00:00Z')"
contains "settings of the file updated last" "$tmp/m.progress" "$(printf 'profile\tAya\tfr\t')"
contains "records of a later tutor are kept" "$tmp/m.progress" "$(printf 'badge\tgold')"
check "the result is private (0600)" test "$(stat -c %a "$tmp/m.progress")" = 600
status "the result is a whole progress file" 0 "$TUTOR" report "$tmp/m.progress"
lacks "... not damaged" "$tmp/err" "damaged"

# Idempotent, and the same either way round.
"$TUTOR" merge "$tmp/m.progress" "$tmp/usb.progress" -o "$tmp/m2.progress" 2>"$tmp/err2"
check "merging the stick again changes nothing" cmp "$tmp/m.progress" "$tmp/m2.progress"
contains "... 0 added" "$tmp/err2" "merged: 0 answers added, 4 were in both"
"$TUTOR" merge "$tmp/m.progress" "$tmp/m.progress" -o "$tmp/m3.progress" 2>/dev/null
check "merging a file with itself changes nothing" cmp "$tmp/m.progress" "$tmp/m3.progress"
"$TUTOR" merge "$tmp/usb.progress" "$tmp/centre.progress" >"$tmp/m4.progress" 2>/dev/null
check "the other way round, to stdout: the same answers" test \
    "$(grep '^attempt' "$tmp/m4.progress")" = "$(grep '^attempt' "$tmp/m.progress")"
cp "$tmp/centre.progress" "$tmp/inplace.progress"
status "-o may be one of the two" 0 "$TUTOR" merge "$tmp/inplace.progress" "$tmp/usb.progress" -o "$tmp/inplace.progress"
check "... merged in place" cmp "$tmp/inplace.progress" "$tmp/m.progress"

# A damaged file: what can be read is merged, and the trainer is told.
head -n 4 "$tmp/usb.progress" >"$tmp/cut.progress"
status "a damaged file is merged" 0 "$TUTOR" merge "$tmp/centre.progress" "$tmp/cut.progress" -o "$tmp/m5.progress"
contains "... with a warning" "$tmp/err" "cut.progress: damaged: the end line is missing; what could be read is merged"
check "... its whole lines are in" test "$(grep -c '^attempt' "$tmp/m5.progress")" -eq 3

# Two names: probably two children.
sed "s/${tab}Aya${tab}/${tab}Omar${tab}/" "$tmp/usb.progress" | head -n -1 >"$tmp/omar.progress"
seal "$tmp/omar.progress"
status "two names are merged" 0 "$TUTOR" merge "$tmp/centre.progress" "$tmp/omar.progress" -o "$tmp/m6.progress"
contains "... with a warning" "$tmp/err" "the names differ ('Aya' and 'Omar')"

printf 'tutor-progress 2\nprofile\tAya\n' >"$tmp/newer.progress"
status "a newer format exits 65" 65 "$TUTOR" merge "$tmp/centre.progress" "$tmp/newer.progress" -o "$tmp/m7.progress"
contains "... and says so" "$tmp/err" "written by a newer tutor"
check "... and writes nothing" test ! -e "$tmp/m7.progress"
printf '\211PNG\r\n' >"$tmp/photo.progress"
status "not a progress file exits 65" 65 "$TUTOR" merge "$tmp/centre.progress" "$tmp/photo.progress"
status "a missing file exits 66" 66 "$TUTOR" merge "$tmp/centre.progress" "$tmp/nothing"
status "one file only exits 64" 64 "$TUTOR" merge "$tmp/centre.progress"
mkfifo "$tmp/fifo"
status "a FIFO is refused, not waited for" 66 "$TUTOR" merge "$tmp/centre.progress" "$tmp/fifo"

# Into a learner of this account.
"$TUTOR" profiles add Aya >/dev/null
status "profiles merge exits 0" 0 "$TUTOR" profiles merge Aya "$tmp/centre.progress"
contains "... says what it did" "$tmp/out" "merged: 3 answers added"
status "... and the stick" 0 "$TUTOR" profiles merge Aya "$tmp/usb.progress"
p=$(ls "$tmp"/data/tutor/profiles/aya-*.progress)
check "the profile has the 5 answers" test "$(grep '^attempt' "$p")" = "$(grep '^attempt' "$tmp/m.progress")"
contains "the profile keeps its name" "$p" "$(printf 'profile\tAya\t')"
status "again: nothing added" 0 "$TUTOR" profiles merge Aya "$tmp/usb.progress"
contains "... 0 added" "$tmp/out" "merged: 0 answers added"
status "an unknown learner exits 65" 65 "$TUTOR" profiles merge Nobody "$tmp/usb.progress"
contains "... and is named" "$tmp/err" "there is no learner named 'Nobody'"
# While a session has the profile open, nothing is merged.
lock=$(ls "$tmp"/data/tutor/profiles/aya-*.lock)
cp "$p" "$tmp/before"
flock -n "$lock" sleep 5 &
sleep 0.5
status "a profile in use exits 65" 65 "$TUTOR" profiles merge Aya "$tmp/omar.progress"
contains "... and says nothing was merged" "$tmp/err" "nothing was merged"
check "... and the profile is as it was" cmp "$p" "$tmp/before"
kill $! 2>/dev/null
wait

done_testing
