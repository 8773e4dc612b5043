# plain-progress.sh: learners and their progress through the line mode:
# choosing a name, resuming where one stopped, stars kept, a second
# session of the same learner, the trainer's profile commands, and a data
# directory that cannot be used.
. "$top_srcdir/tests/lib.sh"
good="$FIXTURES/good"
data="$tmp/data/tutor"
run() { "$TUTOR" --plain --exercises "$good" --lang en "$@"; }

# A new learner by name; two answers, then the input ends.
printf '%s\n' Yasmine "" 1 "" "1 3" | run --lesson sample >"$tmp/out"
contains "asks who is learning" "$tmp/out" "Who are you? Type your name (or its number)."
check "the data directory is 0700" test "$(stat -c %a "$data")" = 700
check "the profiles directory is 0700" test "$(stat -c %a "$data/profiles")" = 700
f=$(ls "$data"/profiles/*.progress)
check "one progress file" test "$(ls "$data"/profiles/*.progress | wc -l)" -eq 1
check "the progress file is 0600" test "$(stat -c %a "$f")" = 600
contains "the file names the learner" "$f" "$(printf 'profile\tYasmine\ten')"
check "both answers are kept" test "$(grep -c '^attempt' "$f")" -eq 2
check "with their verdicts" grep -q "$(printf '\tpick-many\t.*\tcorrect\t1\t0\t')" "$f"
contains "the position is kept" "$f" "$(printf 'lesson\tsample\t1')"
lacks "no answer text is kept by default" "$f" "1 3"

# The same learner again, chosen by number. Question 2 was answered
# right before the input ended: the lesson goes on at question 3.
printf '%s\n' 1 "" | run --lesson sample >"$tmp/out"
contains "lists the learners" "$tmp/out" "  1. Yasmine"
contains "resumes where the child stopped" "$tmp/out" "Welcome back! You go on at question 3."
contains "shows that question" "$tmp/out" "-- Question 3/5"
# One wrong try on question 3, then the input ends: question 3 again.
printf '%s\n' "" 1 | run --profile Yasmine --lesson sample >/dev/null
printf '%s\n' "" | run --profile Yasmine --lesson sample >"$tmp/out"
contains "an unfinished question is asked again" "$tmp/out" "Welcome back! You go on at question 3."

# Finishing the lesson keeps its stars; the menu shows them.
order=
for o in "1 2 3" "1 3 2" "2 1 3" "2 3 1" "3 1 2" "3 2 1"; do
	"$TUTOR" --exercises "$good" try sample/in-order "$o" >/dev/null && order=$o
done
printf '%s\n' "" 2 "" "$order" "" "password" "" quit | run --profile Yasmine --lesson sample >"$tmp/out"
contains "the lesson is finished" "$tmp/out" "== Lesson done: Sample lesson =="
printf '%s\n' quit | run --profile Yasmine >"$tmp/out"
contains "the menu shows it done with its stars" "$tmp/out" "Sample lesson (ages 8-10) - done, "
contains "the progress file says done" "$f" "$(printf '\tyes\t')"

# A learner's language is theirs: created in French, French next time.
printf '%s\n' quit | "$TUTOR" --plain --exercises "$good" --lang fr --profile Karim >/dev/null
printf '%s\n' "" quit | "$TUTOR" --plain --exercises "$good" --profile Karim --lesson sample >"$tmp/out"
contains "the learner's language is used" "$tmp/out" "== Leçon d'exemple =="

# A second session of the same learner: read-only, and said so.
mkfifo "$tmp/fifo"
run --profile Yasmine --lesson sample <"$tmp/fifo" >"$tmp/first" 2>&1 &
first=$!
exec 9>"$tmp/fifo"
sleep 0.5
printf '%s\n' "" quit | run --profile Yasmine --lesson sample >"$tmp/out" 2>&1
contains "a second session is told" "$tmp/out" "This name is open in another session"
exec 9>&-
wait $first
check "the first session ends cleanly" test $? -eq 0

# The trainer's commands.
status "profiles add" 0 "$TUTOR" profiles add "Nora B."
status "profiles list" 0 "$TUTOR" profiles list
contains "the list has the new learner" "$tmp/out" "Nora B."
printf 'name,lang,age\nSalma,ar,11-14\n"Omar, le grand",fr,8-10\nIdir,xx,8-10\n' >"$tmp/class.csv"
status "profiles import with a bad line exits 65" 65 "$TUTOR" profiles import "$tmp/class.csv"
contains "the bad line is named" "$tmp/err" "class.csv:4:"
contains "the others are added" "$tmp/out" "2 learners added."
status "profiles remove" 0 "$TUTOR" profiles remove Salma
status "profiles list after remove" 0 "$TUTOR" profiles list
lacks "Salma is gone" "$tmp/out" "Salma"
status "removing an unknown learner exits 65" 65 "$TUTOR" profiles remove Nobody

# A data directory that is a symbolic link: refused, the lesson still runs.
mkdir "$tmp/real"
ln -s "$tmp/real" "$tmp/link"
printf '%s\n' "" 1 | "$TUTOR" --plain --exercises "$good" --lang en --data-dir "$tmp/link" --lesson sample >"$tmp/out" 2>"$tmp/err"
contains "an unusable data directory is said" "$tmp/err" "progress cannot be kept"
contains "and the child can still work" "$tmp/out" "(+) Right!"
check "nothing was written through the link" test -z "$(ls -A "$tmp/real")"
done_testing
