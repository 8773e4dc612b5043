# gen-lessons.sh: what tests/gen_lessons writes is valid. `tutor check`
# accepts it (exit 0) and counts the lessons, exercises and example
# answers the generator says it wrote; every kind and language is there;
# the same seed writes the same files. `make bench-check` and `make bench`
# time these lessons: this test keeps them from timing error paths.
# GEN_LESSONS_N changes the number of exercises (200).
. "$top_srcdir/tests/lib.sh"
gen="$top_builddir/tests/gen_lessons"
N=${GEN_LESSONS_N:-200}

# The "L lessons, E exercises, X example answers" of an output.
counts() {
	grep -oE '[0-9]+ lessons, [0-9]+ exercises, [0-9]+ example answers' "$1"
}

# valid WHAT DIR GEN-ARGS...: generate into DIR, then tutor check DIR.
valid() {
	what=$1 dir=$2
	shift 2
	status "$what: gen_lessons exits 0" 0 "$gen" "$@" "$dir" "$N"
	cp "$tmp/out" "$tmp/gen.out"
	status "$what: tutor check exits 0" 0 "$TUTOR" check "$dir"
	contains "$what: all good" "$tmp/out" "all good."
	want=$(counts "$tmp/gen.out")
	got=$(counts "$tmp/out")
	check "$what: tutor check counts what was written ($want)" \
	    test -n "$want" -a "$want" = "$got"
	[ "$want" = "$got" ] || echo "#   tutor check: $got"
}

valid "100 a lesson" "$tmp/a" -s 1
check "$N exercises make $(((N + 99) / 100)) lesson files" \
    test "$(ls "$tmp/a"/gen-*.yaml | wc -l)" -eq $(((N + 99) / 100))
check "the names file is written" test -f "$tmp/a/_names.yaml"
valid "7 a lesson, another seed" "$tmp/b" -s 5 -x 7
check "$N exercises at 7 a lesson make $(((N + 6) / 7)) files" \
    test "$(ls "$tmp/b"/gen-*.yaml | wc -l)" -eq $(((N + 6) / 7))

# Every kind and every language, as tutor sees them.
status "tutor list the generated lessons" 0 "$TUTOR" --exercises "$tmp/a" list
for kind in single-choice multiple-choice true-false free-text ordering; do
	contains "a generated exercise is $kind" "$tmp/out" "	$kind	"
done
contains "some exercises are in zgh" "$tmp/out" "ar,en,fr,zgh"
check "every exercise is in ar, en and fr" \
    test "$(awk -F'\t' '$5 !~ /ar/ || $5 !~ /en/ || $5 !~ /fr/' "$tmp/out" | wc -l)" -eq 0
check "free-text exercises have example answers to run" \
    test "$(counts "$tmp/gen.out" | sed 's/.* exercises, //; s/ example.*//')" -gt "$N"

# The same seed, the same files; another seed, others.
"$gen" -s 1 "$tmp/c" "$N" >/dev/null
check "the same seed writes the same files" diff -r "$tmp/a" "$tmp/c"
"$gen" -s 2 "$tmp/d" "$N" >/dev/null
check "another seed writes other files" \
    sh -c '! cmp -s "$1/gen-00001.yaml" "$2/gen-00001.yaml"' sh "$tmp/a" "$tmp/d"

status "a lesson of 201 exercises is refused" 64 "$gen" -x 201 "$tmp/e" 10
done_testing
