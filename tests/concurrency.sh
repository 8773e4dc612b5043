# concurrency.sh: 200 children at once on one machine (tests/sessions.c):
# every session, each in its own pseudo-terminal, works through the test
# lesson by a script of keys; every tenth connection drops halfway (the
# terminal goes away, as when SSH fails), and tutor must save and exit by
# itself. Afterwards every learner's progress file must hold exactly
# their own answers, in order (all of them, or all they saw a verdict for
# before the drop), and nothing else may be in the data directories. The latencies and the memory are
# printed as comments; they are measured, never judged (make
# bench-sessions prints them for the release build). SESSIONS=N changes
# the number.
. "$top_srcdir/tests/lib.sh"
sessions=$top_builddir/tests/sessions
sessions_n=${SESSIONS:-200}
if [ ! -x "$sessions" ]; then
	fail "tests/sessions is built (configure found no libvterm: install libvterm-dev)"
	done_testing
	exit 1
fi
mkdir "$tmp/work"
"$sessions" -n "$sessions_n" "$TUTOR" "$FIXTURES/good" "$tmp/work" >"$tmp/out" 2>"$tmp/err"
rc=$?
sed 's/^/# /' "$tmp/out"
head -c 20000 "$tmp/err" | sed 's/^/#   err| /'
check "the driver exits 0 (every session finished, every file as scripted)" \
    test "$rc" -eq 0
contains "all $sessions_n sessions finished the lesson" "$tmp/out" \
    "finished: $sessions_n of $sessions_n sessions"
contains "every learner's progress is exactly their own answers" "$tmp/out" \
    "progress: $sessions_n of $sessions_n learners exactly as scripted"
check "no answer was lost" awk '/^progress:/ { exit !($9 == $11) }' "$tmp/out"
check "no temporary or damaged file was left" \
    test "$(find "$tmp/work" -type f ! -name '*.progress' ! -name '*.lock' | wc -l)" -eq 0
done_testing
