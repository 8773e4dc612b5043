#!/bin/sh
# bench-ui.sh: what the full-screen interface costs a slow link and a
# small machine, side by side with GNU Typist (Debian's gtypist) measured
# the same way in the same run, at 80x24 in tmux:
#  - bytes written to the terminal: the first screen, per navigation key
#    (Down/Up on a menu), per new screen;
#  - memory of a running session: PSS and private dirty pages
#    (/proc/PID/smaps_rollup), on tutor's home screen (every shipped
#    lesson listed and ready to open) and on gtypist's menu;
#  - instructions from start to the first screen (callgrind, dumped with
#    callgrind_control when the first screen is complete).
# Usage: tests/bench-ui.sh [path/to/tutor]   (`make bench-ui` passes it)
set -u
TUTOR=${1:-tutor/tutor}
TUTOR=$(cd "$(dirname "$TUTOR")" && pwd)/$(basename "$TUTOR")
command -v gtypist >/dev/null || { echo "bench-ui: install gtypist (apt-get install gtypist)"; exit 1; }
command -v tmux >/dev/null || { echo "bench-ui: install tmux"; exit 1; }
tmp=$(mktemp -d)
sock="tutor-bench-$$"
export LC_ALL=C.UTF-8 TERM=xterm-256color
tm() { tmux -u -L "$sock" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

settle() {
	prev=; i=0
	while [ $i -lt 100 ]; do
		cur=$(tm capture-pane -p 2>/dev/null)
		[ -n "$cur" ] && [ "$cur" = "$prev" ] && return 0
		prev=$cur; i=$((i + 1)); sleep 0.15
	done
}
bytes() { wc -c <"$tmp/out" | tr -d ' '; }

# start NAME COMMAND: run COMMAND in a fresh pane whose output is piped
# to $tmp/out from before the program starts.
start() {
	tm kill-server 2>/dev/null
	sleep 0.2
	: >"$tmp/out"
	tm new-session -d -x 80 -y 24 "sleep 0.5; exec $2"
	tm pipe-pane -o "cat >>$tmp/out"
	sleep 0.6
	settle
}

pid_of() { tm list-panes -F '#{pane_pid}'; }

mem() {
	awk '/^Pss:/ {p=$2} /^Private_Dirty:/ {d=$2} END {print p, d}' \
	    "/proc/$(pid_of)/smaps_rollup"
}

# keys_cost KEY N: average bytes per key over N presses.
keys_cost() {
	b0=$(bytes); k=0
	while [ $k -lt "$2" ]; do
		tm send-keys "$1"; settle
		[ "$1" = Down ] && set -- Up "$2" || { [ "$1" = Up ] && set -- Down "$2"; }
		k=$((k + 1))
	done
	echo $(( ($(bytes) - b0) / $2 ))
}

# Programs just built have dirty pages in the page cache, which smaps
# counts as private dirty: write them out first.
sync
# --- tutor: a learner's home menu (the first screen with --profile),
# then a lesson.
start tutor "$TUTOR --lang en --profile Bench --data-dir $tmp/data"
t_first=$(bytes)
set -- $(mem); t_pss=$1; t_dirty=$2
t_key=$(keys_cost Down 10)
# New exercise screens: open the first lesson, answer, go on.
tm send-keys Enter Enter Enter; settle
total=0; n=0
while [ $n -lt 3 ]; do
	tm send-keys 1 Enter; settle
	b0=$(bytes)
	case "$(tm capture-pane -p)" in
	*"Enter next"*) tm send-keys Enter ;;
	*) tm send-keys 2 Enter; settle; tm send-keys 3 Enter; settle
	   b0=$(bytes); tm send-keys Enter ;;
	esac
	settle
	total=$((total + $(bytes) - b0)); n=$((n + 1))
done
t_screen=$((total / n))

# --- gtypist: its series menu, Down/Up, Enter into a series menu.
start gtypist "gtypist"
g_first=$(bytes)
set -- $(mem); g_pss=$1; g_dirty=$2
g_key=$(keys_cost Down 10)
total=0; n=0
while [ $n -lt 3 ]; do
	b0=$(bytes); tm send-keys Enter; settle
	total=$((total + $(bytes) - b0)); n=$((n + 1))
	tm send-keys Escape; settle
done
g_screen=$((total / n))

# --- instructions to the first screen, under callgrind.
instr() {
	start "$1" "valgrind --tool=callgrind --callgrind-out-file=$tmp/cg.$1 $2"
	sleep 1; settle
	callgrind_control -d "$(pid_of)" >/dev/null 2>&1
	sleep 1
	f=$(ls "$tmp"/cg."$1"* 2>/dev/null | grep '\.1$' | head -1)
	[ -z "$f" ] && f=$(ls "$tmp"/cg."$1"* | head -1)
	awk '/^(summary|totals):/ {print $2; exit}' "$f"
}
t_instr=$(instr tutor "$TUTOR --lang en --profile Bench --data-dir $tmp/data")
g_instr=$(instr gtypist "gtypist")

lessons=$("$TUTOR" list | cut -f1 | cut -d/ -f1 | sort -u | wc -l)
printf '\nAt 80x24, TERM=%s, %s shipped lessons loaded (%s)\n\n' "$TERM" "$lessons" "$(date -u +%Y-%m-%d)"
printf '%-36s %14s %14s %10s\n' "measure" "tutor" "gtypist 2.9.5" "ratio"
row() { printf '%-36s %14s %14s %10s\n' "$1" "$2" "$3" "$(awk -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"; }
row "bytes, first screen" "$t_first" "$g_first"
row "bytes per navigation key" "$t_key" "$g_key"
row "bytes per new screen" "$t_screen" "$g_screen"
row "memory PSS (KiB)" "$t_pss" "$g_pss"
row "memory private dirty (KiB)" "$t_dirty" "$g_dirty"
row "instructions to first screen" "$t_instr" "$g_instr"
printf '\ntargets: bytes per key and per screen <= gtypist; private dirty <= 0.8 x gtypist; fewer instructions\n'
