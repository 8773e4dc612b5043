# hostile.sh: the hostile corpus through the real program. Every lesson
# file of tests/hostile/ (and the huge ones tests/hostile-gen.sh makes in
# the test's directory) is given to `tutor check`, which must exit with
# 65 and print each "# expect: LINE:COL: words" of the file (or of its
# NAME.expect, for files that cannot hold a comment) as a line
# "FILE:LINE:COL: error: ..." that holds the words; "0:0" is the whole
# file, "ok" a file that must pass. Then special files, and hostile answers given to
# `tutor try` and to the line mode. Always: no sanitizer report, no raw
# escape, C1 or bidi control character in what tutor prints, and no hang
# (timeout is a guard against hanging, not a timing: nothing is timed).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/hostile-gen.sh"
hostile="$top_srcdir/tests/hostile"
answers="$hostile/answers"

# The bytes a terminal would act on: C0 controls but tab and newline,
# DEL, C1 controls, and the bidi embeddings, overrides, isolates, marks.
raw_controls() {
	LC_ALL=C grep -a -q -e "$(printf '[\001-\010\013-\037\177]')" \
	    -e "$(printf '\302[\200-\237]')" \
	    -e "$(printf '\342\200[\216\217\252-\256]')" \
	    -e "$(printf '\342\201[\246-\251]')" "$@" ||
	    ! tr -d '\000' <"$1" | cmp -s - "$1" ||
	    ! tr -d '\000' <"$2" | cmp -s - "$2"
}

sanitizer_report() {
	grep -a -q -E 'AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer' "$@"
}

# run NAME COMMAND...: runs it under the hang guard, output in
# $tmp/out and $tmp/err, status in $rc. Returns 1 (and says why) when it
# hung, reported a sanitizer error or printed raw control characters.
run() {
	_what=$1; shift
	timeout 20 "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	why=
	[ "$rc" -eq 124 ] && why="$why; hangs (killed after 20 s)"
	[ "$rc" -gt 128 ] && why="$why; killed by signal $((rc - 128))"
	sanitizer_report "$tmp/out" "$tmp/err" && why="$why; sanitizer report"
	raw_controls "$tmp/out" "$tmp/err" &&
	    why="$why; raw control characters in the output"
	[ -z "$why" ]
}

