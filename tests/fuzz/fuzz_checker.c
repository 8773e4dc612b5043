/*
 * fuzz_checker.c: any bytes as the line a child types. One small lesson,
 * embedded below, has an exercise of every kind; each input is read as
 * an answer to each of them, in each language, and checked. The harness
 * aborts when a promise of checker.h or normalize.h is broken:
 *
 * - every answer gets one of the three verdicts, with feedback that
 *   exists and a rule number that does, and the same result when checked
 *   again (in one language per exercise: normalising dominates the time);
 * - a typed line is either refused (and the answer left empty) or read
 *   into an answer that the exercise can hold;
 * - cleaned and folded text is valid UTF-8 in NFC, with no control or
 *   format character, no tab or line break, no leading, trailing or
 *   doubled space, and no longer than the Unicode expansion bounds allow
 *   (the input is cut to NORMALIZE_MAX_ANSWER bytes, but NFC may make a
 *   character up to three times longer in UTF-8, and compatibility
 *   decomposition up to eleven times: U+FDFA is 3 bytes and folds to 33).
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "checker.h"
#include "fuzz.h"
#include "loader.h"
#include "normalize.h"

#define CLEAN_MAX_EXPANSION	3	/* NFC, in UTF-8 */
#define FOLD_MAX_EXPANSION	11	/* NFKD and case folding, in UTF-8 */

/*
 * Patterns in single quotes, as trainers are told to write them. The
 * first rules pair a pattern that backtracks catastrophically with one
 * that never matches, under match: all, so that the hostile pattern runs
 * on every input and its rule never decides.
 */
