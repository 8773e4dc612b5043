# progress-lib.sh: what the progress shell tests share. Source it after
# setting nothing; it sources lib.sh (TAP helpers, $tmp).
. "$top_srcdir/tests/lib.sh"
: "${top_builddir:?top_builddir must name the build tree}"
tool=$top_builddir/tests/progress_tool
shim=$top_builddir/tests/failshim.so
# ASan wants its runtime first in the list of libraries; with the shim
# preloaded it is second, which works when ASan is told not to check.
shim_asan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# wait_for FILE TEXT [TENTHS]: until FILE contains TEXT (default 5 s).
wait_for() {
	i=0
	while ! grep -qF -- "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		[ "$i" -gt "${3:-300}" ] && return 1
		sleep 0.1
	done
	return 0
}

# attempts ID: the exercises of every answer in the profile's file, one
# a line; fails unless the file reads cleanly.
attempts() {
	"$tool" "$data" check "$1" >"$tmp/check" 2>&1
	st=$?
	sed -n 's/^attempt private-info //p' "$tmp/check"
	return $st
}

# reads_cleanly ID: the profile's file reads with no damage at all.
reads_cleanly() { attempts "$1" >/dev/null; }

# Processes started in the background, killed (by pid) if still there.
bg_pids=
cleanup_bg() {
	for p in $bg_pids; do kill -9 "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup_bg EXIT
