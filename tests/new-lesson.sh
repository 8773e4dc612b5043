# new-lesson.sh: `tutor new lesson`: the template of every language is a
# valid lesson out of the box, a child can walk it, and the command never
# writes over a file or through a symbolic link.
. "$top_srcdir/tests/lib.sh"

# The templates as shipped are lessons themselves.
for l in ar en fr; do
	status "templates/lesson-$l.yaml passes tutor check" 0 \
	    "$TUTOR" check "$top_srcdir/templates/lesson-$l.yaml"
done

# A lesson in each language, named after its file.
for l in ar en fr; do
	mkdir "$tmp/$l"
	status "new lesson --lang $l exits 0" 0 \
	    "$TUTOR" --lang "$l" new lesson "$tmp/$l/first-$l.yaml"
	contains "new lesson --lang $l says where it wrote" "$tmp/out" \
	    "$tmp/$l/first-$l.yaml"
	f="$tmp/$l/first-$l.yaml"
	contains "the $l lesson's id comes from its file name" "$f" \
	    "id: first-$l"
	contains "the $l comments name the file" "$f" \
	    "tutor check first-$l.yaml"
	status "the $l lesson passes tutor check" 0 "$TUTOR" check "$f"
	contains "the $l lesson has self-tests" "$tmp/out" \
	    "1 lessons, 5 exercises,"
	contains "the $l lesson: all good" "$tmp/out" "all good."
	status "tutor list reads the $l lesson" 0 \
	    "$TUTOR" --exercises "$tmp/$l" list
	for k in single-choice multiple-choice true-false free-text ordering; do
		contains "the $l lesson has a $k exercise" "$tmp/out" \
		    "$(printf '\t%s\t%s' "$k" "$l")"
	done
done
contains "English comments in the English lesson" "$tmp/en/first-en.yaml" \
    "# The title, shown in the list of lessons."
contains "French comments in the French lesson" "$tmp/fr/first-fr.yaml" \
    "# Le titre, affiché dans la liste des leçons."
contains "Arabic comments in the Arabic lesson" "$tmp/ar/first-ar.yaml" \
    "# العنوان، يظهر في قائمة الدروس."
lacks "no template id left in a named lesson" "$tmp/en/first-en.yaml" \
    "my-lesson"

# tutor try on the free-text exercise, in each language.
status "try: the en free-text exercise accepts a right answer" 0 \
    "$TUTOR" --exercises "$tmp/en" try first-en/who-to-tell "My Mum"
contains "try: en verdict and rule" "$tmp/out" "correct (rule 2, line"
status "try: a negation is caught first" 1 \
    "$TUTOR" --exercises "$tmp/en" try first-en/who-to-tell "I don’t tell anyone"
contains "try: the negation rule decides" "$tmp/out" "wrong (rule 1, line"
status "try: a friend is partly right" 1 \
    "$TUTOR" --exercises "$tmp/en" try first-en/who-to-tell "my best friend"
contains "try: partly" "$tmp/out" "partly right (rule 3"
status "try: fr without accents" 0 "$TUTOR" --lang fr \
    --exercises "$tmp/fr" try first-fr/who-to-tell "MA MERE"
status "try: fr 'personne' alone is wrong" 1 "$TUTOR" --lang fr \
    --exercises "$tmp/fr" try first-fr/who-to-tell "Personne."
status "try: fr 'une personne de confiance' is right" 0 "$TUTOR" --lang fr \
    --exercises "$tmp/fr" try first-fr/who-to-tell "une personne de confiance"
status "try: ar with an attached prefix" 0 "$TUTOR" --lang ar \
    --exercises "$tmp/ar" try first-ar/who-to-tell "لأمي"
status "try: ar Darija with a Moroccan letter" 1 "$TUTOR" --lang ar \
    --exercises "$tmp/ar" try first-ar/who-to-tell "ما نڭول لحتى واحد"
contains "try: the ar negation rule decides" "$tmp/out" "ليس من الجيد أن تحتفظ بهذا لنفسك"
status "try: arabizi" 0 "$TUTOR" --lang ar \
    --exercises "$tmp/ar" try first-ar/who-to-tell "l2ostad"

# A child walks the English lesson in the line mode, right every time.
order=
for o in "1 2 3" "1 3 2" "2 1 3" "2 3 1" "3 1 2" "3 2 1"; do
	if "$TUTOR" --exercises "$tmp/en" try first-en/what-to-do "$o" \
	    >/dev/null; then
		order=$o
	fi
done
check "the ordering exercise has a right order" test -n "$order"
printf '%s\n' "" 3 "" "1 3" "" 2 "" "my mum" "" "$order" "" \
    | "$TUTOR" --plain --exercises "$tmp/en" --lang en --profile Trainer \
    --lesson first-en >"$tmp/walk" 2>"$tmp/err"
check "walking the lesson exits 0" test $? -eq 0
contains "the walk shows the title" "$tmp/walk" "== A message from a stranger =="
contains "the walk reaches the summary" "$tmp/walk" "Lesson done"
contains "every answer right the first time" "$tmp/walk" \
    "Right the first time: 5 of 5."