static const char lesson_yaml[] =
    "format: 1\n"
    "id: fuzz\n"
    "theme: digital-safety\n"
    "age: 8-10\n"
    "order: 1\n"
    "title: {en: Fuzz, fr: Fuzz, ar: فحص, zgh: ⴰⵙⴼⵍⵉ}\n"
    "intro: {en: Intro., fr: Intro., ar: مقدمة., zgh: ⴰⵣⵡⴰⵔ.}\n"
    "summary: {en: Done., fr: Fini., ar: انتهى., zgh: ⵉⴽⵎⵍ.}\n"
    "exercises:\n"
    "  - id: secret\n"
    "    kind: free-text\n"
    "    prompt:\n"
    "      en: Name one thing you keep secret.\n"
    "      fr: Cite une chose que tu gardes secrète.\n"
    "      ar: اذكر شيئا تحتفظ به سرا.\n"
    "    rules:\n"
    "      - verdict: wrong\n"
    "        match: all\n"
    "        patterns:\n"
    "          common: ['^(\\w+\\s?)*$', 'zqzqzq']\n"
    "      - verdict: wrong\n"
    "        match: all\n"
    "        patterns:\n"
    "          common: ['(a+)+$', 'zqzqzq']\n"
    "      - verdict: wrong\n"
    "        match: all\n"
    "        patterns:\n"
    "          common: ['(?:a|a)*b', '((\\d+)*)+x', 'zqzqzq']\n"
    "      - verdict: wrong\n"
    "        match: all\n"
    "        patterns:\n"
    "          ar: ['(ا+)+ب', '^(\\p{Arabic}+\\s?)*!$', 'zqzqzq']\n"
    "          fr: ['(e|é|è)*$', '^(.*?,){11}P', 'zqzqzq']\n"
    "      - verdict: wrong\n"
    "        patterns:\n"
    "          en: ['\\bnot\\b', \"n't\", '^(no|never)$']\n"
    "          fr: ['\\bne\\b.*\\bpas\\b', '\\bjamais\\b']\n"
    "          ar: ['^لا', 'ليس|لن']\n"
    "        feedback:\n"
    "          en: Tell me what you would keep.\n"
    "          fr: Dis-moi ce que tu garderais.\n"
    "          ar: قل لي ما الذي ستحتفظ به.\n"
    "      - verdict: partly\n"
    "        match: all\n"
    "        patterns:\n"
    "          en: ['name', 'first']\n"
    "          fr: ['prénom', 'nom']\n"
    "          ar: ['اسم', 'الأول']\n"
    "        feedback:\n"
    "          en: A first name alone is not so risky.\n"
    "          fr: Un prénom seul n'est pas très risqué.\n"
    "          ar: الاسم الأول وحده ليس خطيرا.\n"
    "      - verdict: correct\n"
    "        patterns:\n"
    "          en: ['address', 'phone', 'pass(word)?']\n"
    "          fr: ['adresse', 'téléphone|numéro', 'mot de passe|mdp',"
    " 'école']\n"
    "          ar: ['عنوان', 'الهاتف|رقم', 'كلمة السر', 'المدرسة']\n"
    "          common: ['\\d{6,}', '\\bcndp\\b', '[٠-٩]{3}']\n"
    "        feedback:\n"
    "          en: Yes, keep that secret.\n"
    "          fr: Oui, garde-le secret.\n"
    "          ar: نعم، احتفظ به سرا.\n"
    "      - verdict: wrong\n"
    "        match: none\n"
    "        patterns:\n"
    "          common: ['\\p{L}', '\\d']\n"
    "        feedback:\n"
    "          en: Type a word.\n"
    "          fr: Écris un mot.\n"
    "          ar: اكتب كلمة.\n"
    "      - verdict: partly\n"
    "        match: none\n"
    "        patterns:\n"
    "          en: ['secret|private']\n"
    "          fr: ['secret|prive']\n"
    "          ar: ['سر|خاص']\n"
    "    default-feedback:\n"
    "      en: Think of your home.\n"
    "      fr: Pense à ta maison.\n"
    "      ar: فكر في بيتك.\n"
    "    examples:\n"
    "      en:\n"
    "        accept: [my address, My PASSWORD]\n"
    "        reject: [I would not, {answer: my cat, verdict: partly}]\n"
    "      fr:\n"
    "        accept: [mon adresse, le numéro de TÉLÉPHONE]\n"
    "        reject: [jamais]\n"
    "      ar:\n"
    "        accept: [عنوانُ البيت, ﺍﻟﻬﺎﺗﻒ]\n"
    "        reject: [لا أعرف]\n"
    "  - id: exact\n"
    "    kind: free-text\n"
    "    fold: false\n"
    "    prompt: {en: Write Sécurité with its capital and accents.}\n"
    "    rules:\n"
    "      - verdict: wrong\n"
    "        match: all\n"
    "        patterns:\n"
    "          common: ['(x+x+)+y', 'zqzqzq']\n"
    "      - verdict: correct\n"
    "        patterns:\n"
    "          en: ['^Sécurité$']\n"
    "      - verdict: partly\n"
    "        patterns:\n"
    "          common: ['(?i)^s[eé]curit[eé]$']\n"
    "    default-feedback: {en: Try again.}\n"
    "    examples:\n"
    "      en:\n"
    "        accept: [Sécurité]\n"
    "        reject: [{answer: securite, verdict: partly}]\n"
    "  - id: pick-one\n"
    "    kind: single-choice\n"
    "    prompt: {en: Which one is safe to share?, fr: Que partager ?}\n"
    "    options:\n"
    "      - text: {en: Your nickname, fr: Ton pseudo}\n"
    "        correct: true\n"
    "        feedback: {en: Yes., fr: Oui.}\n"
    "      - text: {en: Your address, fr: Ton adresse}\n"
    "        feedback: {en: No., fr: Non.}\n"
    "      - text: {en: Your password, fr: Ton mot de passe}\n"
    "  - id: pick-many\n"
    "    kind: multiple-choice\n"
    "    prompt: {en: Which ones are private?, ar: ما الخاص؟}\n"
    "    options:\n"
    "      - text: {en: Home address, ar: العنوان}\n"
    "        correct: true\n"
    "        feedback: {en: Yes., ar: نعم.}\n"
    "      - text: {en: Favourite colour, ar: اللون المفضل}\n"
    "        feedback: {en: Fine to share., ar: لا بأس.}\n"
    "      - text: {en: Phone number, ar: رقم الهاتف}\n"
    "        correct: true\n"
    "      - {text: {en: Nickname, ar: اللقب}}\n"
    "      - {text: {en: Password, ar: كلمة السر}, correct: true}\n"
    "      - {text: {en: Game, ar: اللعبة}}\n"
    "      - {text: {en: School, ar: المدرسة}, correct: true}\n"
    "      - {text: {en: Pet, ar: الحيوان}}\n"
    "      - {text: {en: Birthday, ar: عيد الميلاد}, correct: true}\n"
    "  - id: true-or-false\n"
    "    kind: true-false\n"
    "    prompt:\n"
    "      en: Your best friend may know your password.\n"
    "      fr: Ton meilleur ami peut connaître ton mot de passe.\n"
    "      ar: يمكن لصديقك أن يعرف كلمة السر.\n"
    "      zgh: ⵉⵖⵢ ⵓⵎⴷⴷⴰⴽⴽⵓⵍ ⴰⴷ ⵉⵙⵙⵏ ⴰⵡⴰⵍ ⵏ ⵓⴼⵔⴰ.\n"
    "    answer: false\n"
    "    feedback-true: {en: No., fr: Non., ar: لا., zgh: ⵓⵀⵓ.}\n"
    "    feedback-false: {en: Right., fr: Oui., ar: نعم., zgh: ⵢⴰⵀ.}\n"
    "  - id: in-order\n"
    "    kind: ordering\n"
    "    prompt: {en: Put the steps in order., fr: Mets dans l'ordre.}\n"
    "    steps:\n"
    "      - text: {en: Pick three words, fr: Choisis trois mots}\n"
    "      - text: {en: Join them, fr: Colle-les}\n"
    "        feedback: {en: Join after picking., fr: Colle ensuite.}\n"
    "      - text: {en: Add a symbol, fr: Ajoute un symbole}\n"
    "        feedback: {en: The symbol comes last., fr: À la fin.}\n"
    "      - text: {en: Keep it secret, fr: Garde-le secret}\n";

