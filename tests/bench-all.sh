#!/bin/sh
# bench-all.sh: every benchmark, one table (`make bench`). Each part is
# its own command, run here one after the other on a quiet machine, and
# each figure is printed beside the reference it is measured against:
# GNU Typist measured in the same run, or the target the project set.
#   1. the interface beside GNU Typist (tests/bench-ui.sh);
#   2. 200 sessions at once (tests/sessions);
#   3. `tutor check` over 10,000 generated exercises (tests/bench-check.sh);
#   4. verdicts per second and the worst verdict under adversarial
#      patterns (tests/bench_verdict);
#   5. hostile lesson files (tests/bench_hostile);
#   6. `tutor report` over 200,000 generated learners (tests/bench-report.sh).
# The parts' own output is kept in BENCH_LOG (default: a temporary
# directory, removed at the end; with BENCH_REUSE=1 the parts already
# there are not run again) and a part that fails is named, not hidden. Nothing is asserted: the numbers depend on the machine.
# Usage: tests/bench-all.sh BUILDDIR SRCDIR
set -u
b=${1:-.}
s=${2:-.}
b=$(cd "$b" && pwd)
s=$(cd "$s" && pwd)
export LC_ALL=C.UTF-8
if [ -n "${BENCH_LOG:-}" ]; then
	log=$BENCH_LOG; mkdir -p "$log"
else
	log=$(mktemp -d "${TMPDIR:-/tmp}/tutor-bench.XXXXXX")
	trap 'rm -rf "$log"' EXIT
fi
failed=""
part() {
	name=$1; shift
	# BENCH_REUSE=1 with BENCH_LOG: print the table of an earlier run.
	[ -n "${BENCH_REUSE:-}" ] && [ -s "$log/$name" ] && return
	printf 'bench: %s ...\n' "$name" >&2
	t0=$(date +%s)
	"$@" >"$log/$name" 2>&1 || failed="$failed $name"
	printf 'bench: %s took %s s\n' "$name" "$(($(date +%s) - t0))" >&2
}

part ui sh "$s/tests/bench-ui.sh" "$b/tutor/tutor"
mkdir -p "$log/sessions.d"
part sessions "$b/tests/sessions" -n "${BENCH_SESSIONS:-200}" "$b/tutor/tutor" \
    "$s/tests/fixtures/good" "$log/sessions.d"
rm -rf "$log/sessions.d"
part check sh "$s/tests/bench-check.sh" "$b/tutor/tutor" "$b/tests/gen_lessons" \
    "${BENCH_EXERCISES:-10000}"
"$b/tests/gen_lessons" -s 1 "$log/lessons" "${BENCH_EXERCISES:-10000}" >/dev/null
part verdict "$b/tests/bench_verdict" -e "$s/exercises" -a "$s/tests/answers" \
    -g "$log/lessons"
rm -rf "$log/lessons"
part hostile sh "$s/tests/bench-hostile.sh" "$b/tutor/tutor" "$b/tests/bench_hostile" "$s" 5
part report sh "$s/tests/bench-report.sh" "$b/tutor/tutor" "$b/tests/gen_progress" \
    "${BENCH_LEARNERS:-200000}"

# ui ROW-LABEL COLUMN: a figure of bench-ui's table (2 tutor, 3 gtypist).
ui() {
	awk -v l="$1" -v c="$2" 'index($0, l) == 1 {
		n = split(substr($0, length(l) + 1), f, " ")
		if (c - 1 <= n) print f[c - 1]; exit }' "$log/ui"
}
# line PART PREFIX: the summary line of a part, without its prefix.
line() { sed -n "s/^$2 *//p" "$log/$1" | tail -n 1; }
# field TEXT WORDS: the first number after the first WORDS in TEXT (after
# its start when WORDS is empty).
field() {
	printf '%s\n' "$1" | awk -v k="$2" '{
		i = k == "" ? 1 : index($0, k); if (i == 0) exit
		t = substr($0, i + length(k))
		if (match(t, /[0-9][0-9.]*/)) print substr(t, RSTART, RLENGTH); exit }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b + 0 > 0) printf "%.2f", a / b; else print "-" }'; }
millions() { awk -v a="$1" 'BEGIN { if (a != "") printf "%.1f M", a / 1e6; else print "-" }'; }