# check_file FILE: one TAP line for a lesson file and its expectations.
check_file() {
	f=$1
	name=$(basename "$f")
	efile=${f%.yaml}.expect
	[ -f "$efile" ] || efile=$f
	LC_ALL=C grep -a '^# expect: ' "$efile" | sed 's/^# expect: //' \
	    >"$tmp/expects"
	run "$name" "$TUTOR" check "$f"
	if [ ! -s "$tmp/expects" ]; then
		why="$why; no '# expect:' line"
	elif grep -q -x ok "$tmp/expects"; then
		[ "$rc" -eq 0 ] || why="$why; exit $rc, want 0"
		grep -q 'all good' "$tmp/out" || why="$why; not 'all good'"
	else
		[ "$rc" -eq 65 ] || why="$why; exit $rc, want 65"
		while IFS= read -r e; do
			pos=${e%%: *}
			words=${e#*: }
			if [ "$pos" = 0:0 ]; then
				at="$f: error: "
			else
				at="$f:$pos: error: "
			fi
			grep -a -F -- "$at" "$tmp/err" |
			    grep -q -F -- "$words" ||
			    why="$why; no '$at...$words'"
		done <"$tmp/expects"
	fi
	if [ -z "$why" ]; then
		pass "$name"
	else
		fail "$name${why}"
		sed 's/^/#   err| /' "$tmp/err" | head -10 | cat -v
	fi
}

# The corpus, and the files too big to keep.
for f in "$hostile"/*.yaml; do
	check_file "$f"
done
gen="$tmp/generated"
hostile_generate "$gen"
for f in "$gen"/*.yaml; do
	check_file "$f"
done
check "the corpus has at least 150 files" test \
    "$(ls "$hostile"/*.yaml | wc -l)" -ge 150
check "every committed file is small (under 4 KiB)" test \
    -z "$(find "$hostile" -type f -size +4k)"

# Files that are not regular files, and files that are not there.
mkfifo "$tmp/fifo.yaml"
run fifo "$TUTOR" check "$tmp/fifo.yaml"
check "a FIFO is refused at once, without waiting for a writer" \
    test -z "$why" -a "$rc" -eq 65
contains "a FIFO is not a regular file" "$tmp/err" \
    "$tmp/fifo.yaml: error: this is not a regular file"
ln -s /dev/zero "$tmp/zero.yaml"
run zero "$TUTOR" check "$tmp/zero.yaml"
check "a link to /dev/zero is refused" test -z "$why" -a "$rc" -eq 65
contains "a link to /dev/zero is not a regular file" "$tmp/err" \
    "$tmp/zero.yaml: error: this is not a regular file"
ln -s "$tmp/loop.yaml" "$tmp/loop.yaml"
run loop "$TUTOR" check "$tmp/loop.yaml"
check "a link to itself cannot be read (66)" test -z "$why" -a "$rc" -eq 66
mkdir "$tmp/dir.yaml"
run dir "$TUTOR" check "$tmp/dir.yaml"
check "a directory named .yaml is no lesson (66)" test -z "$why" -a "$rc" -eq 66
run missing "$TUTOR" check "$tmp/missing.yaml"
check "a missing file exits 66" test -z "$why" -a "$rc" -eq 66

# Hostile answers to `tutor try`: a verdict (0 right, 1 not right).
try_answer() {
	run "$1" "$TUTOR" --exercises "$answers/lessons" try "$2" "$3"
	if [ -n "$why" ] || [ "$rc" -ne "$4" ] ||
	    ! grep -q -E '^(correct|partly right|wrong)' "$tmp/out"; then
		fail "try $2: $1 (exit $rc, want $4$why)"
		sed 's/^/#   | /' "$tmp/out" "$tmp/err" | head -6 | cat -v
	else
		pass "try $2: $1"
	fi
}
run lessons "$TUTOR" check "$answers/lessons"
check "the answers' lesson is sound" test -z "$why" -a "$rc" -eq 0
for a in escape bidi invisible invalid-utf8 c1 backspace carriage-return; do
	case $a in
	bidi|backspace) want=1 ;;
	*) want=0 ;;
	esac
	try_answer "$a" hostile-answers/secret "$(cat "$answers/$a.txt")" $want
	try_answer "$a" hostile-answers/pick "$(cat "$answers/$a.txt")" 1
	try_answer "$a" hostile-answers/steps "$(cat "$answers/$a.txt")" 1
done
# An argument holds at most 128 KiB: 100 KiB of it, then the answer.
long=$(repeat 51200 'a '; printf 'my password')
try_answer "100 KiB" hostile-answers/secret "$long" 1
try_answer "100 KiB" hostile-answers/pick "$long" 1
try_answer "100 KiB of digits" hostile-answers/pick "$(repeat 102400 1)" 1
run "a bad name" "$TUTOR" --exercises "$answers/lessons" try \
    "$(printf 'hostile-answers/\033[2J\342\200\256x')" a
check "try: an exercise name with ESC and U+202E exits 64" \
    test -z "$why" -a "$rc" -eq 64
contains "the name is shown with escapes" "$tmp/err" \
    "there is no exercise 'hostile-answers/\\x1b[2J\\u202ex'"

# The same, typed in the line mode to the first question (each learner
# starts afresh): each line gets a verdict, and the session goes on to
# "quit".
for a in escape bidi invisible invalid-utf8 c1 backspace carriage-return nul; do
	{ printf '\n'; cat "$answers/$a.txt"; printf '\nquit\n'; } >"$tmp/in"
	run "$a" "$TUTOR" --plain --exercises "$answers/lessons" \
	    --lesson hostile-answers --profile "kid-$a" <"$tmp/in"
	if [ -n "$why" ] || [ "$rc" -ne 0 ] ||
	    ! grep -q -E '\((\+|x|~)\) ' "$tmp/out"; then
		fail "--plain: $a (exit $rc$why)"
		sed 's/^/#   | /' "$tmp/out" "$tmp/err" | tail -6 | cat -v
	else
		pass "--plain: $a"
	fi
done
# A line of 1 MiB, NULs, bytes that are not UTF-8 and escapes, one after
# the other, then a learner's name made of them.
{ printf '\n'; repeat 1048576 a; printf ' my password\n'
  cat "$answers/nul.txt" "$answers/invalid-utf8.txt"; printf '\n'
  cat "$answers/escape.txt"; printf '\n1\n\nquit\n'; } >"$tmp/in"
run "1 MiB" "$TUTOR" --plain --exercises "$answers/lessons" \
    --lesson hostile-answers --profile kid-long <"$tmp/in"
check "--plain: a line of 1 MiB and more, each line a reply" \
    test -z "$why" -a "$rc" -eq 0 -a \
    "$(grep -c -E '\((\+|x|~)\) ' "$tmp/out")" -ge 2
{ cat "$answers/escape.txt"; printf '\n'; printf '\nquit\n'; } >"$tmp/in"
run name "$TUTOR" --plain --exercises "$answers/lessons" \
    --lesson hostile-answers <"$tmp/in"
check "--plain: a learner's name with escapes is taken calmly" \
    test -z "$why" -a "$rc" -eq 0

done_testing
