# cli.sh: the command line: list, check, try, options and exit codes.
. "$top_srcdir/tests/lib.sh"
good="$FIXTURES/good"

status "--help exits 0" 0 "$TUTOR" --help
contains "--help lists exit codes" "$tmp/out" "65  a lesson file has an error"
status "--version exits 0" 0 "$TUTOR" --version
contains "--version prints the version" "$tmp/out" "tutor 0."
status "unknown option exits 64" 64 "$TUTOR" --bogus
status "unknown command exits 64" 64 "$TUTOR" frobnicate
status "unknown language exits 64" 64 "$TUTOR" --lang de list
contains "unknown language is named" "$tmp/err" "unknown language 'de'"
status "try without an answer exits 64" 64 "$TUTOR" try sample/pick-one

status "list exits 0" 0 "$TUTOR" --exercises "$good" list
cp "$tmp/out" "$tmp/list"
contains "list: single choice" "$tmp/list" "$(printf 'sample/pick-one\tdigital-safety\t8-10\tsingle-choice\ten,fr')"
contains "list: true-false in three languages" "$tmp/list" "$(printf 'sample/true-or-false\tdigital-safety\t8-10\ttrue-false\tar,en,fr')"
contains "list: free text" "$tmp/list" "$(printf 'sample/never-share\tdigital-safety\t8-10\tfree-text\ten,fr')"
contains "list: ordering" "$tmp/list" "$(printf 'sample/in-order\tdigital-safety\t8-10\tordering\ten,fr')"
contains "list: Arabic lesson" "$tmp/list" "$(printf 'arabic-sample/who-decides\tai-ethics\t11-14\tfree-text\tar')"
check "list: one line per exercise" test "$(wc -l <"$tmp/list")" -eq 7
check "list: five tab-separated fields" test "$(awk -F'\t' 'NF != 5' "$tmp/list" | wc -l)" -eq 0

status "check on good fixtures exits 0" 0 "$TUTOR" check "$good"
contains "check reports the counts" "$tmp/out" "3 lessons, 7 exercises, 21 example answers: all good."
status "check on a bad file exits 65" 65 "$TUTOR" check "$FIXTURES/bad/unknown-keys.yaml"
contains "check prints file:line:col: error:" "$tmp/err" "unknown-keys.yaml:14:5: error: unknown key 'promt' in a true-false exercise: did you mean 'prompt'?"
status "check on the bad directory exits 65" 65 "$TUTOR" check "$FIXTURES/bad"
status "check on a missing path exits 66" 66 "$TUTOR" check "$tmp/nothing-here"

# A self-test that fails: an accepted example the rules reject.
sed 's/accept: \[my address,/accept: [my favourite colour, my address,/' \
    "$good/sample.yaml" >"$tmp/selftest.yaml"
status "a failing example exits 65" 65 "$TUTOR" check "$tmp/selftest.yaml"
contains "a failing example is named with its verdict" "$tmp/err" "the en example \"my favourite colour\" should get 'correct', but gets 'wrong' (no rule matched)"
contains "it is reported at its line" "$tmp/err" "selftest.yaml:110:18: error:"

# Two files with the same lesson id.
mkdir "$tmp/twice"
cp "$good/sample.yaml" "$tmp/twice/a.yaml"
cp "$good/sample.yaml" "$tmp/twice/b.yaml"
status "a lesson id used twice exits 65" 65 "$TUTOR" check "$tmp/twice"
contains "the second file is named" "$tmp/err" "b.yaml:4:5: error: the lesson id 'sample' is already used by"

status "try: a right answer exits 0" 0 "$TUTOR" --exercises "$good" try sample/never-share "My Password"
contains "try prints the verdict and the rule" "$tmp/out" "correct (rule 3, line"
contains "try prints the feedback" "$tmp/out" "Yes, keep that secret."
status "try: options after the exercise" 0 "$TUTOR" --exercises "$good" try sample/never-share --lang fr "mon mdp"
contains "try: French feedback" "$tmp/out" "Oui, garde-le secret."
status "try: a wrong answer exits 1" 1 "$TUTOR" --exercises "$good" try sample/never-share "my cat"
contains "try: no rule matched" "$tmp/out" "wrong (no rule matched)"
contains "try: default feedback" "$tmp/out" "Think of your home or your phone."
status "try: partly exits 1" 1 "$TUTOR" --exercises "$good" try sample/never-share "first name"
contains "try: partly right" "$tmp/out" "partly right (rule 2"
status "try: a choice by number" 0 "$TUTOR" --exercises "$good" try sample/pick-many "3 1"
status "try: not a number" 1 "$TUTOR" --exercises "$good" try sample/pick-one "banana"
contains "try: says what to type" "$tmp/out" "Type the number of the answer you choose."
status "try: an unknown exercise exits 64" 64 "$TUTOR" --exercises "$good" try sample/nope "x"
status "try: invalid UTF-8 gets a verdict" 1 "$TUTOR" --exercises "$good" try sample/never-share "$(printf '\377\376\033[2J')"
status "try: Arabic fallback" 0 "$TUTOR" --exercises "$good" --lang fr try arabic-sample/who-decides "الشركة"
contains "try: shown in ar" "$tmp/out" "[ar]"

done_testing