row() { printf '%-44s %14s %16s  %s\n' "$1" "$2" "$3" "$4"; }
rule() { printf '%s\n' "--------------------------------------------------------------------------------------------"; }

printf '\ntutor %s, %s, %s CPUs, %s, %s\n\n' \
    "$("$b/tutor/tutor" --version 2>/dev/null | head -n 1 | awk '{print $NF}')" \
    "$(uname -m)" "$(nproc 2>/dev/null || echo '?')" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)" \
    "$(date -u +%Y-%m-%d)"
row "measure" "tutor" "reference" "reference is"
rule
ti=$(ui "instructions to first screen" 2); gi=$(ui "instructions to first screen" 3)
row "instructions, start to first screen" "$(millions "$ti")" "$(millions "$gi")" \
    "GNU Typist, same run (ratio $(ratio "$ti" "$gi"))"
for m in "memory PSS (KiB)" "memory private dirty (KiB)" "bytes, first screen" \
    "bytes per navigation key" "bytes per new screen"; do
	t=$(ui "$m" 2); g=$(ui "$m" 3)
	row "$m" "${t:--}" "${g:--}" "GNU Typist, same run (ratio $(ratio "$t" "$g"))"
done
rule
lat=$(line sessions latency:); mem=$(line sessions memory:)
fin=$(line sessions finished:); prog=$(line sessions progress:)
row "200 sessions: key to screen, median (ms)" "$(field "$lat" median)" "100" \
    "feels instant (0.1 s)"
row "200 sessions: key to screen, p99 (ms)" "$(field "$lat" p99)" "100" \
    "feels instant (0.1 s)"
row "200 sessions: start to first screen p99 (ms)" \
    "$(field "$(line sessions start:)" p99)" "1000" "keeps the flow (1 s)"
row "200 sessions: memory together, PSS (MiB)" \
    "$(awk -v k="$(field "$mem" PSS)" 'BEGIN { if (k != "") printf "%.0f", k / 1024 }')" \
    "$(awk -v g="$(ui "memory PSS (KiB)" 3)" 'BEGIN { if (g != "") printf "%.0f", g * 200 / 1024 }')" \
    "200 x one GNU Typist's PSS"
row "200 sessions: memory per session, PSS (KiB)" \
    "$(field "$mem" "KiB (")" "$(ui "memory PSS (KiB)" 3)" "one GNU Typist alone"
row "200 sessions: progress exactly as scripted" "$(field "$prog" "")" \
    "$(field "$prog" "of")" "learners ($(field "$fin" "keys, ") cut off halfway)"
rule
chk=$(line check check:)
row "tutor check, 10,000 exercises (s)" "$(field "$chk" "exercises in")" "10" \
    "target (docs/performance.md)"
row "tutor check, exercises per second" "$(field "$chk" "s (")" "1000" "target"
vd=$(line verdict verdicts:)
row "verdicts per second (one core)" "$(field "$vd" "")" "-" \
    "realistic answers, shipped lessons"
row "verdicts per second, generated exercises" "$(field "$vd" "generated")" "-" ""
row "slowest realistic verdict (ms)" "$(field "$vd" "worst realistic")" "5" "target"
hv=$(line verdict hostile:)
row "worst verdict, adversarial patterns (ms)" "$(field "$hv" worst)" "5" \
    "target; PCRE2's defaults: $(field "$hv" "defaults worst") ms"
hs=$(line hostile hostile:)
row "hostile lesson files: worst time to error (ms)" "$(field "$hs" worst)" "10" \
    "target; $(over=$(sed -n 's/^\([0-9]*\) of [0-9]* hostile files over.*/\1/p' "$log/hostile" | tail -n 1); echo "${over:-0}") of $(field "$hs" "") files over it"
rule
rep_s=$(sed -n 's/^tutor report --format csv (s) *\([0-9.]*\).*/\1/p' "$log/report")
rep_m=$(sed -n 's/^peak memory, RSS (MB) *\([0-9.]*\).*/\1/p' "$log/report")
row "tutor report, 200,000 learners (s)" "${rep_s:--}" "10" "target (docs/reports.md)"
row "tutor report, 200,000 learners, peak RSS (MB)" "${rep_m:--}" "-" ""
rule
if [ -n "$failed" ]; then
	printf '\nparts that failed:%s (their output is in %s)\n' "$failed" "$log"
	trap - EXIT
	exit 1
fi
