# kiosk.sh: tutor as a child account's login shell or sshd ForceCommand
# (docs/trainers.md), in the line mode: a command passed with -c is
# never run, Ctrl-C, Ctrl-\ and Ctrl-Z (SIGINT, SIGQUIT, SIGTSTP) do not
# stop a kiosk session, the time limit ends it with the hand-over message
# and the work saved, no other program is ever started, and the site's
# tutor.conf sets the class directory. The full-screen side is
# ui-kiosk.sh; other accounts are shared-server.sh.
. "$top_srcdir/tests/lib.sh"
good="$FIXTURES/good"
marker="$tmp/marker"
handover="Time is up. Your work is saved. Please let the next child sit down."

# as_login ARGV0 ARG...: run tutor with another argv[0], as login(1) and
# sshd do ("-tutor" for a login shell).
as_login() { bash -c 'exec -a "$1" "$0" "${@:2}"' "$TUTOR" "$@"; }

# wait_text FILE TEXT: wait until FILE holds TEXT (at most 20 s).
wait_text() {
	i=0
	while [ $i -lt 200 ]; do
		grep -qF -- "$2" "$1" 2>/dev/null && return 0
		i=$((i + 1)); sleep 0.1
	done
	return 1
}

# A shell starts background jobs with SIGINT and SIGQUIT ignored: $bg
# puts them back to their default actions, so that what ignores them
# is tutor's kiosk mode.
bg="env --default-signal=INT,QUIT,TSTP"

# watchdog PID: kill -9 PID if it runs for more than 60 s (so that a
# stopped or hung tutor fails the test instead of hanging it).
watchdog() {
	( i=0
	  while [ $i -lt 600 ] && kill -0 "$1" 2>/dev/null; do
		sleep 0.1; i=$((i + 1))
	  done
	  kill -KILL "$1" 2>/dev/null ) >/dev/null 2>&1 &
}

# proc_state PID: R, S, T (stopped)... from /proc (procps may be absent).
proc_state() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1; }

# A command passed to the login shell: refused, never run.
status "-tutor -c CMD (su - child -c CMD) exits 64" 64 as_login -tutor -c "touch $marker"
contains "and says why" "$tmp/err" "does not run commands"
check "the command did not run" test ! -e "$marker"
status "tutor -c CMD (ssh child@server CMD) exits 64" 64 "$TUTOR" -c "touch $marker"
check "the command did not run" test ! -e "$marker"
status "a shell as the command is refused" 64 "$TUTOR" -c "sh -c 'touch $marker'"
status "tutor followed by a command is refused" 64 "$TUTOR" -c "$TUTOR; touch $marker"
status "sftp through the login shell is refused" 64 "$TUTOR" -c /usr/lib/openssh/sftp-server
check "no command ran" test ! -e "$marker"
status "a login shell takes no options" 64 as_login -tutor --data-dir "$tmp/elsewhere"
check "and made nothing" test ! -e "$tmp/elsewhere"

# ForceCommand /usr/bin/tutor with tutor as the login shell: sshd runs
# `tutor -c /usr/bin/tutor`, and tutor starts itself in kiosk mode.
printf '%s\n' Aya quit | "$TUTOR" -c "$TUTOR_BINARY" >"$tmp/out" 2>&1
check "tutor -c <tutor's own path> starts tutor" test $? -eq 0
contains "it asks who is learning" "$tmp/out" "Who are you?"
ln -s "$TUTOR_BINARY" "$tmp/tutor-link"
printf '%s\n' Aya quit | "$TUTOR" -c "$tmp/tutor-link" >"$tmp/out" 2>&1
contains "through a link to it too" "$tmp/out" "Who are you?"
printf '%s\n' 1 quit | as_login -tutor >"$tmp/out" 2>&1
check "-tutor (a login) starts tutor" test $? -eq 0
contains "it lists the account's learners" "$tmp/out" "  1. Aya"

# The signals of Ctrl-C, Ctrl-\ and Ctrl-Z, sent to a kiosk session
# waiting for a line: it is not stopped and goes on reading.
mkfifo "$tmp/in"
$bg "$TUTOR" --kiosk --plain --exercises "$good" --lang en --profile Nadia \
    --lesson sample <"$tmp/in" >"$tmp/k.out" 2>&1 &
pid=$!
exec 8>"$tmp/in"
watchdog $pid
check "the kiosk session starts" wait_text "$tmp/k.out" "Press Enter to start"
kill -INT $pid; kill -QUIT $pid; kill -TSTP $pid
sleep 0.5
check "SIGINT, SIGQUIT and SIGTSTP do not end it" kill -0 $pid
state=$(proc_state $pid)
check "nor stop it (state $state)" test "$state" != T
printf '\n1\n' >&8
check "it goes on reading answers" wait_text "$tmp/k.out" "(+) Right!"
kill -INT $pid; kill -TSTP $pid
printf 'quit\n' >&8
exec 8>&-
wait $pid
check "and ends with 0 when the child quits" test $? -eq 0
f=$(ls "$tmp"/data/tutor/profiles/nadia-*.progress)
check "its answer was saved" grep -q "$(printf '^attempt\tsample\t')" "$f"

