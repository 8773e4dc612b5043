# lib.sh: TAP helpers for the shell tests. Source it, call the checks,
# end with `done_testing`.
n=0
failed=0

pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

# check NAME COMMAND...: passes when the command succeeds.
check() {
	name=$1; shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# contains NAME FILE TEXT: the file contains the fixed text.
contains() {
	if grep -qF -- "$3" "$2"; then pass "$1"; else
		fail "$1"; echo "#   '$3' not in $2:"; sed 's/^/#   | /' "$2" | head -40
	fi
}

# lacks NAME FILE TEXT: the file does not contain the text.
lacks() {
	if grep -qF -- "$3" "$2"; then
		fail "$1"; echo "#   '$3' found in $2"
	else pass "$1"; fi
}

# status NAME WANT COMMAND...: the command exits with WANT.
status() {
	name=$1; want=$2; shift 2
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$name"; else
		fail "$name (exit $got, want $want)"
		sed 's/^/#   err| /' "$tmp/err" | head -20
	fi
}

# Under make check-valgrind, $TUTOR runs tutor under valgrind's memcheck
# (tests/valgrind_tutor.c), which writes a report for each process into
# $TUTOR_VALGRIND_LOGS: done_testing reads them, as one more test. A test
# whose tutor may still run when it ends (in tmux) names, in stop_tutor,
# the command that ends it.
stop_tutor=:
vg_dirs=

# install_tutor FILE: a copy of the program at FILE, for other accounts
# to run. Under valgrind, a copy of the wrapper, the program beside it
# (FILE.real) and a directory every account may write its reports to.
install_tutor() {
	cp "$TUTOR" "$1" || return 1
	[ -n "${TUTOR_VALGRIND_LOGS:-}" ] || return 0
	cp "$TUTOR_BINARY" "$1.real" || return 1
	if [ -f "$top_srcdir/tests/valgrind.supp" ]; then
		cp "$top_srcdir/tests/valgrind.supp" "$1.supp" || return 1
	fi
	mkdir -m 1777 "$1.valgrind" || return 1
	vg_dirs="$vg_dirs $1.valgrind"
}

# valgrind_reports: wait (at most a minute) for the tutors that are still
# running, then pass when every report says "0 errors".
valgrind_reports() {
	$stop_tutor
	i=0
	while [ $i -lt 600 ]; do
		busy=
		for d in "$TUTOR_VALGRIND_LOGS" $vg_dirs; do
			for f in "$d"/vg.*.log; do
				[ -f "$f" ] || continue
				grep -q '== ERROR SUMMARY:' "$f" && continue
				p=${f##*/vg.}
				kill -0 "${p%.log}" 2>/dev/null && busy=1
			done
		done
		[ -z "$busy" ] && break
		i=$((i + 1)); sleep 0.1
	done
	# The copies' reports are kept with the others.
	for d in $vg_dirs; do
		cp "$d"/vg.*.log "$TUTOR_VALGRIND_LOGS"/ 2>/dev/null
	done
	runs=0 bad=0
	for f in "$TUTOR_VALGRIND_LOGS"/vg.*.log; do
		[ -f "$f" ] || continue
		runs=$((runs + 1))
		grep -q '== ERROR SUMMARY: 0 errors' "$f" && continue
		bad=$((bad + 1))
		echo "# $f:"
		grep -q '== ERROR SUMMARY:' "$f" ||
		    echo "#   (no summary: tutor was killed, or still runs)"
		sed 's/^/#   /' "$f" | sed 100q
	done
	if [ "$runs" -eq 0 ]; then
		fail "valgrind: no report in $TUTOR_VALGRIND_LOGS"
	elif [ "$bad" -gt 0 ]; then
		fail "valgrind: memory errors or leaks in $bad of $runs runs of tutor"
	else
		pass "valgrind: $runs runs of tutor, no memory error or leak"
	fi
}

done_testing() {
	[ -n "${TUTOR_VALGRIND_LOGS:-}" ] && valgrind_reports
	echo "1..$n"
	[ "$failed" -eq 0 ]
}

: "${TUTOR:?TUTOR must name the tutor program}"
: "${top_srcdir:?}"
: "${FIXTURES:=$top_srcdir/tests/fixtures}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tutor-test.XXXXXX")
if [ -n "${TUTOR_VALGRIND_LOGS:-}" ]; then
	rm -rf "$TUTOR_VALGRIND_LOGS"
	mkdir -p "$TUTOR_VALGRIND_LOGS" || exit 1
fi
trap 'rm -rf "$tmp"' EXIT
# Learners' progress goes to this test's own directory.
XDG_DATA_HOME="$tmp/data"; export XDG_DATA_HOME