static struct lesson *lesson;

static void
load_lesson(void)
{
	struct diags d;

	diags_init(&d);
	lesson = loader_load_buffer("fuzz_checker.yaml", lesson_yaml,
	    sizeof lesson_yaml - 1, &d);
	if (lesson == NULL) {
		diags_print(&d, stderr);
		abort();
	}
	diags_free(&d);
}

/* The promises of normalize.h about what normalize_clean gives back. */
static void
check_normalized(const char *s, size_t max)
{
	const uint8_t *p = (const uint8_t *)s;
	uint8_t *nfc;
	size_t len, nfclen, i;
	ucs4_t c;
	int k;

	if (s == NULL)
		abort();
	len = strlen(s);
	if (len > max || u8_check(p, len) != NULL)
		abort();
	if (len != 0 && (s[0] == ' ' || s[len - 1] == ' ' ||
	    strstr(s, "  ") != NULL))
		abort();
	for (i = 0; i < len; i += (size_t)k) {
		k = u8_mbtouc(&c, p + i, len - i);
		if (c < 0x20 || c == 0x7f)
			abort();
		if (uc_is_general_category(c, UC_CONTROL) ||
		    uc_is_general_category(c, UC_FORMAT))
			abort();
		if (c != ' ' && (uc_is_general_category(c,
		    UC_SPACE_SEPARATOR) || uc_is_general_category(c,
		    UC_LINE_SEPARATOR) || uc_is_general_category(c,
		    UC_PARAGRAPH_SEPARATOR)))
			abort();
	}
	if (len == 0)
		return;
	nfc = u8_normalize(UNINORM_NFC, p, len, NULL, &nfclen);
	if (nfc == NULL || nfclen != len || memcmp(nfc, p, len) != 0)
		abort();
	free(nfc);
}

/* What answer_parse may give back for a typed line. */
static void
check_parsed(const struct exercise *ex, const uint8_t *data, size_t size,
    const char *clean, enum parse_error rc, const struct answer *a)
{
	static const struct answer empty;
	unsigned mask, seen = 0;
	size_t i;

	if (rc > PARSE_NOT_ALL_STEPS)
		abort();
	if (ex->kind == KIND_FREE_TEXT) {
		if (rc != PARSE_OK && rc != PARSE_EMPTY)
			abort();
		if (a->text != (const char *)data || a->len != size)
			abort();
		if ((rc == PARSE_EMPTY) != (clean[0] == '\0'))
			abort();
		return;
	}
	if (rc != PARSE_OK) {
		if (memcmp(a, &empty, sizeof *a) != 0)
			abort();
		return;
	}
	if (a->text != NULL)
		abort();
	mask = (1u << ex->noptions) - 1;
	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_TRUE_FALSE:
		if (a->chosen == 0 || (a->chosen & (a->chosen - 1)) != 0 ||
		    (a->chosen & ~mask) != 0)
			abort();
		break;
	case KIND_MULTIPLE:
		if (a->chosen == 0 || (a->chosen & ~mask) != 0)
			abort();
		break;
	case KIND_ORDERING:
		if (a->norder != ex->nsteps)
			abort();
		for (i = 0; i < a->norder; i++) {
			if (a->order[i] >= ex->nsteps ||
			    (seen & (1u << a->order[i])))
				abort();
			seen |= 1u << a->order[i];
		}
		break;
	default:
		abort();
	}
}

