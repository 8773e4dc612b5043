# progress-signal.sh: SIGTERM and SIGHUP (an SSH connection that drops)
# while a child works: progress is saved and the program ends (the time
# it took is printed: a few milliseconds; the test allows 10 s so that a
# loaded machine does not make it flaky). Then the real thing: tutor on a pseudo-terminal (script(1))
# whose other end goes away, with SIGHUP caught, and with SIGHUP ignored
# as under nohup, where only the dead terminal tells: the program must
# notice it, save and end, never spin.
. "$top_srcdir/tests/progress-lib.sh"

data=$tmp/data
id=$("$tool" "$data" create "Signal Test")

# stopped_within FILE TEXT MS: TEXT appears in FILE within MS ms.
stopped_within() {
	t0=$(now_ms)
	wait_for "$1" "$2" $(($3 / 100 + 1))
	st=$?
	elapsed=$(($(now_ms) - t0))
	return $st
}

for sig in TERM HUP; do
	"$tool" "$data" run "$id" "$sig" >"$tmp/run" 2>&1 &
	pid=$!
	bg_pids="$bg_pids $pid"
	wait_for "$tmp/run" "ack $sig-5"
	kill -"$sig" "$pid"
	if stopped_within "$tmp/run" "stopped by SIG$sig" 10000; then
		pass "SIG$sig: saved and stopped in $elapsed ms"
	else
		fail "SIG$sig: saved and stopped (not within 10 s)"
		kill -9 "$pid"
	fi
	wait "$pid"
	check "SIG$sig: exit status 0" test $? -eq 0
	lacks "SIG$sig: nothing failed" "$tmp/run" "not saved"
	sed -n 's/^ack //p' "$tmp/run" | sort >"$tmp/acked"
	attempts "$id" | sort >"$tmp/have"
	check "SIG$sig: the file reads cleanly" reads_cleanly "$id"
	check "SIG$sig: every acknowledged answer is in it" \
	    test -z "$(comm -23 "$tmp/acked" "$tmp/have")"
done

# script(1) gives the tool a terminal; killing script closes its master
# side, and the kernel hangs the terminal up. The tool waits for input
# with a PIN set but not yet saved: only the save on hang-up keeps it.
# script's own input is a FIFO that stays open, so that it never sees
# an end of input.
mkfifo "$tmp/in"
exec 4<>"$tmp/in"
pty() {
	: >"$tmp/log"
	script -qec "$1 exec '$tool' '$data' wait '$id' '$2' '$tmp/log'" \
	    /dev/null <"$tmp/in" >/dev/null 2>&1 &
	spid=$!
	bg_pids="$bg_pids $spid"
	wait_for "$tmp/log" ready
}

pty "" "★☂"
check "pty: the tool is waiting for the child" grep -q ready "$tmp/log"
kill -9 "$spid"
wait "$spid" 2>/dev/null
if stopped_within "$tmp/log" "saved after" 10000; then
	pass "pty hang-up: saved in $elapsed ms"
else
	fail "pty hang-up: saved (not within 10 s)"
fi
contains "pty hang-up: through SIGHUP" "$tmp/log" "saved after SIGHUP"
check "pty hang-up: the PIN set just before is saved" \
    "$tool" "$data" pin "$id" "★☂"

pty "trap '' HUP;" "◆"
kill -9 "$spid"
wait "$spid" 2>/dev/null
if stopped_within "$tmp/log" "saved after" 10000; then
	pass "pty hang-up, SIGHUP ignored: saved in $elapsed ms"
else
	fail "pty hang-up, SIGHUP ignored: saved (not within 10 s)"
fi
contains "SIGHUP ignored: the dead terminal is noticed" "$tmp/log" \
    "saved after the terminal went away"
check "SIGHUP ignored: the PIN is saved" "$tool" "$data" pin "$id" "◆"
sleep 0.2
check "SIGHUP ignored: the tool is gone, not spinning" \
    test -z "$(ps -eo pid,args | grep -F -e "$tmp/log" | grep -v grep)"
exec 4>&-

done_testing