# The same signal ends an ordinary session (the test can tell them apart).
$bg "$TUTOR" --plain --exercises "$good" --lang en --profile Nadia \
    --lesson sample <"$tmp/in" >"$tmp/n.out" 2>&1 &
pid=$!
exec 8>"$tmp/in"
watchdog $pid
wait_text "$tmp/n.out" "Press Enter to start"
kill -INT $pid
wait $pid
rc=$?
exec 8>&-
check "without --kiosk, SIGINT ends tutor (exit $rc)" test $rc -eq 130

# The time limit ends the session: the hand-over message, exit 0, the
# answers given before it saved. (--time-limit-seconds is for tests.)
$bg "$TUTOR" --kiosk --plain --exercises "$good" --lang en --profile Sara \
    --lesson sample --time-limit-seconds 3 <"$tmp/in" >"$tmp/t.out" 2>&1 &
pid=$!
exec 8>"$tmp/in"
watchdog $pid
printf '\n1\n' >&8
wait $pid
rc=$?
exec 8>&-
check "the time limit ends the session with 0 (exit $rc)" test $rc -eq 0
contains "with the hand-over message" "$tmp/t.out" "$handover"
contains "after the answer given in time" "$tmp/t.out" "(+) Right!"
f=$(ls "$tmp"/data/tutor/profiles/sara-*.progress)
check "which was saved" grep -q "$(printf '^attempt\tsample\tpick-one\t')" "$f"
status "--time-limit takes minutes" 64 "$TUTOR" --time-limit soon
status "at most a day" 64 "$TUTOR" --time-limit 1441

# tutor never starts another program: no shell, pager or editor. The
# source calls nothing that could, and neither does the binary.
calls='(system|popen|execl|execlp|execle|execv|execvp|execvpe|execve|fexecve|fork|vfork|clone|posix_spawnp?|wordexp)'
check "the source starts no program" sh -c "! grep -nE '(^|[^_a-z])$calls[[:space:]]*\\(' '$top_srcdir'/tutor/*.c '$top_srcdir'/tutor/*.h"
check "nor reads EDITOR, VISUAL, PAGER or SHELL" sh -c "! grep -nE 'getenv\\(\"(EDITOR|VISUAL|PAGER|SHELL)\"' '$top_srcdir'/tutor/*.c"
nm -D --undefined-only "$TUTOR_BINARY" >"$tmp/syms"
check "the binary imports symbols (nm works)" grep -q ' U ' "$tmp/syms"
check "the binary imports none of them" sh -c "! grep -E ' U $calls(@|\$)' '$tmp/syms'"

# tutor.conf sets the class directory for every account; --class-dir
# goes over it; a wrong line is reported with its place.
mkdir "$tmp/class" "$tmp/class2"
chmod 3753 "$tmp/class" "$tmp/class2"
printf '# test site\nclass-dir = %s\ncolour = red\n' "$tmp/class" >"$tmp/tutor.conf"
chmod 644 "$tmp/tutor.conf"
printf '%s\n' "" 1 | "$TUTOR" --config "$tmp/tutor.conf" --plain --exercises "$good" \
    --lang en --profile Omar --lesson sample >"$tmp/out" 2>"$tmp/err"
me=$(id -un)
pubf=$(ls "$tmp"/class/"$me"--omar-*.progress 2>/dev/null)
check "tutor.conf's class-dir: the progress is published" test -n "$pubf"
check "the same as the learner's own file" cmp -s "$pubf" "$(ls "$tmp"/data/tutor/profiles/omar-*.progress)"
check "mode 0640" test "$(stat -c %a "$pubf")" = 640
contains "a wrong line of tutor.conf is reported with its place" "$tmp/err" "tutor.conf:3:1: error: unknown setting 'colour'"
printf '%s\n' "" 1 | "$TUTOR" --config "$tmp/tutor.conf" --class-dir "$tmp/class2" --plain \
    --exercises "$good" --lang en --profile Omar --lesson sample >/dev/null 2>&1
check "--class-dir goes over tutor.conf" test -n "$(ls "$tmp"/class2/"$me"--omar-*.progress 2>/dev/null)"
chmod g-s "$tmp/class2"
printf '%s\n' "" 1 | "$TUTOR" --class-dir "$tmp/class2" --plain --exercises "$good" \
    --lang en --profile Omar --lesson sample >"$tmp/out" 2>"$tmp/err"
check "an unsafe class directory: the session still runs" test $? -eq 0
contains "and is told" "$tmp/err" "progress is not published to the class directory"
contains "with the fix" "$tmp/err" "chmod g+s"
status "a --config file that is missing exits 66" 66 "$TUTOR" --config "$tmp/none.conf" --plain
chmod 666 "$tmp/tutor.conf"
status "a --config file others may change exits 66" 66 "$TUTOR" --config "$tmp/tutor.conf" --plain
contains "and says why" "$tmp/err" "users other than root may change it"
done_testing