/*
 * The verdict's promises, and when again is set, the same verdict the
 * second time.
 */
static void
check_result(const struct exercise *ex, enum lang lang,
    const struct answer *a, bool again_too)
{
	struct result r, again;
	unsigned right = 0, mask;
	size_t i;

	checker_check(ex, lang, a, &r);
	if (r.verdict != VERDICT_WRONG && r.verdict != VERDICT_PARTLY &&
	    r.verdict != VERDICT_CORRECT)
		abort();
	if (r.nfeedback > RESULT_MAX_FEEDBACK)
		abort();
	for (i = 0; i < r.nfeedback; i++) {
		if (r.feedback[i] == NULL || text_empty(r.feedback[i]))
			abort();
	}
	if (r.rule < -1 || (r.rule >= 0 && (size_t)r.rule >= ex->nrules))
		abort();
	switch (ex->kind) {
	case KIND_FREE_TEXT:
		if (r.rule == -1 && (r.verdict != VERDICT_WRONG ||
		    r.nfeedback != 1 || r.feedback[0] != &ex->default_feedback))
			abort();
		if (r.rule >= 0 && r.verdict != ex->rules[r.rule].verdict)
			abort();
		break;
	case KIND_ORDERING:
		if (r.rule != -1 || r.placed > ex->nsteps ||
		    (r.verdict == VERDICT_CORRECT) != (r.placed == ex->nsteps))
			abort();
		break;
	default:
		mask = (1u << ex->noptions) - 1;
		for (i = 0; i < ex->noptions; i++) {
			if (ex->options[i].correct)
				right |= 1u << i;
		}
		if (r.rule != -1 ||
		    (r.verdict == VERDICT_CORRECT) != ((a->chosen & mask) ==
		    right))
			abort();
		break;
	}
	if (!again_too)
		return;
	checker_check(ex, lang, a, &again);
	if (again.verdict != r.verdict || again.rule != r.rule ||
	    again.nfeedback != r.nfeedback || again.limited != r.limited ||
	    again.placed != r.placed ||
	    memcmp(again.feedback, r.feedback, sizeof r.feedback) != 0)
		abort();
}

/*
 * An answer made straight from the bytes, past answer_parse: the checker
 * must cope with any option bits and any step numbers.
 */
static void
raw_answer(const uint8_t *data, size_t size, struct answer *a)
{
	size_t i;

	memset(a, 0, sizeof *a);
	for (i = 0; i < 4 && i < size; i++)
		a->chosen |= (unsigned)data[i] << (8 * i);
	if (size > 4)
		a->norder = data[4] % (EXERCISE_MAX_STEPS + 1);
	for (i = 0; i < a->norder && 5 + i < size; i++)
		a->order[i] = data[5 + i] % (EXERCISE_MAX_STEPS + 3);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct exercise *ex;
	struct answer a;
	enum parse_error rc;
	enum lang want, lang;
	langset done;
	size_t i;
	char *clean, *s;

	if (lesson == NULL)
		load_lesson();

	clean = normalize_clean((const char *)data, size);
	check_normalized(clean, CLEAN_MAX_EXPANSION * NORMALIZE_MAX_ANSWER);
	s = normalize_fold((const char *)data, size);
	check_normalized(s, FOLD_MAX_EXPANSION * NORMALIZE_MAX_ANSWER);
	free(s);

	for (i = 0; i < lesson->nexercises; i++) {
		ex = &lesson->exercises[i];
		rc = answer_parse(ex, (const char *)data, size, &a);
		check_parsed(ex, data, size, clean, rc, &a);
		done = 0;
		for (want = 0; want < LANG_COUNT; want++) {
			lang = exercise_lang(ex, want);
			if (lang >= LANG_COUNT || (done & (1u << lang)))
				continue;
			check_result(ex, lang, &a, done == 0);
			done |= 1u << lang;
		}
		if (ex->kind != KIND_FREE_TEXT) {
			raw_answer(data, size, &a);
			check_result(ex, exercise_lang(ex, LANG_EN), &a, true);
		}
	}
	free(clean);
	return 0;
}
