# plain-lesson.sh: the line-mode front end, driven by a script of answers
# as a child would type them: a whole lesson from introduction to
# summary, hints, wrong tries, commands, and the end of input.
. "$top_srcdir/tests/lib.sh"
good="$FIXTURES/good"
# Each run is a new learner: nothing carries over from one to the next.
run() { "$TUTOR" --plain --exercises "$good" --lang en --profile Tester \
    --data-dir "$(mktemp -d "$tmp/data.XXXXXX")" "$@"; }

# The ordering exercise shows its steps shuffled: find the right order
# with `tutor try`, as a trainer would.
order=
for o in "1 2 3" "1 3 2" "2 1 3" "2 3 1" "3 1 2" "3 2 1"; do
	if "$TUTOR" --exercises "$good" try sample/in-order "$o" >/dev/null; then
		order=$o
	fi
done
check "the right order is found with tutor try" test -n "$order"

printf '%s\n' "" hint 1 "" "1 3" "" 2 "" "$order" "" "my password" "" \
    | run --lesson sample >"$tmp/out" 2>"$tmp/err"
check "a whole lesson exits 0" test $? -eq 0
o="$tmp/out"
contains "title" "$o" "== Sample lesson =="
contains "objective" "$o" "Goal: Show every kind of exercise."
contains "introduction" "$o" "This lesson is for the tests."
contains "first question" "$o" "-- Question 1/5 (choose one answer) --"
contains "options are numbered" "$o" "  1) Your nickname"
contains "commands are listed" "$o" "Type the number of your answer. Commands: hint, help, quit."
contains "multiple choice says how" "$o" "Type the numbers of every right answer, like 1 3."
contains "a hint on request" "$o" "Hint 1: Could a stranger find you with it?"
contains "verdict in words and symbol" "$o" "(+) Right!"
contains "option feedback" "$o" "Yes, a nickname is fine."
contains "explanation" "$o" "Why: A nickname does not lead to you."
contains "true-false options" "$o" "  2) False"
contains "ordering question" "$o" "(put the steps in order)"
contains "free text question" "$o" "-- Question 5/5 (write your answer) --"
contains "free text feedback" "$o" "Yes, keep that secret."
contains "summary" "$o" "== Lesson done: Sample lesson =="
contains "summary text" "$o" "The sample lesson is over."
contains "stars" "$o" "Stars: [*][*][*] (3 of 3)"
contains "first-time count" "$o" "Right the first time: 5 of 5."
check "nothing on stderr" test ! -s "$tmp/err"

# Wrong answers, calm replies to what is not an answer, then the end of
# input in the middle of a question.
printf '%s\n' "" 7 banana 2 3 | run --lesson sample >"$o" 2>"$tmp/err"
check "end of input mid-lesson exits 0" test $? -eq 0
contains "out of range: says what to type" "$o" "Type the number of the answer you choose."
contains "wrong answer" "$o" "(x) Not quite."
contains "wrong option feedback" "$o" "A stranger could find you."
contains "tries left" "$o" "Try again: 2 tries left. Type hint for a clue."
contains "last try" "$o" "Try again: this is your last try."
lacks "no summary when input ends" "$o" "Lesson done"

# Three wrong tries end the exercise with its explanation.
printf '%s\n' "" 2 3 2 | run --lesson sample >"$o"
contains "after three tries, the explanation" "$o" "Why: A nickname does not lead to you."
contains "after three tries, the right answer" "$o" "The right answer:"
check "the right option is shown after it" sh -c "grep -A1 'The right answer:' '$o' | grep -q '1) Your nickname'"

# quit, help and the language switch.
printf '%s\n' "" help "lang fr" quit 1 | run --lesson sample >"$o"
check "quit exits 0" test $? -eq 0
contains "help lists the commands" "$o" "hint     a clue"
contains "lang fr shows the question in French" "$o" "Que peut-on partager sans danger ?"
lacks "quit stops reading" "$o" "(+) Right!"

# A French child, with answers typed without accents.
printf '%s\n' "" 1 "" "3,1" "" faux "" "$order" "" "MON MOT DE PASSE" "" \
    | "$TUTOR" --plain --exercises "$good" --lang fr --profile Amina --lesson sample >"$o"
contains "French lesson" "$o" "== Leçon d'exemple =="
contains "French true/false answer" "$o" "Oui, garde-le pour toi."
contains "French free text without accents" "$o" "Oui, garde-le secret."
contains "French summary" "$o" "La leçon d'exemple est finie."

# The menu: lessons by theme, chosen by number.
printf '%s\n' 9 1 "" quit | run >"$o"
contains "menu lists lessons" "$o" "Sample lesson (ages 8-10)"
contains "menu groups by theme" "$o" " AI ethics"
contains "menu refuses a wrong number" "$o" "Type the number of a lesson from the list."
contains "menu starts the lesson" "$o" "== Sample lesson =="

# Any bytes as an answer: a calm reply, no crash.
{ printf '\n\n\n\n\n\n\n\n'; printf '\377\376\033[2J\n'; head -c 200000 /dev/urandom | tr -d '\n'; printf '\n'; } \
    | run --lesson sample >"$o" 2>"$tmp/err"
check "garbage input exits 0" test $? -eq 0
lacks "no escape sequence is echoed" "$o" "$(printf '\033[2J')"

# Not a terminal: the line-mode interface is chosen by itself.
printf 'quit\n' | "$TUTOR" --exercises "$good" --lang en --profile Tester >"$o"
contains "without --plain, a pipe gets line mode" "$o" "Lessons:"
done_testing