# Beside the shipped lessons: --exercises twice.
status "the new lesson and the shipped ones pass tutor check together" 0 \
    "$TUTOR" check "$top_srcdir/exercises" "$tmp/en"
status "both directories with --exercises" 0 "$TUTOR" \
    --exercises "$top_srcdir/exercises" --exercises "$tmp/en" list
contains "the trainer's lesson is listed" "$tmp/out" "first-en/who-to-tell"
contains "the shipped lessons are listed" "$tmp/out" "passwords/easy-to-guess"
# A name that a shipped lesson already has is written, with a warning.
mkdir "$tmp/clash"
status "a shipped lesson's id is still written" 0 \
    "$TUTOR" --lang en new lesson "$tmp/clash/passwords.yaml"
contains "with a warning about the shipped lesson" "$tmp/err" \
    "a shipped lesson is also called 'passwords'"
status "tutor check then reports the clash" 65 \
    "$TUTOR" check "$top_srcdir/exercises" "$tmp/clash"
contains "at the lesson id" "$tmp/err" \
    "clash/passwords.yaml:32:5: error: the lesson id 'passwords' is already used by"

# No FILE: my-lesson.yaml in the current directory.
mkdir "$tmp/default"
(cd "$tmp/default" && "$TUTOR" --lang en new lesson >/dev/null 2>&1)
check "without FILE, my-lesson.yaml is written" \
    test -f "$tmp/default/my-lesson.yaml"
status "my-lesson.yaml passes tutor check" 0 \
    "$TUTOR" check "$tmp/default/my-lesson.yaml"

# A name that contains the template's id is not replaced twice.
status "new lesson my-lesson-2.yaml" 0 \
    "$TUTOR" --lang en new lesson "$tmp/default/my-lesson-2.yaml"
contains "its id" "$tmp/default/my-lesson-2.yaml" "id: my-lesson-2"
contains "its file in the comments" "$tmp/default/my-lesson-2.yaml" \
    "tutor check my-lesson-2.yaml "
lacks "no id replaced twice" "$tmp/default/my-lesson-2.yaml" "my-lesson-2-2"
status "both lessons pass tutor check together" 0 \
    "$TUTOR" check "$tmp/default"

# Amazigh: the French template, with a note.
mkdir "$tmp/zgh"
status "--lang zgh exits 0" 0 "$TUTOR" --lang zgh new lesson "$tmp/zgh/z.yaml"
check "zgh: says that the French template is used" test -s "$tmp/err"
contains "zgh: a note at the top of the file" "$tmp/zgh/z.yaml" \
    "# Il n'y a pas encore de modèle de leçon commenté en amazighe"
status "zgh: the lesson passes tutor check" 0 "$TUTOR" check "$tmp/zgh/z.yaml"

# Standard output.
status "FILE - writes to standard output" 0 "$TUTOR" --lang en new lesson -
cp "$tmp/out" "$tmp/stdout.yaml"
contains "standard output has the template" "$tmp/stdout.yaml" "id: my-lesson"
status "that lesson passes tutor check" 0 "$TUTOR" check "$tmp/stdout.yaml"

# Never over a file.
f="$tmp/en/first-en.yaml"
echo "# a trainer's work" >"$tmp/keep.yaml"
status "an existing file is refused with 64" 64 \
    "$TUTOR" --lang en new lesson "$tmp/keep.yaml"
contains "the refusal says why" "$tmp/err" "already exists"
check "the existing file is unchanged" \
    test "$(cat "$tmp/keep.yaml")" = "# a trainer's work"

# Never through a symbolic link, dangling or not.
ln -s "$tmp/victim.yaml" "$tmp/link.yaml"
status "a dangling symbolic link is refused" 64 \
    "$TUTOR" --lang en new lesson "$tmp/link.yaml"
check "nothing is created at the link's target" test ! -e "$tmp/victim.yaml"
echo "precious" >"$tmp/victim.yaml"
status "a symbolic link to a file is refused" 64 \
    "$TUTOR" --lang en new lesson "$tmp/link.yaml"
check "the link's target is unchanged" \
    test "$(cat "$tmp/victim.yaml")" = "precious"

# Wrong command lines.
status "tutor new alone exits 64" 64 "$TUTOR" new
status "tutor new quiz exits 64" 64 "$TUTOR" new quiz
status "two files exit 64" 64 "$TUTOR" new lesson "$tmp/a.yaml" "$tmp/b.yaml"
status "a name without .yaml exits 64" 64 "$TUTOR" new lesson "$tmp/lesson"
contains "the refusal suggests a name" "$tmp/err" "$tmp/lesson.yaml"
check "nothing written for a refused name" test ! -e "$tmp/lesson"

# A place where no file can be made (whoever runs the test, root too).
status "a missing directory exits 66" 66 \
    "$TUTOR" --lang en new lesson "$tmp/no/such/dir/x.yaml"
contains "it says it cannot create the file" "$tmp/err" "cannot create"
status "a file where a directory should be exits 66" 66 \
    "$TUTOR" --lang en new lesson "$tmp/keep.yaml/x.yaml"

done_testing
