# ui-lib.sh: golden-screen tests in the manner of tmux's regress suite.
# tutor runs inside a private tmux server at a fixed size; keys are sent
# with send-keys; the screen is read with capture-pane and compared with
# a file under tests/golden/. GENERATE=1 writes the golden files instead
# (then read them: a golden file is a claim about what a child sees).
. "$top_srcdir/tests/lib.sh"

golden="$top_srcdir/tests/golden"
sockn=0
sock="tutor-ui-$$-$sockn"
export LC_ALL=C.UTF-8
tm() { tmux -u -L "$sock" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
# Under valgrind, tutor's memory is checked when it exits: done_testing
# ends the last one (lib.sh).
ui_stop() { tm kill-server 2>/dev/null; }
stop_tutor=ui_stop
# TUTOR_TEST_SLOW=N: tutor runs about N times slower than usual (make
# check-valgrind sets 10): the screen must stay the same N times longer
# to be taken as settled, and every wait is N times longer.
slow=${TUTOR_TEST_SLOW:-1}

# ui_start COLS ROWS COMMAND...: start tutor in a new tmux server. The
# command runs under `env`, so it may begin with VAR=value words.
ui_start() {
	cols=$1; rows=$2; shift 2
	# A new server each time: a server being killed may still hold
	# its socket.
	tm kill-server 2>/dev/null
	sockn=$((sockn + 1)); sock="tutor-ui-$$-$sockn"
	printf '%s\n' "$@" >"$tmp/cmd"
	tm new-session -d -x "$cols" -y "$rows" \
	    "env $* ; echo \"[exit \$?]\"; sleep 60" || fail "tmux starts"
	settle
}

screen() { tm capture-pane -p 2>/dev/null; }

# settle: wait until the screen stops changing (two equal reads 100 ms
# apart; N+1 reads under TUTOR_TEST_SLOW=N), at most 10 s (N times 10 s):
# slow machines and sanitizer builds need it.
settle() {
	prev=; i=0; same=0
	while [ $i -lt $((100 * slow)) ]; do
		cur=$(screen)
		if [ -n "$cur" ] && [ "$cur" = "$prev" ]; then
			same=$((same + 1))
			[ $same -ge "$slow" ] && return 0
		else
			same=0
		fi
		prev=$cur; i=$((i + 1)); sleep 0.1
	done
}

# wait_for TEXT: wait until the screen shows TEXT (at most 10 s, or N
# times 10 s).
wait_for() {
	i=0
	while [ $i -lt $((100 * slow)) ]; do
		screen | grep -qF -- "$1" && { settle; return 0; }
		i=$((i + 1)); sleep 0.1
	done
	return 1
}

# keys KEY...: send keys (tmux key names: Enter, Escape, Up, BSpace...).
keys() { tm send-keys "$@"; settle; }
# type TEXT: send literal text.
type_text() { tm send-keys -l "$1"; settle; }

# snap NAME: the screen must equal tests/golden/NAME.txt.
snap() {
	screen >"$tmp/$1.txt"
	if [ "${GENERATE:-0}" = 1 ]; then
		cp "$tmp/$1.txt" "$golden/$1.txt"
		pass "$1 (generated)"
	elif cmp -s "$tmp/$1.txt" "$golden/$1.txt"; then
		pass "screen $1"
	else
		fail "screen $1"
		diff -u "$golden/$1.txt" "$tmp/$1.txt" | sed 's/^/#   /' | head -60
	fi
}

# cursor_at NAME X Y: the terminal's cursor is at column X, row Y
# (from 0), where the child types.
cursor_at() {
	got=$(tm display-message -p '#{cursor_x} #{cursor_y}')
	if [ "$got" = "$2 $3" ]; then pass "$1"; else
		fail "$1 (cursor at $got, want $2 $3)"
	fi
}

# shows NAME TEXT: the screen shows TEXT.
shows() {
	if screen | grep -qF -- "$2"; then pass "$1"; else
		fail "$1"; screen | sed 's/^/#   | /'
	fi
}

# The interface checks the size at least twice a second.
# hides NAME TEXT: the screen does not show TEXT.
hides() {
	if screen | grep -qF -- "$2"; then
		fail "$1"; screen | sed 's/^/#   | /'
	else pass "$1"; fi
}

resize() { tm resize-window -x "$1" -y "$2"; sleep 0.7; settle; }
