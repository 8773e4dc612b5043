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

done_testing() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}

: "${TUTOR:?TUTOR must name the tutor program}"
: "${top_srcdir:?}"
: "${FIXTURES:=$top_srcdir/tests/fixtures}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tutor-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Learners' progress goes to this test's own directory.
XDG_DATA_HOME="$tmp/data"; export XDG_DATA_HOME
