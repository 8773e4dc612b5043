# check-shipped.sh: every shipped lesson loads and passes its self-tests,
# and the shipped set proves the format end to end: every kind of
# exercise, every theme, and Arabic, French and English.
. "$top_srcdir/tests/lib.sh"

status "tutor check on the shipped lessons exits 0" 0 "$TUTOR" check
contains "all good" "$tmp/out" "all good."
status "tutor list exits 0" 0 "$TUTOR" list
cp "$tmp/out" "$tmp/list"
for kind in single-choice multiple-choice true-false free-text ordering; do
	contains "a shipped exercise is $kind" "$tmp/list" "	$kind	"
done
for theme in digital-safety social-media ai-ethics; do
	contains "a shipped lesson is about $theme" "$tmp/list" "	$theme	"
done
check "every shipped exercise is in ar, en and fr" \
    test "$(awk -F'\t' '$5 !~ /ar/ || $5 !~ /en/ || $5 !~ /fr/' "$tmp/list" | wc -l)" -eq 0
done_testing
