#!/bin/sh
# bench-check.sh: how long `tutor check` takes over N generated exercises
# (10,000 by default) and how much memory it needs. tests/gen_lessons
# writes them into a temporary directory (100 to a lesson file, every
# kind, about 9 example answers an exercise, which check runs), removed
# at the end. `tutor check DIR` runs BENCH_RUNS times (3) and the best
# wall time counts; `tutor list` over the same lessons (loading them
# without the self-tests) runs as many times, to tell loading from
# self-testing. The check must pass (exit 0, and the counts the generator
# printed), or nothing is reported: a benchmark of error paths is worth
# nothing. The target, 10 s for 10,000 exercises, is how long a trainer
# would wait; it is printed beside the figure, never asserted.
# Usage: tests/bench-check.sh [path/to/tutor] [path/to/gen_lessons] [N]
#   (`make bench-check` passes them; BENCH_EXERCISES=N changes N)
# The last line is the summary, for scripts:
#   check: N exercises in S s (E exercises/s), A example answers (R
#   answers/s), peak RSS M MB
set -u
TUTOR=${1:-tutor/tutor}
GEN=${2:-tests/gen_lessons}
N=${3:-10000}
RUNS=${BENCH_RUNS:-3}
export LC_ALL=C.UTF-8
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tutor-bench-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
counts() {
	grep -oE '[0-9]+ lessons, [0-9]+ exercises, [0-9]+ example answers' "$1"
}
if [ -x /usr/bin/time ] && /usr/bin/time -v -o "$tmp/time" true 2>/dev/null; then
	how="/usr/bin/time -v"
else
	how="/proc/PID/status VmHWM, sampled"
fi

# timed COMMAND...: run it, output in $tmp/out and $tmp/err; sets rc,
# secs (wall, two decimals) and rss_kb (peak resident set).
timed() {
	t0=$(now)
	if [ "$how" = "/usr/bin/time -v" ]; then
		/usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		secs=$(since "$t0")
		rss_kb=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$tmp/time")
		return
	fi
	"$@" >"$tmp/out" 2>"$tmp/err" &
	pid=$!
	rss_kb=0
	while kill -0 "$pid" 2>/dev/null; do
		v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
		[ -n "$v" ] && rss_kb=$v
		sleep 0.02
	done
	wait "$pid"
	rc=$?
	secs=$(since "$t0")
}

# best RUNS COMMAND...: the best wall time of several runs in $best, the
# highest peak RSS in $best_rss, every time in $all; stops at a failure.
best() {
	best=; best_rss=0; all=; i=0
	while [ "$i" -lt "$RUNS" ]; do
		timed "$@"
		[ "$rc" -eq 0 ] || return 1
		all="$all $secs"
		best=$(awk -v a="$best" -v b="$secs" 'BEGIN { print (a == "" || b < a) ? b : a }')
		[ "${rss_kb:-0}" -gt "$best_rss" ] && best_rss=$rss_kb
		i=$((i + 1))
	done
}

printf 'generating %s exercises in %s ...\n' "$N" "$tmp/lessons"
t0=$(now)
"$GEN" -s 1 "$tmp/lessons" "$N" >"$tmp/gen.out" || exit 1
gen_s=$(since "$t0")
cat "$tmp/gen.out"
want=$(counts "$tmp/gen.out")
files=$(ls "$tmp/lessons"/gen-*.yaml | wc -l)
size_kb=$(du -sk --apparent-size "$tmp/lessons" | cut -f1)
answers=$(echo "$want" | sed 's/.* exercises, //; s/ example answers//')

# The files were just written, so the page cache has them, as it has a
# trainer's lessons that were just edited.
sync
if ! best "$TUTOR" check "$tmp/lessons"; then
	printf 'bench-check: tutor check failed (exit %s) on the generated lessons:\n' "$rc"
	head -n 20 "$tmp/err"
	tail -n 1 "$tmp/out"
	exit 1
fi
got=$(counts "$tmp/out")
if ! grep -q 'all good' "$tmp/out" || [ "$got" != "$want" ]; then
	printf 'bench-check: tutor check counted "%s", gen_lessons wrote "%s"\n' "$got" "$want"
	exit 1
fi
check_s=$best check_rss=$best_rss check_all=$all
best "$TUTOR" --exercises "$tmp/lessons" list || {
	echo "bench-check: tutor list failed (exit $rc)"; head -n 5 "$tmp/err"; exit 1
}
list_s=$best

rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }
ex_rate=$(rate "$N" "$check_s")
ans_rate=$(rate "$answers" "$check_s")
self_s=$(awk -v a="$check_s" -v b="$list_s" 'BEGIN { d = a - b; printf "%.2f", (d > 0 ? d : 0) }')
self_rate=$(rate "$answers" "$self_s")
rss_mb=$(awk -v k="$check_rss" 'BEGIN { printf "%.1f", k / 1024 }')

printf '\n%s exercises in %s lesson files, %s MB, generated in %s s\n' \
    "$N" "$files" "$((size_kb / 1024))" "$gen_s"
printf 'tutor check: %s: all good (exit 0 in each of the %s runs)\n\n' "$got" "$RUNS"
printf '%-44s %10s %12s\n' "measure" "measured" "target"
printf '%-44s %10s %12s\n' "tutor check DIR, best of $RUNS (s)" "$check_s" "< 10"
printf '%-44s %10s %12s\n' "  loading only: tutor list, best of $RUNS (s)" "$list_s" "-"
printf '%-44s %10s %12s\n' "  self-tests: the difference (s)" "$self_s" "-"
printf '%-44s %10s %12s\n' "exercises checked per second" "$ex_rate" "> 1000"
printf '%-44s %10s %12s\n' "example answers per second, whole check" "$ans_rate" "-"
printf '%-44s %10s %12s\n' "example answers per second, self-tests only" "$self_rate" "-"
printf '%-44s %10s %12s\n' "peak memory, RSS (MB)" "$rss_mb" "-"
printf '\n(check runs:%s s; memory from %s; %s, %s CPUs)\n' \
    "$check_all" "$how" "$(uname -m)" "$(nproc 2>/dev/null || echo '?')"
printf 'check: %s exercises in %s s (%s exercises/s), %s example answers (%s answers/s), peak RSS %s MB\n' \
    "$N" "$check_s" "$ex_rate" "$answers" "$ans_rate" "$rss_mb"
