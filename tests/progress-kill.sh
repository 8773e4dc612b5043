# progress-kill.sh: kill -9 at random moments while answers are being
# saved as fast as the disk allows. After every kill the file must read
# cleanly (no damage at all) and hold every answer whose save had been
# acknowledged; the temporary files that kills leave behind must be
# removed by the next session. PROGRESS_KILL_ROUNDS sets the number of
# rounds (200 here, 1,000 with `make stress`).
. "$top_srcdir/tests/progress-lib.sh"

rounds=${PROGRESS_KILL_ROUNDS:-200}
data=$tmp/data
id=$("$tool" "$data" create "Kill Test")
dir=$data/profiles
: >"$tmp/acked"

# How long the tool takes to start and save once (longer under ASan):
# the kills come at random within that time plus 25 ms, so that most
# land while answers are being saved, and some while it starts.
t0=$(now_ms)
"$tool" "$data" add "$id" 1 >/dev/null
span=$(($(now_ms) - t0 + 25))
random_delay() {
	r=$(od -An -N2 -tu2 /dev/urandom)
	r=$((r % span))
	printf '%d.%03d' $((r / 1000)) $((r % 1000))
}

start=$(now_ms)
r=0 damaged=0 lost=0 stale=0 empty=0
while [ "$r" -lt "$rounds" ]; do
	r=$((r + 1))
	"$tool" "$data" run "$id" "r$r" >"$tmp/round" 2>"$tmp/round.err" &
	pid=$!
	sleep "$(random_delay)"
	kill -9 "$pid"
	wait "$pid" 2>/dev/null
	sed -n 's/^ack //p' "$tmp/round" >>"$tmp/acked"
	grep -q '^ack ' "$tmp/round" || empty=$((empty + 1))
	# A kill in the middle of a save leaves its temporary file.
	[ -n "$(ls -A "$dir" | grep -e '\.tmp-')" ] && stale=$((stale + 1))
	if ! attempts "$id" >"$tmp/have"; then
		damaged=$((damaged + 1))
		[ "$damaged" -eq 1 ] && sed 's/^/#   | /' "$tmp/check" | tail -5
	fi
	# Every answer acknowledged so far, in this round or before.
	missing=$(grep -cvxFf "$tmp/have" "$tmp/acked")
	lost=$((lost + missing))
done
elapsed=$(($(now_ms) - start))
acks=$(wc -l <"$tmp/acked")

echo "# $rounds kills (at 0 to $span ms) in $elapsed ms: $acks answers" \
    "acknowledged, $stale kills left a temporary file, $empty came" \
    "before any save"
check "$rounds kills: the file always read cleanly ($damaged damaged)" \
    test "$damaged" -eq 0
check "every acknowledged answer survived ($acks, $lost lost)" \
    test "$lost" -eq 0
check "kills came while answers were being saved" \
    test "$acks" -gt 0 -a "$stale" -gt 0
"$tool" "$data" add "$id" 1 >"$tmp/out"
check "the next session removes stale temporary files" \
    test -z "$(ls -A "$dir" | grep -e '\.tmp-')"
check "and saves" grep -q '^saved ' "$tmp/out"
check "a file that reads cleanly" reads_cleanly "$id"

done_testing
