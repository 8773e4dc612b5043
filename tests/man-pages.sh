# man-pages.sh: the manual pages keep up with the program. Every command,
# option and exit status that `tutor --help` prints has its entry in
# tutor(1); every key and code of docs/exercise-format.md's tables is in
# tutor-exercises(5); both pages render without a single groff warning.
. "$top_srcdir/tests/lib.sh"
man1="$top_srcdir/man/tutor.1"
man5="$top_srcdir/man/tutor-exercises.5"

# A page's entries: macro lines with \- as -, font changes, \% and
# quotes removed.
entries() {
	sed -n -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\%//g' -e 's/"//g' \
	    -e 's/^\.\(B\|BI\|BR\|TP\|I\) \(.*\)/\2/p' "$1" >"$2"
}
entries "$man1" "$tmp/man1"
entries "$man5" "$tmp/man5"

"$TUTOR" --lang en --help >"$tmp/help"
check "tutor --help works" test -s "$tmp/help"

# Options: each has an entry that starts with it (after its short form,
# as in "-o, --output FILE").
grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u >"$tmp/options"
check "--help prints options" test "$(wc -l <"$tmp/options")" -ge 10
grep -o -- ' -[a-zA-Z],' "$tmp/help" | sed 's/^ //; s/,$//' >>"$tmp/options"
while read -r opt; do
	if grep -Eq -- "^(-[a-zA-Z], )?$opt( |,|\$)" "$tmp/man1"; then
		pass "tutor(1) has an entry for $opt"
	else
		fail "tutor(1) has an entry for $opt"
	fi
done <"$tmp/options"

# Commands: "tutor WORD..." up to the first argument.
sed -n 's/^\(Usage:\)\{0,1\} *\(tutor\( [a-z][a-z-]*\)\{1,\}\).*/\2/p' \
    "$tmp/help" | sort -u >"$tmp/commands"
check "--help prints commands" test "$(wc -l <"$tmp/commands")" -ge 5
while read -r cmd; do
	if grep -q -- "^$cmd\\( \\|\$\\)" "$tmp/man1"; then
		pass "tutor(1) has an entry for '$cmd'"
	else
		fail "tutor(1) has an entry for '$cmd'"
	fi
done <"$tmp/commands"

# Exit statuses.
sed -n 's/^ *\([0-9]\{1,3\}\)  .*/\1/p' "$tmp/help" >"$tmp/codes"
check "--help prints exit statuses" test "$(wc -l <"$tmp/codes")" -ge 4
while read -r code; do
	if grep -q "^$code\$" "$tmp/man1"; then
		pass "tutor(1) has exit status $code"
	else
		fail "tutor(1) has exit status $code"
	fi
done <"$tmp/codes"

# The lesson format: every key and code in the tables of the format's
# documentation has an entry in tutor-exercises(5).
sed -n 's/^| `\([a-z-]*\)` |.*/\1/p' "$top_srcdir/docs/exercise-format.md" \
    | sort -u >"$tmp/keys"
check "docs/exercise-format.md has key tables" \
    test "$(wc -l <"$tmp/keys")" -ge 20
# and the keys that the documentation describes outside its tables.
for key in options text correct feedback-true feedback-false answer steps \
    rules default-feedback examples accept reject fold common names; do
	echo "$key" >>"$tmp/keys"
done
while read -r key; do
	if grep -q -- "^$key\\( \\|\$\\|,\\)" "$tmp/man5"; then
		pass "tutor-exercises(5) has an entry for $key"
	else
		fail "tutor-exercises(5) has an entry for $key"
	fi
done <"$tmp/keys"
for k in single-choice multiple-choice true-false free-text ordering; do
	contains "tutor-exercises(5) describes $k" "$tmp/man5" "$k"
done

# The examples of tutor-exercises(5), as a reader copies them from the
# screen, pass tutor check (minus signs and hyphens made plain ASCII, as
# a terminal shows them).
groff -man -Tutf8 -P-cbou "$man5" 2>/dev/null | sed 's/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g' \
    >"$tmp/man5.txt"
mkdir "$tmp/example"
sed -n '/^ *A whole lesson with one exercise/,/^ *A names file:/p' \
    "$tmp/man5.txt" | sed '1d;$d' | sed 's/^           //' \
    >"$tmp/example/strong-passwords.yaml"
sed -n '/^ *A names file:/,/^ *Making, checking/p' "$tmp/man5.txt" \
    | sed '1d;$d' | sed 's/^           //' >"$tmp/example/_names.yaml"
status "the example lesson of tutor-exercises(5) passes tutor check" 0 \
    "$TUTOR" check "$tmp/example"
contains "it is checked with its self-tests" "$tmp/out" \
    "1 lessons, 1 exercises, 8 example answers: all good."

# Rendering: no warning of any kind (-ww), no output needed (-z).
for page in "$man1" "$man5"; do
	page_name=$(basename "$page")
	groff -man -Tutf8 -ww -z "$page" >"$tmp/groff.out" 2>"$tmp/groff.err"
	check "$page_name renders" test $? -eq 0
	if [ -s "$tmp/groff.err" ]; then
		fail "$page_name renders without warnings"
		sed 's/^/#   /' "$tmp/groff.err" | head -20
	else
		pass "$page_name renders without warnings"
	fi
done
# The check above can fail: a page with a mistake gives a warning.
printf '.TH X 1\n.SH A\n.BOGUS\n\\fQx\n' >"$tmp/bad.1"
groff -man -Tutf8 -ww -z "$tmp/bad.1" 2>"$tmp/groff.err"
check "groff warns about a broken page" test -s "$tmp/groff.err"

done_testing
