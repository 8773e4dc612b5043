# answers.sh: realistic answers, written the way children write them, get
# the right verdict from the shipped free-text exercises.
#
# tests/answers/LANG.tsv holds one answer a line:
#   LESSON/EXERCISE<TAB>VERDICT<TAB>ANSWER
# VERDICT is correct, partly or wrong; '#' starts a comment line. Each
# answer is given to `tutor try --lang LANG`, with the shipped lessons.
#
# How the verdict is read, whatever language the interface speaks (it
# follows --lang, so "partly right" is "en partie juste" or "صحيح جزئيا"):
# - the exit status tells correct (0) from not correct (1);
# - when not correct, the first line of the output names the rule that
#   decided, "(rule N, line L)" in any language: the line L of the lesson
#   file is that rule's "- verdict: partly" or "- verdict: wrong". Without
#   a number there ("no rule matched"), the verdict is wrong.
# The lesson file is the one in $top_srcdir/exercises whose `id:` is LESSON.
#
# ANSWERS_SAMPLE=N gives tutor only the first answer of each file and
# one in N after it (make check-valgrind sets 10: under valgrind, each
# `tutor try` takes seconds).
. "$top_srcdir/tests/lib.sh"
answers="$top_srcdir/tests/answers"
lessons="$top_srcdir/exercises"
sample=${ANSWERS_SAMPLE:-1}

# lesson_file ID: the shipped lesson file with this id.
lesson_file() {
	grep -lE "^id: *[\"']?$1[\"']? *\$" "$lessons"/*.yaml 2>/dev/null |
	    head -n 1
}

# verdict LANG LESSON/EXERCISE ANSWER: print correct, partly or wrong (or
# a message beginning with "error").
verdict() {
	"$TUTOR" try --lang "$1" "$2" "$3" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	case $rc in
	0)	echo correct; return ;;
	1)	;;
	*)	echo "error: exit $rc: $(head -n 1 "$tmp/err")"; return ;;
	esac
	# The rule and line numbers, in ASCII or Arabic-Indic digits.
	line=$(sed -n '1{s/^[^(]*(//;s/).*//;p;}' "$tmp/out" |
	    sed 'y/٠١٢٣٤٥٦٧٨٩/0123456789/' | grep -oE '[0-9]+' | sed -n 2p)
	if [ -z "$line" ]; then
		echo wrong
		return
	fi
	file=$(lesson_file "${2%%/*}")
	if [ -z "$file" ]; then
		echo "error: no lesson file for ${2%%/*}"
		return
	fi
	v=$(sed -n "${line}p" "$file" | grep -oE 'verdict: *.?(partly|wrong)' |
	    grep -oE '(partly|wrong)$')
	echo "${v:-error: line $line of $file is not a partly or wrong rule}"
}

for f in "$answers"/*.tsv; do
	lang=$(basename "$f" .tsv)
	lines=0
	while IFS='	' read -r id want answer; do
		case $id in '' | '#'*) continue ;; esac
		lines=$((lines + 1))
		# '#' would start a TAP directive in the test's name.
		name=$(printf '%s [%s] %s' "$id" "$lang" "$answer" |
		    sed 's/#/\\#/g')
		case $want in
		correct | partly | wrong) ;;
		*)	fail "$name: unknown verdict '$want' in $f"; continue ;;
		esac
		[ $(((lines - 1) % sample)) -eq 0 ] || continue
		got=$(verdict "$lang" "$id" "$answer")
		if [ "$got" = "$want" ]; then
			pass "$name: $want"
		else
			fail "$name: $want, got $got"
			sed 's/^/#   | /' "$tmp/out" | head -n 3
		fi
	done <"$f"
	check "$lang.tsv has at least 40 answers" test "$lines" -ge 40
done

done_testing
