# hostile-gen.sh: the hostile lesson files too big to keep in the source
# tree, made at run time by tests/hostile.sh and tests/bench-hostile.sh.
# Source it, then call `hostile_generate DIR`: it writes each NAME.yaml
# into DIR with a NAME.expect beside it, in the format of the files of
# tests/hostile/ ("# expect: LINE:COL: words", 0:0 for the whole file,
# "# expect: ok" for a file that must pass).

# repeat N TEXT: TEXT written N times, with no line break.
repeat() {
	awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# expect NAME LINE...: the sidecar of DIR/NAME.yaml.
expect() {
	_name=$1; shift
	: >"$gdir/$_name.expect"
	for _e in "$@"; do
		printf '# expect: %s\n' "$_e" >>"$gdir/$_name.expect"
	done
}

# The head of a lesson, up to "exercises:".
lesson_head() {
	printf 'format: 1\nid: %s\ntheme: digital-safety\nage: 11-14\n' "$1"
	printf 'order: 1\ntitle: {en: Title}\nintro: {en: Intro}\n'
	printf 'summary: {en: Summary}\nexercises:\n'
}

hostile_generate() {
	gdir=$1
	mkdir -p "$gdir" || return 1

	# Over the 1 MiB limit: refused before a byte is parsed.
	awk 'BEGIN { for (i = 0; i < 70000; i++) print "# a comment line" }' \
	    >"$gdir/size-over-1mib.yaml"
	expect size-over-1mib '0:0: the file is too big (more than 1 MiB): split it into several lessons'
	{ printf 'format: 1\nid: '; repeat 2097152 a; printf '\n'; } \
	    >"$gdir/size-line-2mib.yaml"
	expect size-line-2mib '0:0: the file is too big (more than 1 MiB)'

	# Just under the limit: one text of 1,000,000 bytes.
	{ printf 'format: 1\nid: x\ntitle: {en: '; repeat 1000000 a
	  printf '}\n'; } >"$gdir/size-text-1mb.yaml"
	expect size-text-1mb '3:13: this text is too long (more than 16384 bytes)'
	{ printf 'format: 1\nid: x\ntitle: {en: '"'"; repeat 16400 a
	  printf "'"'}\n'; } >"$gdir/size-text-over-limit.yaml"
	expect size-text-over-limit '3:13: this text is too long (more than 16384 bytes)'
	{ printf 'format: 1\n'; repeat 20000 k; printf ': x\n'; } \
	    >"$gdir/size-key-20k.yaml"
	expect size-key-20k '2:1: this key is longer than 1024 characters, which YAML does not allow'

	# Deep nesting: libyaml alone takes about a minute over these.
	{ printf 'format: 1\nid: x\nexercises: '; repeat 100000 '['; } \
	    >"$gdir/nest-flow-100000.yaml"
	expect nest-flow-100000 '3:43: the lists and mappings are nested too deeply (more than 32 levels)'
	{ printf 'format: 1\nid: x\ntitle: '; repeat 100000 '{a: '; } \
	    >"$gdir/nest-flow-map-100000.yaml"
	expect nest-flow-map-100000 '3:132: the lists and mappings are nested too deeply'
	{ printf 'format: 1\nexercises:\n  '; repeat 100000 '- '; printf 'x\n'; } \
	    >"$gdir/nest-block-seq-100000.yaml"
	expect nest-block-seq-100000 '3:65: the lists and mappings are nested too deeply'

	# Many values, keys, documents, anchors, aliases.
	{ printf 'format: 1\nx: ['; repeat 210000 '1,'; printf ']\n'; } \
	    >"$gdir/size-many-values.yaml"
	expect size-many-values '2:99991: the file has too many values (more than 50,000)'
	awk 'BEGIN { print "format: 1"
	    for (i = 0; i < 1500; i++) printf "k%d: x\n", i }' \
	    >"$gdir/size-many-keys.yaml"
	expect size-many-keys '1001:1: too many keys in one mapping (more than 1000)'
	awk 'BEGIN { print "format: 1"; print "x:"
	    for (m = 0; m < 20; m++) {
		printf "  - {"
		for (i = 0; i < 999; i++) printf "k%d: x, ", i
		printf "%s}\n", m == 19 ? "k5: again" : "last: x"
	    } }' >"$gdir/size-many-keys-many-maps.yaml"
	expect size-many-keys-many-maps "22:8887: the key 'k5' appears twice here (first at line 22)"
	awk 'BEGIN { for (i = 0; i < 50000; i++) print "---\na: 1" }' \
	    >"$gdir/size-many-documents.yaml"
	expect size-many-documents "3:1: a lesson file holds one document: remove the second '---'"
	{ printf 'x: ['; awk 'BEGIN { for (i = 0; i < 50000; i++)
	    printf "&a%d x, ", i }'; printf ']\n'; } >"$gdir/size-many-anchors.yaml"
	expect size-many-anchors '1:5: anchors (&name) are not allowed in lesson files'
	{ printf 'x: ['; repeat 150000 '*a, '; printf ']\n'; } \
	    >"$gdir/size-many-aliases.yaml"
	expect size-many-aliases '1:5: aliases (*name) are not allowed in lesson files'
	repeat 1000000 '#' >"$gdir/size-many-comments.yaml"
	expect size-many-comments '0:0: the file is empty'

	# Too many exercises; too many errors to list.
	{ lesson_head many-exercises
	  awk 'BEGIN { for (i = 0; i < 201; i++)
	    printf "  - {id: e%d, kind: true-false, prompt: {en: P}, answer: true}\n", i }'
	} >"$gdir/size-many-exercises.yaml"
	expect size-many-exercises '10:3: a lesson needs from 1 to 200 exercises'
	{ lesson_head many-errors
	  awk 'BEGIN { for (i = 0; i < 200; i++)
	    printf "  - {id: E%d, kind: quiz, prompt: {xx: P}, promt: 1, hint: 2, answr: 3}\n", i }'
	} >"$gdir/size-many-errors.yaml"
	expect size-many-errors "10:10: the exercise id 'E0' should use only lower-case letters" \
	    "10:20: unknown kind 'quiz'"

	# A sound lesson near the size limit: 200 free-text exercises with
	# long texts and self-tests. It must pass, and in milliseconds.
	{ lesson_head big-and-sound
	  awk -v q="'" -v long="$(repeat 25 'A long sentence about keeping secrets. ')" 'BEGIN {
	    for (i = 0; i < 200; i++) {
		printf "  - id: e%d\n    kind: free-text\n", i
		printf "    scenario: {en: \"%s\", fr: \"%s\"}\n", long, long
		printf "    prompt: {en: \"%s\", fr: \"%s\"}\n", long, long
		printf "    rules:\n      - verdict: wrong\n"
		printf "        patterns: {en: [%s\\bcolou?r%s], fr: [couleur]}\n", q, q
		printf "      - verdict: correct\n"
		printf "        patterns: {en: [%spass ?word|\\baddress%s], fr: [%smot de passe|adresse%s]}\n", q, q, q, q
		printf "    default-feedback: {en: No, fr: Non}\n"
		printf "    examples:\n"
		printf "      en: {accept: [my password, my address], reject: [my colour, hello]}\n"
		printf "      fr: {accept: [mon mot de passe], reject: [ma couleur, bonjour]}\n"
	    } }'
	} >"$gdir/size-big-sound-lesson.yaml"
	expect size-big-sound-lesson ok
}
