/*
 * gen_lessons_text.c: the bank of texts, patterns and answers that
 * tests/gen_lessons combines into lessons. The subjects are those of the
 * shipped lessons (what stays private, scam messages, chatbots, photos of
 * friends), so that the texts have the lengths and the scripts of real
 * ones; the Tifinagh (zgh) texts are taken from the shipped lessons.
 *
 * The free-text patterns are written like the shipped ones (folded: no
 * capitals, no accents, ه for ة, ا for أ), and each answer is chosen so
 * that the rules decide it as gen_lessons.c expects whatever subset of
 * the correct patterns an exercise uses (gen_lessons.h says the order of
 * the rules). tests/gen-lessons.sh proves it with `tutor check`.
 */
#include "config.h"

#include "gen_lessons.h"

#define T(ar, en, fr, zgh) \
	{ { [LANG_AR] = ar, [LANG_EN] = en, [LANG_FR] = fr, [LANG_ZGH] = zgh } }
#define N(a) (sizeof (a) / sizeof (a)[0])

const struct tr gl_names[] = {
	T("آية", "Aya", "Aya", "ⴰⵢⴰ"),
	T("إيدير", "Idir", "Idir", "ⵉⴷⵉⵔ"),
	T("سلمى", "Salma", "Salma", "ⵙⴰⵍⵎⴰ"),
	T("ياسين", "Yassine", "Yassine", "ⵢⴰⵙⵉⵏ"),
	T("أنير", "Anir", "Anir", "ⴰⵏⵉⵔ"),
	T("تيليلي", "Tilelli", "Tilelli", "ⵜⵉⵍⵍⵉⵍⵉ"),
	T("لينا", "Lina", "Lina", "ⵍⵉⵏⴰ"),
	T("عمر", "Omar", "Omar", "ⵄⵓⵎⴰⵔ"),
};
const size_t gl_nnames = N(gl_names);

const struct tr gl_towns[] = {
	T("تيزنيت", "Tiznit", "Tiznit", "ⵜⵉⵣⵏⵉⵜ"),
	T("أكادير", "Agadir", "Agadir", "ⴰⴳⴰⴷⵉⵔ"),
	T("فاس", "Fez", "Fès", "ⴼⴰⵙ"),
	T("وجدة", "Oujda", "Oujda", "ⵡⵓⵊⴷⴰ"),
	T("الرباط", "Rabat", "Rabat", "ⵕⵕⴱⴰⵟ"),
};
const size_t gl_ntowns = N(gl_towns);

const struct tr gl_yes = T("نعم.", "Yes.", "Oui.", "ⵢⴰⵀ!");
const struct tr gl_no = T("ليس هذا.", "Not this one.", "Pas celle-ci.",
    "ⵓⵀⵓ.");

const struct tr gl_lesson_title = T(
    "سلسلة تمارين رقم {n}: ما نشاركه وما نحميه",
    "Practice set {n}: what we share and what we protect",
    "Série d'exercices n° {n} : ce qu'on partage et ce qu'on protège",
    "ⴰⵙⵍⵎⴷ {n}: ⵎⴰ ⵙⴽⵏⵖ ⴷ ⵎⴰ ⴼⴼⵔⵖ");
const struct tr gl_lesson_objective = T(
    "أن أميز ما يمكن مشاركته مما يبقى خاصا، وأن أعرف متى أطلب المساعدة.",
    "Tell what is fine to share from what stays private, and know when to ask "
    "for help.",
    "Trier ce qui peut se partager et ce qui reste privé, et savoir quand "
    "demander de l'aide.",
    "ⴰⴷ ⵙⵙⵏⵖ ⵎⴰ ⵙⴽⵏⵖ ⴷ ⵎⴰ ⴼⴼⵔⵖ ⵖⴼ ⵓⵏⵜⵔⵏⵉⵜ.");
const struct tr gl_lesson_intro = T(
    "في هذه السلسلة رقم {n} نلتقي بآية وإيدير وسلمى وأنير. كل واحد منهم "
    "يواجه موقفا على الإنترنت: رسالة غريبة، أو صورة، أو روبوت محادثة. "
    "فكر قبل أن تجيب، ويمكنك دائما طلب تلميح.",
    "In practice set {n} we meet Aya, Idir, Salma and Anir. Each of them "
    "faces something online: a strange message, a photo, a chatbot. Think "
    "before you answer, and you can always ask for a hint.",
    "Dans la série n° {n}, on retrouve Aya, Idir, Salma et Anir. Chacun "
    "rencontre une situation en ligne : un message bizarre, une photo, un "
    "chatbot. Réfléchis avant de répondre ; tu peux toujours demander un "
    "indice.",
    "ⴰⵣⵓⵍ! ⴽⵔⴰ ⵏ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵏⵜ ⵜⵙⴽⵏⴷ. ⴽⵔⴰ ⵢⴰⴹⵏ ⵉⵇⵇⴰⵏ ⴰⴷ "
    "ⵜⵏⵜ ⵜⴼⴼⵔⴷ.");
const struct tr gl_lesson_summary = T(
    "الاسم المستعار يمكن مشاركته؛ العنوان والهاتف وكلمات السر تبقى لك. "
    "تحقق مما يقوله روبوت المحادثة، واسأل قبل نشر صورة صديق، وإذا أزعجتك "
    "رسالة فأخبر شخصا كبيرا تثق به.",
    "A nickname is fine to share; address, phone and passwords stay yours. "
    "Check what a chatbot says, ask before posting a friend's photo, and "
    "if a message makes you uneasy, tell a trusted adult.",
    "Un pseudo, ça se partage ; adresse, téléphone et mots de passe restent "
    "à toi. Vérifie ce que dit un chatbot, demande avant de publier la "
    "photo d'un ami, et si un message te met mal à l'aise, parles-en à un "
    "adulte de confiance.",
    "ⵉⵙⵎ ⵏ ⵓⵔⴰⵔ: ⵜⵣⵎⵔⴷ ⴰⴷ ⵜ ⵜⵙⴽⵏⴷ. ⵜⴰⵏⵙⴰ, ⴰⵜⵉⵍⵉⴼⵓⵏ, ⵜⴰⴳⵓⵔⵉ ⵏ "
    "ⵓⵣⵔⴰⵢ, ⵜⵉⵏⵎⵍ: ⴼⴼⵔ ⵜⵏ!");

/* ---- Choices ---------------------------------------------------------- */

static const struct gl_item private_pick[] = {
	{ T("كلمة السر", "A password", "Un mot de passe",
	    "ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ"),
	  T("كلمة السر سر بينك وبين والديك فقط.",
	    "A password is a secret for you and your parents only.",
	    "Un mot de passe est un secret entre toi et tes parents.",
	    "ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜ ⵉⴼⴼⵔ.") },
	{ T("عنوان البيت", "The home address", "L'adresse de la maison",
	    "ⵜⴰⵏⵙⴰ ⵏ ⵜⴰⴷⴷⴰⵔⵜ"),
	  T("العنوان يقود مباشرة إلى البيت.",
	    "An address leads straight to the house.",
	    "L'adresse mène tout droit à la maison.",
	    "ⵜⴰⵏⵙⴰ ⵜⵙⵙⴽⴰⵏ ⵎⴰⵏⵉ ⵜⵣⴷⵖ.") },
	{ T("رقم الهاتف", "The phone number", "Le numéro de téléphone",
	    "ⴰⵟⵟⵓⵏ ⵏ ⵓⵜⵉⵍⵉⴼⵓⵏ"),
	  T("قد يتصل أشخاص غرباء أو يرسلون رسائل.",
	    "Strangers could call or send messages.",
	    "Des inconnus pourraient appeler ou écrire.",
	    "ⵢⴰⵏ ⵓⵔ ⵜⵙⵙⵉⵏ ⵉⵣⵎⵔ ⴰⴷ ⴰⵙ ⵉⵙⵉⵡⵍ.") },
	{ T("اسم المدرسة", "The name of the school", "Le nom de l'école",
	    "ⵉⵙⵎ ⵏ ⵜⵉⵏⵎⵍ"),
	  T("قد ينتظر شخص غريب أمام المدرسة.",
	    "A stranger could wait outside the school.",
	    "Un inconnu pourrait attendre devant l'école.",
	    "ⵢⴰⵏ ⵓⵔ ⵜⵙⵙⵉⵏ ⵉⵣⵎⵔ ⴰⴷ ⵉⵔⴰⵊⵓ ⴳ ⵜⵉⵏⵎⵍ.") },
	{ T("رمز البطاقة البنكية لأحد الوالدين",
	    "The code of a parent's bank card",
	    "Le code de la carte bancaire d'un parent", NULL),
	  T("بهذا الرمز يمكن لأي شخص أن ينفق مال العائلة.",
	    "With that code, anyone could spend the family's money.",
	    "Avec ce code, n'importe qui pourrait dépenser l'argent de la "
	    "famille.", NULL) },
};

static const struct gl_item private_other[] = {
	{ T("اسم مستعار، مثل «نجمة99»", "A nickname, like “Star99”",
	    "Un pseudo, comme « Étoile99 »", "ⵉⵙⵎ ⵏ ⵓⵔⴰⵔ, ⴰⵎ «ⵉⵜⵔⵉ99»"),
	  T("الاسم المستعار لا يقول من أنت ولا أين تسكن.",
	    "A nickname doesn't say who you are or where you live.",
	    "Un pseudo ne dit ni qui tu es, ni où tu habites.",
	    "ⵉⵙⵎ ⴰⴷ ⵓⵔ ⵉⵏⵏⵉ ⵎⴰⵏⵉ ⵜⵣⴷⵖⴷ.") },
	{ T("الرياضة المفضلة", "The favourite sport", "Le sport préféré", NULL),
	  T("الرياضة المفضلة لا تقود إليك.",
	    "A favourite sport does not lead anyone to you.",
	    "Un sport préféré ne mène personne jusqu'à toi.", NULL) },
	{ T("رسم لقطة", "A drawing of a cat", "Un dessin de chat", NULL),
	  T("الرسم لا يقول شيئا عن مكان سكنك.",
	    "A drawing says nothing about where you live.",
	    "Un dessin ne dit rien de l'endroit où tu habites.", NULL) },
};

static const struct gl_item scam_pick[] = {
	{ T("تطلب الرمز الذي وصلك للتو في رسالة قصيرة",
	    "It asks for the code you just got by SMS",
	    "Il demande le code que tu viens de recevoir par SMS", NULL),
	  T("لا أحد يحتاج هذا الرمز: إنه يفتح حسابك.",
	    "Nobody real ever needs that code: it opens your account.",
	    "Personne n'a besoin de ce code : il ouvre ton compte.", NULL) },
	{ T("تقول إن عليك أن تجيب خلال ساعة",
	    "It says you must answer within one hour",
	    "Il dit que tu dois répondre dans l'heure", NULL),
	  T("الاستعجال حيلة لكي لا تفكر.",
	    "Hurry is a trick to stop you thinking.",
	    "L'urgence est une ruse pour t'empêcher de réfléchir.", NULL) },
	{ T("تأتي من رقم لا تعرفه", "It comes from a number you don't know",
	    "Il vient d'un numéro que tu ne connais pas", NULL),
	  T("المرسل المجهول يمكنه أن يتظاهر بأنه أي شخص.",
	    "An unknown sender can pretend to be anyone.",
	    "Un expéditeur inconnu peut se faire passer pour n'importe qui.",
	    NULL) },
	{ T("فيها رابط قصير للنقر عليه", "It has a short link to click",
	    "Il contient un lien raccourci à cliquer", NULL),
	  T("الرابط القصير يخفي المكان الذي يقودك إليه.",
	    "A short link hides where it really goes.",
	    "Un lien raccourci cache où il mène vraiment.", NULL) },
	{ T("تقول إنك ربحت جائزة في مسابقة لم تشارك فيها",
	    "It says you won a prize in a contest you never entered",
	    "Il dit que tu as gagné un concours auquel tu n'as jamais joué",
	    NULL),
	  T("لا يمكن أن تربح مسابقة لم تشارك فيها.",
	    "You cannot win a contest you never entered.",
	    "On ne gagne pas un concours auquel on n'a pas joué.", NULL) },
};

static const struct gl_item scam_other[] = {
	{ T("تذكير أستاذك المعتاد في مجموعة القسم",
	    "Your teacher's usual reminder in the class group",
	    "Le rappel habituel de ton prof dans le groupe de la classe", NULL),
	  T("مرسل تعرفه، في الوقت المعتاد، ولا يطلب شيئا.",
	    "A sender you know, at the usual time, asking for nothing.",
	    "Un expéditeur connu, à l'heure habituelle, qui ne demande rien.",
	    NULL) },
	{ T("ابن عمك يسلم عليك، بلا رابط",
	    "Your cousin saying hello, with no link",
	    "Ton cousin qui dit bonjour, sans lien", NULL),
	  T("لا يطلب شيئا وليس فيه رابط.",
	    "It asks for nothing and has no link.",
	    "Il ne demande rien et n'a pas de lien.", NULL) },
};

static const struct gl_item ai_pick[] = {
	{ T("روبوت المحادثة يمكن أن يخطئ", "A chatbot can make mistakes",
	    "Un chatbot peut se tromper", NULL),
	  T("يركب كلمات تبدو صحيحة، حتى عندما تكون خاطئة.",
	    "It puts together words that sound right, even when they are "
	    "wrong.",
	    "Il assemble des mots qui sonnent juste, même quand ils sont "
	    "faux.", NULL) },
	{ T("روبوت المحادثة تعلم من أمثلة كتبها الناس",
	    "A chatbot learned from examples written by people",
	    "Un chatbot a appris avec des exemples écrits par des gens", NULL),
	  T("أجوبته تأتي من النصوص التي تدرب عليها.",
	    "Its answers come from the texts it was trained on.",
	    "Ses réponses viennent des textes avec lesquels il a été entraîné.",
	    NULL) },
	{ T("روبوت المحادثة يمكن أن يخترع مصدرا غير موجود",
	    "A chatbot can invent a source that does not exist",
	    "Un chatbot peut inventer une source qui n'existe pas", NULL),
	  T("تحقق من كل مصدر يعطيه.", "Check every source it gives.",
	    "Vérifie chaque source qu'il donne.", NULL) },
	{ T("أجوبة روبوت المحادثة قد تظلم بعض الناس",
	    "A chatbot's answers can be unfair to some people",
	    "Les réponses d'un chatbot peuvent être injustes envers certains",
	    NULL),
	  T("الأمثلة التي تعلم منها قد تكون منحازة.",
	    "The examples it learned from can be biased.",
	    "Les exemples dont il a appris peuvent avoir des biais.", NULL) },
};

static const struct gl_item ai_other[] = {
	{ T("روبوت المحادثة دائما على حق", "A chatbot is always right",
	    "Un chatbot a toujours raison", NULL),
	  T("يمكن أن يخطئ وهو يبدو واثقا من نفسه.",
	    "It can be wrong and still sound sure of itself.",
	    "Il peut se tromper tout en ayant l'air sûr de lui.", NULL) },
	{ T("روبوت المحادثة له مشاعر مثل صديق",
	    "A chatbot has feelings, like a friend",
	    "Un chatbot a des sentiments, comme un ami", NULL),
	  T("ليست له مشاعر: إنه برنامج.",
	      "It has no feelings: it is a program.",
	    "Il n'a pas de sentiments : c'est un programme.", NULL) },
	{ T("روبوت المحادثة يعرف كل شيء عنك",
	    "A chatbot knows everything about you",
	    "Un chatbot sait tout de toi", NULL),
	  T("لا يعرف إلا ما تعلمه وما تقوله له.",
	    "It knows only what it learned and what you tell it.",
	    "Il ne sait que ce qu'il a appris et ce que tu lui dis.", NULL) },
};

const struct gl_category gl_categories[] = {
	{
		T("ما نحتفظ به لأنفسنا", "What we keep to ourselves",
		    "Ce qu'on garde pour soi", "ⵎⴰ ⴼⴼⵔⵖ"),
		T("{name}، {age} سنوات، من {town}. ملف {name} في لعبة على "
		    "الإنترنت يراه كل اللاعبين.",
		    "{name}, {age}, lives in {town}. {name}'s profile in an "
		    "online game can be seen by every player.",
		    "{name}, {age} ans, habite à {town}. Tous les joueurs d'un "
		    "jeu en ligne peuvent voir le profil de {name}.",
		    "{name}: ⴽⵓⵍⵍⵓ ⵎⴷⴷⵏ ⴰⴷ ⵥⵕⵏ ⵎⴰ ⵜⵓⵔⴰ ⵖⴼ ⵓⵏⵜⵔⵏⵉⵜ."),
		T("ماذا يمكن أن يوضع في ملف {name} في اللعبة؟",
		    "What can go on {name}'s game profile?",
		    "Que peut-on mettre sur le profil de jeu de {name} ?",
		    "ⵎⴰⵢⴷ ⵜⵣⵎⵔ {name} ⴰⴷ ⵜⴰⵔⵓ ⴳ ⵓⵔⴰⵔ?"),
		T("يرتب {name} معلوماته. ما المعلومات التي يجب أن تبقى خاصة؟ "
		    "اختر كل الأجوبة الصحيحة.",
		    "{name} is sorting some information. Which things must "
		    "stay private? Pick all the right answers.",
		    "{name} trie des informations. Lesquelles doivent rester "
		    "privées ? Choisis toutes les bonnes réponses.",
		    "ⵎⴰⵏ ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⴰⴷ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵏⵜ ⵉⴼⴼⵔ {name}? ⵙⵜⵉ ⵓⴳⴳⴰⵔ "
		    "ⵏ ⵢⴰⵜ."),
		private_pick, N(private_pick), private_other, N(private_other),
		{
			T("هل يمكن لشخص غريب أن يجدك بهذه المعلومة؟",
			    "Could a stranger find you with this information?",
			    "Un inconnu pourrait-il te trouver avec cette "
			    "information ?",
			    "ⵉⵙ ⵉⵣⵎⵔ ⵢⴰⵏ ⵓⵔ ⵜⵙⵙⵉⵏ ⴰⴷ ⴽ ⵢⴰⴼ?"),
			T("فكر في البيت والمدرسة والهاتف.",
			    "Think of the home, the school and the phone.",
			    "Pense à la maison, à l'école et au téléphone.",
			    "ⵙⵜⵉ ⵎⴰ ⵓⵔ ⵉⵙⵙⴽⴰⵏ ⵜⴰⴷⴷⴰⵔⵜ, ⵜⵉⵏⵎⵍ ⵏⵖ "
			    "ⴰⵜⵉⵍⵉⴼⵓⵏ."),
			T("ما الذي يقود إلى مكان حقيقي أو إلى حساب؟",
			    "What leads to a real place, or into an account?",
			    "Qu'est-ce qui mène à un vrai lieu, ou dans un "
			    "compte ?", NULL),
		},
		T("الاسم المستعار يمكن مشاركته. العنوان والهاتف والمدرسة "
		    "وكلمات السر تبقى خاصة. إذا سألك أحد عنها فاطلب المساعدة "
		    "من {{child-helpline}}.",
		    "A nickname is fine to share. Address, phone, school and "
		    "passwords stay private. If someone asks for them, you can "
		    "call {{child-helpline}}.",
		    "Un pseudo peut se partager. Adresse, téléphone, école et "
		    "mots de passe restent privés. Si quelqu'un te les "
		    "demande, tu peux appeler {{child-helpline}}.",
		    "ⵉⵙⵎ ⵏ ⵓⵔⴰⵔ ⵉⵖⵓⴷⴰ. ⵜⵉⵏⵎⵍ, ⵜⴰⵏⵙⴰ ⴷ ⵓⵟⵟⵓⵏ ⵏ "
		    "ⵓⵜⵉⵍⵉⴼⵓⵏ: ⴼⴼⵔ ⵜⵏ. {{child-helpline}}"),
	},
	{
		T("رسائل الاحتيال", "Scam messages", "Les messages d'arnaque",
		    NULL),
		T("وصلت {name} ({age} سنة) رسالة على هاتف العائلة في {town}.",
		    "{name}, {age}, gets a message on the family phone in "
		    "{town}.",
		    "{name}, {age} ans, reçoit un message sur le téléphone de "
		    "la famille, à {town}.", NULL),
		T("أي رسالة تبدو غير مؤذية؟", "Which message looks harmless?",
		    "Quel message a l'air sans danger ?", NULL),
		T("ما علامات الاحتيال في رسالة؟ اختر كل الأجوبة الصحيحة.",
		    "Which are warning signs of a scam? Pick all the right "
		    "answers.",
		    "Quels sont les signes d'une arnaque ? Choisis toutes les "
		    "bonnes réponses.", NULL),
		scam_pick, N(scam_pick), scam_other, N(scam_other),
		{
			T("من أرسل الرسالة؟ هل تعرفه؟",
			    "Who sent it? Do you know them?",
			    "Qui l'a envoyé ? Tu le connais ?", NULL),
			T("ماذا تطلب منك الرسالة، وبأي سرعة؟",
			    "What does it ask you for, and how fast?",
			    "Que te demande le message, et en combien de "
			    "temps ?", NULL),
			T("الرسالة الآمنة لا تطلب رمزا ولا مالا.",
			    "A safe message asks for no code and no money.",
			    "Un message sûr ne demande ni code ni argent.",
			    NULL),
		},
		T("رمز يطلب، واستعجال، ورقم مجهول، ورابط قصير، وجائزة لم تلعب "
		    "من أجلها: علامات احتيال. لا ترد، وأظهر الرسالة لشخص كبير.",
		    "A code asked for, hurry, an unknown number, a short link, "
		    "a prize you never played for: signs of a scam. Don't "
		    "answer; show the message to an adult.",
		    "Un code demandé, l'urgence, un numéro inconnu, un lien "
		    "raccourci, un lot jamais joué : des signes d'arnaque. Ne "
		    "réponds pas, montre le message à un adulte.", NULL),
	},
	{
		T("روبوتات المحادثة", "Chatbots", "Les chatbots", NULL),
		T("تستعمل {name} ({age} سنة، من {town}) روبوت محادثة لواجب "
		    "مدرسي.",
		    "{name}, {age}, from {town}, uses a chatbot for homework.",
		    "{name}, {age} ans, de {town}, utilise un chatbot pour ses "
		    "devoirs.", NULL),
		T("أي جملة عن روبوتات المحادثة خاطئة؟",
		    "Which sentence about chatbots is wrong?",
		    "Quelle phrase sur les chatbots est fausse ?", NULL),
		T("ما الصحيح عن روبوتات المحادثة؟ اختر كل الأجوبة الصحيحة.",
		    "What is true about chatbots? Pick all the right answers.",
		    "Qu'est-ce qui est vrai sur les chatbots ? Choisis toutes "
		    "les bonnes réponses.", NULL),
		ai_pick, N(ai_pick), ai_other, N(ai_other),
		{
			T("هل روبوت المحادثة إنسان؟",
			    "Is a chatbot a person?",
			    "Un chatbot est-il une personne ?", NULL),
			T("من أين جاءت أجوبته؟",
			    "Where do its answers come from?",
			    "D'où viennent ses réponses ?", NULL),
			T("هل رأيته يخطئ من قبل؟",
			    "Have you ever seen one get something wrong?",
			    "L'as-tu déjà vu se tromper ?", NULL),
		},
		T("روبوت المحادثة برنامج تعلم من نصوص الناس: قد يخطئ، وقد "
		    "يخترع، وقد يكون منحازا. تحقق من أجوبته في مصدر تثق به.",
		    "A chatbot is a program that learned from people's texts: "
		    "it can be wrong, invent things and be biased. Check its "
		    "answers in a source you trust.",
		    "Un chatbot est un programme qui a appris avec des textes "
		    "écrits par des gens : il peut se tromper, inventer, avoir "
		    "des biais. Vérifie ses réponses dans une source "
		    "sûre.", NULL),
	},
};
const size_t gl_ncategories = N(gl_categories);

/* ---- True or false ----------------------------------------------------- */

const struct gl_statement gl_statements[] = {
	{ T("يمكن لصديقك المقرب أن يعرف كلمة السر الخاصة بك.",
	    "Your best friend may know your password.",
	    "Ton meilleur ami peut connaître ton mot de passe.",
	    "ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵏⵏⴽ ⵉⵣⵎⵔ ⴰⴷ ⵉⵙⵙⵏ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ."), false,
	  T("الصداقات تتغير. احتفظ بها بينك وبين والديك.",
	    "Friendships change. Keep it between you and your parents.",
	    "Les amitiés changent. Garde-le entre toi et tes parents.",
	    "ⵓⵀⵓ. ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵉⵣⵎⵔ ⴰⴷ ⵜⵜ ⵉⵏⵉ ⵉ ⵢⴰⴹⵏ. ⵖⴰⵙ ⴽⵢⵢ ⴷ ⵢⵉⵎⵎⴰ "
	    "ⵏⵖ ⴱⴰⴱⴰ."),
	  T("أحسنت: أنت ووالداك فقط.", "Right: only you and your parents.",
	    "Bravo : seulement toi et tes parents.", "ⵢⴰⵀ, ⴰⵢⵢⵓⵣ!") },
	{ T("كلمة سر واحدة لكل الحسابات فكرة جيدة.",
	    "One password for every account is a good idea.",
	    "Un seul mot de passe pour tous les comptes, c'est une bonne "
	    "idée.",
	    "ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉ ⴽⵓⵍⵍⵓ ⵉⵎⵉⴹⴰⵏⵏ: ⵉⵖⵓⴷⴰ."), false,
	  T("لا. إذا عرفها أحد، فتح كل حساباتك.",
	    "No. If someone finds it, they open all your accounts.",
	    "Non. Si quelqu'un le trouve, il ouvre tous tes comptes.",
	    "ⵓⵀⵓ. ⵎⴽ ⵜⵜ ⵉⴽⵔⴹ ⵢⴰⵏ, ⴰⴷ ⵉⵕⵥⵎ ⴽⵓⵍⵍⵓ ⵉⵎⵉⴹⴰⵏⵏ ⵏⵏⴽ."),
	  T("صحيح: كلمة سر لكل حساب، مثل مفتاح لكل باب.",
	    "Right: one password per account, like one key per door.",
	    "Exact : un mot de passe par compte, comme une clé par porte.",
	    "ⵢⴰⵀ! ⵢⴰⵜ ⵜⵙⴰⵔⵓⵜ ⵉ ⵢⴰⵏ ⵡⴰⵏⵓ.") },
	{ T("إذا أزعجتك رسالة، يمكنك أن تخبر شخصا كبيرا تثق به.",
	    "If a message makes you uneasy, you can tell a trusted adult.",
	    "Si un message te met mal à l'aise, tu peux en parler à un adulte "
	    "de confiance.", NULL), true,
	  T("نعم، ولن تكون في ورطة. ويمكنك أيضا طلب المساعدة من "
	    "{{child-helpline}}.",
	    "Yes, and you will not be in trouble. You can also call "
	    "{{child-helpline}}.",
	    "Oui, et tu n'auras pas d'ennuis. Tu peux aussi appeler "
	    "{{child-helpline}}.", NULL),
	  T("بلى يمكنك. الكبار هنا لمساعدتك.",
	    "You can. Adults are there to help you.",
	    "Si, tu peux. Les adultes sont là pour t'aider.", NULL) },
	{ T("يمكن لصورة أن تظهر أين تسكن.", "A photo can show where you live.",
	    "Une photo peut montrer où tu habites.", NULL), true,
	  T("نعم: لافتة شارع أو زي مدرسي يكفي.",
	    "Yes: a street sign or a school uniform is enough.",
	    "Oui : une plaque de rue ou un uniforme d'école suffit.", NULL),
	  T("بلى: انظر إلى الخلفية قبل النشر.",
	    "It can: look at the background before you post.",
	    "Si : regarde l'arrière-plan avant de publier.", NULL) },
	{ T("كل ما يقوله روبوت المحادثة صحيح.",
	    "Everything a chatbot says is true.",
	    "Tout ce que dit un chatbot est vrai.", NULL), false,
	  T("لا. قد يخطئ أو يخترع مصادر.",
	    "No. It can be wrong, or invent sources.",
	    "Non. Il peut se tromper ou inventer des sources.", NULL),
	  T("صحيح: تحقق دائما في مصدر آخر.",
	    "Right: always check in another source.",
	    "Exact : vérifie toujours dans une autre source.", NULL) },
	{ T("يجب أن تسأل صديقك قبل نشر صورته.",
	    "You should ask a friend before posting a photo of them.",
	    "Il faut demander à un ami avant de publier sa photo.", NULL), true,
	  T("نعم. صورته له، وموافقته ضرورية.",
	    "Yes. It is their picture, and they must agree.",
	    "Oui. C'est sa photo, il doit être d'accord.", NULL),
	  T("بلى: بدون موافقته قد تجرحه.",
	    "You should: without asking, you could hurt them.",
	    "Si : sans lui demander, tu pourrais le blesser.", NULL) },
	{ T("حذف منشور يمحو كل نسخه.",
	    "Deleting a post removes every copy of it.",
	    "Supprimer une publication efface toutes ses copies.", NULL), false,
	  T("لا. قد يكون أحدهم أخذ لقطة شاشة.",
	    "No. Someone may already have taken a screenshot.",
	    "Non. Quelqu'un a peut-être déjà fait une capture d'écran.", NULL),
	  T("صحيح: ما ينشر قد يبقى.", "Right: what is posted can stay.",
	    "Exact : ce qui est publié peut rester.", NULL) },
	{ T("يمكن لفيديو مزيف بالذكاء الاصطناعي أن يبدو حقيقيا تماما.",
	    "A deepfake video can look completely real.",
	    "Une vidéo truquée par l'IA peut avoir l'air tout à fait vraie.",
	    NULL), true,
	  T("نعم. لهذا نتحقق من المصدر قبل أن نصدق.",
	    "Yes. That is why we check the source before believing it.",
	    "Oui. C'est pour ça qu'on vérifie la source avant d'y croire.",
	    NULL),
	  T("بلى، ولهذا نتحقق قبل المشاركة.",
	    "It can, which is why we check before sharing.",
	    "Si, et c'est pour ça qu'on vérifie avant de partager.", NULL) },
	{ T("الرابط القصير يظهر دائما إلى أين يقود.",
	    "A short link always shows where it goes.",
	    "Un lien raccourci montre toujours où il mène.", NULL), false,
	  T("لا. الرابط القصير يخفي وجهته.",
	    "No. A short link hides where it goes.",
	    "Non. Un lien raccourci cache sa destination.", NULL),
	  T("صحيح: لا تنقر على رابط لا تعرف وجهته.",
	    "Right: don't click a link when you can't see where it goes.",
	    "Exact : ne clique pas sur un lien dont tu ne vois pas la "
	    "destination.", NULL) },
};
const size_t gl_nstatements = N(gl_statements);

/* ---- Ordering ---------------------------------------------------------- */

const struct gl_sequence gl_sequences[] = {
	{
		T("رتب خطوات صنع كلمة سر قوية.",
		    "Put the steps for making a strong password in order.",
		    "Mets dans l'ordre les étapes pour fabriquer un mot de "
		    "passe solide.", "ⵙⵔⵙ ⵜⵉⵙⵓⵔⵉⴼⵉⵏ ⵙ ⵓⵙⵓⴷⵙ ⵏⵏⵙⵏⵜ."),
		{
			T("اختر ثلاث كلمات لا علاقة بينها.",
			    "Pick three words that have nothing to do with "
			    "each other.",
			    "Choisis trois mots qui n'ont rien à voir entre "
			    "eux.",
			    "ⵙⵜⵉ ⴽⵕⴰⴹ ⵉⵡⴰⵍⵏ."),
			T("اجمعها في كلمة واحدة طويلة.",
			    "Join them into one long word.",
			    "Colle-les pour faire un seul long mot.",
			    "ⵣⴷⵉ ⵜⵏ."),
			T("أضف رمزا أو رقما.", "Add a symbol or a number.",
			    "Ajoute un symbole ou un chiffre.",
			    "ⵔⵏⵓ ⴰⵣⵎⵓⵍ ⵏⵖ ⴰⵟⵟⵓⵏ."),
			T("أخبر بها أحد والديك.", "Tell a parent.",
			    "Dis-le à un parent.", "ⵉⵏⵉ ⵜⵜ ⵉ ⵢⵉⵎⵎⴰ ⵏⵖ ⵉ ⴱⴰⴱⴰ."),
		},
		{
			T("نبدأ دائما بالكلمات.",
			    "We always start with the words.",
			    "On commence toujours par les mots.",
			    "ⵉⵡⴰⵍⵏ ⴰⵢ ⵉⵣⵡⴰⵔⵏ."),
			T("بعد اختيار الكلمات، نجمعها.",
			    "Once you have the words, you join them.",
			    "Une fois les mots choisis, on les colle.",
			    "ⵣⴷⵉ ⵉⵡⴰⵍⵏ ⴷⴰⵜ ⵓⵣⵎⵓⵍ."),
			T("الرمز يأتي بعد أن تكون الكلمات جاهزة.",
			    "The symbol comes once the words are ready.",
			    "Le symbole vient quand les mots sont prêts.",
			    "ⴰⵣⵎⵓⵍ ⴷⴼⴼⵉⵔ ⵉⵡⴰⵍⵏ."),
			T("في النهاية، يعرفها أحد والديك.",
			    "At the end, a parent knows it.",
			    "À la fin, un parent le connaît.",
			    "ⴳ ⵜⴳⵉⵔⴰ, ⵉⵏⵉ ⵜⵜ ⵉ ⵢⵉⵎⵎⴰ ⵏⵖ ⵉ ⴱⴰⴱⴰ."),
		},
		4,
		T("ابدأ بالكلمات.", "Start with the words.",
		    "Commence par les mots.", "ⴱⴷⵓ ⵙ ⵉⵡⴰⵍⵏ."),
		T("كلمات، ثم جمعها، ثم رمز، ثم أحد الوالدين.",
		    "Words, join them, a symbol, then a parent.",
		    "Des mots, on les colle, un symbole, puis un parent.",
		    "ⵉⵡⴰⵍⵏ, ⵣⴷⵉ ⵜⵏ, ⴰⵣⵎⵓⵍ, ⵢⵉⵎⵎⴰ ⵏⵖ ⴱⴰⴱⴰ."),
	},
	{
		T("وصلت {name} رسالة مزعجة من شخص غريب. رتب ما يجب فعله.",
		    "{name} gets an upsetting message from a stranger. Put "
		    "what to do in order.",
		    "{name} reçoit un message blessant d'un inconnu. Mets dans "
		    "l'ordre ce qu'il faut faire.", NULL),
		{
			T("لا ترد.", "Don't answer.", "Ne réponds pas.", NULL),
			T("خذ لقطة شاشة.", "Take a screenshot.",
			    "Fais une capture d'écran.", NULL),
			T("أخبر شخصا كبيرا تثق به.", "Tell a trusted adult.",
			    "Parles-en à un adulte de confiance.", NULL),
			T("احظر المرسل وبلغ عنه.",
			    "Block and report the sender.",
			    "Bloque et signale l'expéditeur.", NULL),
		},
		{
			T("أولا، لا ترد.", "First, don't answer.",
			    "D'abord, ne réponds pas.", NULL),
			T("الدليل يؤخذ قبل الحظر.",
			    "Keep the proof before you block.",
			    "On garde la preuve avant de bloquer.", NULL),
			T("الشخص الكبير يساعدك في الباقي.",
			    "The adult helps you with the rest.",
			    "L'adulte t'aide pour la suite.", NULL),
			T("الحظر يأتي في الأخير.", "Blocking comes last.",
			    "On bloque en dernier.", NULL),
		},
		4,
		T("ماذا تفعل قبل أن يختفي الدليل؟",
		    "What do you do before the proof is gone?",
		    "Que fais-tu avant que la preuve disparaisse ?", NULL),
		T("لا ترد، احتفظ بالدليل، أخبر شخصا كبيرا، ثم احظر وبلغ. يمكنك "
		    "طلب المساعدة من {{child-helpline}}.",
		    "Don't answer, keep the proof, tell an adult, then block "
		    "and report. You can call {{child-helpline}}.",
		    "Ne réponds pas, garde la preuve, parles-en à un adulte, "
		    "puis bloque et signale. Tu peux appeler "
		    "{{child-helpline}}.", NULL),
	},
	{
		T("رتب خطوات التحقق من جواب روبوت المحادثة.",
		    "Put the steps for checking a chatbot's answer in order.",
		    "Mets dans l'ordre les étapes pour vérifier la réponse "
		    "d'un chatbot.", NULL),
		{
			T("اقرأ الجواب كله.", "Read the whole answer.",
			    "Lis toute la réponse.", NULL),
			T("حدد المعلومة التي يؤكدها.",
			    "Find the fact it claims.",
			    "Repère le fait qu'il affirme.", NULL),
			T("ابحث عن المعلومة نفسها في كتاب أو موقع تثق به.",
			    "Look for the same fact in a book or a site you "
			    "trust.",
			    "Cherche le même fait dans un livre ou un site "
			    "sûr.",
			    NULL),
			T("اسأل أستاذك إذا اختلف المصدران.",
			    "Ask your teacher if the two disagree.",
			    "Demande à ton prof si les deux ne sont pas "
			    "d'accord.",
			    NULL),
			T("اكتب الواجب بكلماتك.",
			    "Write the homework in your own words.",
			    "Écris le devoir avec tes propres mots.", NULL),
		},
		{ { { NULL } } },
		5,
		T("قبل أن تتحقق، يجب أن تعرف ماذا قال.",
		    "Before checking, you need to know what it said.",
		    "Avant de vérifier, il faut savoir ce qu'il a dit.", NULL),
		T("اقرأ، حدد، تحقق، اسأل، ثم اكتب بكلماتك.",
		    "Read, find the fact, check it, ask, then write in your "
		    "own words.",
		    "Lire, repérer, vérifier, demander, puis écrire avec ses "
		    "mots.", NULL),
	},
};
const size_t gl_nsequences = N(gl_sequences);

/* ---- Free text ----------------------------------------------------------- */

const struct gl_pattern gl_idk[LANG_COUNT] = {
	[LANG_EN] = { "^\\W*(nothing|nothin|none|no|idk|i dont know|"
	    "i don.t know|dunno|no idea)\\W*$",
	    { "idk", "Nothing.", "i dont know" } },
	[LANG_FR] = { "^\\W*(rien|non|jsp|j sais pas|je sais pas|"
	    "je ne sais pas|aucune idee|walo|walou)\\W*$",
	    { "jsp", "Je ne sais pas", "rien" } },
	[LANG_AR] = { "^\\W*(لا شيء|لاشيء|والو|لا|لا اعرف|لا ادري|ما عرفت|"
	    "ماعرفت|معرفتش|walo|ma3reftch)\\W*$",
	    { "لا أعرف", "والو", "ma3reftch" } },
};
const struct tr gl_idk_feedback = T(
    "لا بأس. اقرأ السؤال مرة أخرى، أو اطلب تلميحا.",
    "That's all right. Read the question again, or ask for a hint.",
    "Ce n'est pas grave. Relis la question, ou demande un indice.", NULL);

const char *const gl_unrelated[LANG_COUNT][2] = {
	[LANG_EN] = { "hello", "banana" },
	[LANG_FR] = { "bonjour", "banane" },
	[LANG_AR] = { "مرحبا", "موزة" },
};

/* What never to share with a stranger: the patterns and answers of each language. */
static const struct gl_topic_lang share_en = {
	{ NULL, { NULL } },
	{ "colou?r|favou?rite|\\bsport|\\bfood|\\bpet",
	    { "my favourite colour", "the sport I play" } },
	{
		{ "pass ?(word|wrod|wd)|pasw(o|a)rd|\\bpin\\b|\\bcode",
		    { "my password", "MY PASWARD",
		    "the code of my card" } },
		{ "ad+r?ess?|where i live|wher i live|\\bstreet",
		    { "my home address", "MY ADRES",
		    "where I live" } },
		{ "phone|fone|numb?e?r|\\bnum\\b",
		    { "my phone number", "ma numbr",
		    "my mums fone" } },
		{ "school|skool|scool|\\bclass",
		    { "the name of my school", "MY SKOOL" } },
		{ "photo|pic|selfie|video",
		    { "a photo of my house", "selfies",
		    "pics of me" } },
	},
	{ "\\bname\\b", "\\bmy\\b" },
	{ "my name", "my full name" },
	"0612345678",
};

static const struct gl_topic_lang share_fr = {
	{ NULL, { NULL } },
	{ "couleur|prefere|\\bsport|\\bplat\\b|animal",
	    { "ma couleur préférée",
	    "le sport que je fais" } },
	{
		{ "mots? de passe|\\bmdp\\b|\\bcode",
		    { "mon mot de passe", "mon MDP insta",
		    "le code de la carte" } },
		{ "adress?e|ou j.?habite|\\brue\\b",
		    { "mon adresse", "MON ADRESE",
		    "où j'habite" } },
		{ "telephone|telefone|numero|\\bnum\\b|\\btel\\b",
		    { "mon numéro de téléphone",
		    "le tel de ma mère", "mon num" } },
		{ "ecole|college|\\bclasse",
		    { "le nom de mon école", "mon collège" } },
		{ "photo|foto|selfie|video",
		    { "une photo de ma maison",
		    "des fotos de moi" } },
	},
	{ "\\bnom\\b|prenom", "\\bmon\\b" },
	{ "mon prénom", "mon nom de famille" },
	"0612345678",
};

static const struct gl_topic_lang share_ar = {
	{ NULL, { NULL } },
	{ "لون|المفضل|رياضه|الاكله|حيوان",
	    { "لوني المفضل", "الرياضة التي أمارسها" } },
	{
		{ "كلمه (السر|المرور)|كلمات السر|المودباس|"
		    "\\bcode\\b|الكود|رمز",
		    { "كلمـــة السر", "كلمة المرور ديالي",
		    "الكود ديال البطاقة" } },
		{ "عنوان|فين كنسكن|اين اسكن|الدار ديالي",
		    { "عُنْوَانُ مَنْزِلِي", "فين كنسكن",
		    "أين أسكن" } },
		{ "هاتف|تيليفون|التلفون|نمره|رقم",
		    { "رقم الهاتف ديال ماما",
		    "النمرة ديالي", "التيليفون" } },
		{ "مدرس|القسم|اعداديه",
		    { "اسم مدرستي", "المدرسة فين كنقرا" } },
		{ "صوره|تصويره|فيديو|tswira",
		    { "صورة بيتي", "tswira dyali",
		    "فيديو ديالي" } },
	},
	{ "اسمي|سميتي", "الكامل|الحقيقي|ديالي" },
	{ "اسمي الكامل", "سميتي الحقيقية" },
	"٠٦١٢٣٤٥٦٧٨",
};

/* A message from a stranger that makes you uneasy: the patterns and answers of each language. */
static const struct gl_topic_lang uneasy_en = {
	{ "\\b(dont|don.t|do not|never|not|wont|won.t) "
	    "(reply|answer|respond)",
	    { "dont reply", "I would not answer",
	    "never respond to him" } },
	{ "repl|answer|respond|meet|send (him|her|a) "
	    "(photo|pic)",
	    { "reply and ask who he is",
	    "meet him to talk" } },
	{
		{ "\\btell|talk to|\\bparent|\\bmum|\\bmom|"
		    "\\bdad|teacher|adult|grown.?up",
		    { "tell my mom", "I talk to a teacher",
		    "show it to an adult" } },
		{ "block|report|signal",
		    { "block him", "report the account" } },
		{ "screen ?shot|proof|evidence|capture",
		    { "take a screenshot",
		    "keep the proof" } },
		{ "leave|log ?out|get out|exit|close (the )?"
		    "(app|chat|game)",
		    { "leave the chat",
		    "log out of the game" } },
		{ "helpline|2511|\\bcall|\\bpolice",
		    { "call the helpline", "call 2511" } },
	},
	{ "delete|ignore", "\\b(it|him|her|message)\\b" },
	{ "delete it", "ignore him" },
	NULL,
};

static const struct gl_topic_lang uneasy_fr = {
	{ "\\b(ne|pas|jamais) (lui )?repon|sans repondre",
	    { "ne pas répondre", "je ne lui réponds pas",
	    "je ne reponds jamais" } },
	{ "repon|rencontr|rendez.?vous",
	    { "je lui réponds", "aller le rencontrer" } },
	{
		{ "\\bdi(s|re)\\b|parl|parent|maman|papa|"
		    "\\bmere|\\bpere|\\bprof|adulte",
		    { "le dire à ma mère",
		    "parler à un adulte",
		    "je montre a papa" } },
		{ "bloqu|signal",
		    { "je le bloque",
		    "signaler le compte" } },
		{ "capture|preuve|screen",
		    { "faire une capture d'écran",
		    "garder les preuves" } },
		{ "quitt|sortir|ferm|deconnect",
		    { "quitter le jeu",
		    "je ferme l'appli" } },
		{ "ligne|2511|appel|police",
		    { "appeler la ligne d'écoute",
		    "la police" } },
	},
	{ "supprim|efface|ignor", "\\b(le|la|les)\\b" },
	{ "supprimer le message", "ignorer le message" },
	NULL,
};

static const struct gl_topic_lang uneasy_ar = {
	{ "لا (ا|ت|ن)?رد|ما ?(ن|ت)?ردش|ما ?نجاوبش",
	    { "لا أرد عليه", "ما نردش عليه",
	    "ما نجاوبش" } },
	{ "ارد|نرد|نجاوب|اجيب|نجيب|التقي|نتلاقي|نشوفو",
	    { "أرد عليه وأسأله من هو", "نتلاقى معاه" } },
	{
		{ "اخبر|نقول|نكول|ماما|بابا|امي|ابي|"
		    "الوالدين|والدي|استاذ|معلم|كبير",
		    { "أخبر أمي", "نقول لماما",
		    "نگولها للأستاذة" } },
		{ "حظر|بلوك|نبلوكي|بلغ",
		    { "أحظره", "نديرلو بلوك",
		    "أبلغ عنه" } },
		{ "لقطه|سكرين|دليل|ادله",
		    { "آخذ لقطة شاشة", "ندير سكرين" } },
		{ "اخرج|نخرج|اغلق|نسد|نقفل|اغادر",
		    { "أخرج من اللعبة", "نسد التطبيق" } },
		{ "الخط|2511|اتصل|نعيط|الشرطه|البوليس",
		    { "أتصل بخط 2511", "نعيط للبوليس" } },
	},
	{ "امسح|احذف|نمسح|نحذف|نتجاهل|اتجاهل",
	    "الرساله|ها" },
	{ "أحذف الرسالة", "نمسحها" },
	NULL,
};

/* Why check what a chatbot says: the patterns and answers of each language. */
static const struct gl_topic_lang chatbot_en = {
	{ "\\b(not|isnt|isn.t|never) (always )?"
	    "(right|true|correct)",
	    { "its not always right",
	    "it isnt always true" } },
	{ "always right|never wrong|knows everything|"
	    "is smart|smarter",
	    { "because its always right",
	    "it knows everything" } },
	{
		{ "wrong|mistake|mistak|error|false|"
		    "not true|untrue",
		    { "it can be wrong", "it makes mistakes",
		    "sometimes its false" } },
		{ "invent|make.? ?(things |stuff )?up|"
		    "made up|\\blie|lying|fake",
		    { "it can make things up",
		    "it invents stuff",
		    "it lies sometimes" } },
		{ "bias|unfair|\\bold\\b|out of date|outdated",
		    { "it can be biased",
		    "its info can be old" } },
		{ "source|check|verify|book|teacher|compare",
		    { "to compare with a book",
		    "you have to check the sources" } },
		{ "program|machine|not (a )?(human|person)|"
		    "no brain",
		    { "its just a program",
		    "it is not a person" } },
	},
	{ "sure|safe", "\\b(to|be)\\b" },
	{ "to be sure", "to be safe" },
	NULL,
};

static const struct gl_topic_lang chatbot_fr = {
	{ "\\b(pas|jamais) (toujours )?(raison|vrai|juste)",
	    { "il n'a pas toujours raison",
	    "c'est pas toujours vrai" } },
	{ "toujours raison|jamais tort|sait tout|"
	    "ne se trompe jamais|intelligent",
	    { "il a toujours raison", "il sait tout" } },
	{
		{ "tromp|erreur|faux|fausse|pas vrai",
		    { "il peut se tromper",
		    "il fait des erreurs",
		    "parfois c'est faux" } },
		{ "invent|\\bment\\b|mensonge|imagin",
		    { "il invente des choses",
		    "il peut inventer des sources" } },
		{ "biais|injuste|ancien|pas a jour|perime|"
		    "vieux",
		    { "il a des biais",
		    "ses infos sont anciennes" } },
		{ "source|verifi|livre|prof|compar",
		    { "il faut vérifier les sources",
		    "comparer avec un livre" } },
		{ "programme|machine|pas (un )?humain|"
		    "pas une personne",
		    { "c'est juste un programme",
		    "ce n'est pas un humain" } },
	},
	{ "sur\\b|certain", "pour|etre" },
	{ "pour être sûr", "pour être certain" },
	NULL,
};

static const struct gl_topic_lang chatbot_ar = {
	{ "ليس (دائما )?(على حق|صحيح|صح)|ماشي ديما|"
	    "مش دايما",
	    { "ليس دائما على حق",
	    "ماشي ديما صحيح" } },
	{ "على حق|يعرف كل|ما كيغلطش|ذكي",
	    { "لأنه دائما على حق", "كيعرف كلشي" } },
	{
		{ "يخط|يغلط|خطا|اخطاء|غلط|غير صحيح",
		    { "لأنه يمكن أن يخطئ", "كيغلط بزاف",
		    "فيه أخطاء" } },
		{ "يخترع|اختراع|يكذب|كذب|مزيف",
		    { "قد يخترع معلومات",
		    "كيكذب أحيانا" } },
		{ "منحاز|تحيز|قديم|ظالم",
		    { "معلوماته قديمة",
		    "قد يكون منحازا" } },
		{ "مصدر|مصادر|تحقق|نتاكد|كتاب|استاذ|قارن",
		    { "نتأكد من المصادر",
		    "أقارن مع كتاب" } },
		{ "برنامج|ليس انسان|ماشي انسان|ماشي بنادم",
		    { "هو مجرد برنامج", "ماشي بنادم" } },
	},
	{ "متاكد|متيقن", "اكون|نكون" },
	{ "لكي أكون متأكدا", "باش نكون متيقن" },
	NULL,
};

/* Before posting a friend's photo: the patterns and answers of each language. */
static const struct gl_topic_lang photo_en = {
	{ "\\b(dont|don.t|do not|never|not) (just )?"
	    "(post|share|tag)",
	    { "dont post it straight away",
	    "I would not share it" } },
	{ "just post|post it|tag (every|all)|share it",
	    { "just post it", "tag everyone" } },
	{
		{ "\\bask|permission|allow|agree|consent|"
		    "\\bok\\b|okay",
		    { "ask them first", "get permission",
		    "check they are ok with it" } },
		{ "blur|hide (the |their |his |her )?face|"
		    "crop|cover",
		    { "blur their face", "crop it" } },
		{ "privat|close friends|only (my |our )?"
		    "friends|\\bdm\\b",
		    { "send it to them in private",
		    "keep it for close friends" } },
		{ "think|embarrass|feel|hurt|laugh at",
		    { "think if it could embarrass them",
		    "how would they feel" } },
		{ "parent|adult|teacher|rules",
		    { "check with an adult",
		    "follow the school rules" } },
	},
	{ "delete|remove", "later|after" },
	{ "delete it later", "remove it after a day" },
	NULL,
};

static const struct gl_topic_lang photo_fr = {
	{ "\\b(ne|pas|jamais) (la )?(publi|poste|partag)",
	    { "ne pas la publier tout de suite",
	    "je ne la poste pas" } },
	{ "publi|poste|tagu|partag",
	    { "je la publie direct",
	    "taguer tout le monde" } },
	{
		{ "demand|permission|autoris|accord|consent",
		    { "lui demander d'abord",
		    "avoir son accord",
		    "demander la permission" } },
		{ "flou|cache|recadr|masqu",
		    { "flouter son visage",
		    "cacher son visage" } },
		{ "prive|amis proches|\\bmp\\b",
		    { "l'envoyer en privé",
		    "garder pour les amis proches" } },
		{ "reflech|pense|gene|blesse|honte|moque",
		    { "réfléchir si ça peut le gêner",
		    "penser à ce qu'il ressent" } },
		{ "parent|adulte|regle",
		    { "voir avec un adulte",
		    "respecter les règles" } },
	},
	{ "supprim|efface", "apres|plus tard" },
	{ "la supprimer après", "l'effacer plus tard" },
	NULL,
};

static const struct gl_topic_lang photo_ar = {
	{ "لا (ا|ن)?نشر|ما (ن)?نشرهاش|ما ننشرش",
	    { "لا أنشرها", "ما ننشرهاش" } },
	{ "ننشر|انشر|تاغ|طاغ|نبارطاجي",
	    { "أنشرها مباشرة", "نديرلهم تاغ" } },
	{
		{ "اسال|استاذن|اذن|اطلب|موافق|واخا|نسول",
		    { "أسأله أولا", "أطلب الإذن",
		    "نسولو واش بغا" } },
		{ "اخفي|نخبي|اغطي|نغطي|ضباب|بلور",
		    { "أخفي وجهه", "نغطي الوجه" } },
		{ "خاص|المقربين|غير للصحاب",
		    { "أرسلها في الخاص",
		    "غير للصحاب المقربين" } },
		{ "فكر|نفكر|يحرج|يجرح|يزعج",
		    { "أفكر هل ستحرجه",
		    "نفكر واش غيتقلق" } },
		{ "الوالدين|والدي|كبير|القانون|القواعد",
		    { "أسأل والدي", "نحترم القواعد" } },
	},
	{ "امسح|احذف|نمسح|نحذف", "بعد" },
	{ "أحذفها بعد ذلك", "نمسحها من بعد" },
	NULL,
};

/* The topics: their texts, and the languages above. */
const struct gl_topic gl_topics[] = {
	{	/* What never to share. */
		T("{name} ({age} سنوات، من {town}) يتحدث في لعبة مع لاعب لا "
		    "يعرفه.",
		    "{name}, {age}, from {town}, is chatting in a game with a "
		    "player nobody knows.",
		    "{name}, {age} ans, de {town}, discute dans un jeu avec un "
		    "joueur inconnu.", NULL),
		T("اذكر شيئا واحدا لا يجب أن تشاركه أبدا مع شخص غريب على "
		    "الإنترنت.",
		    "Name one thing you should never share with a stranger "
		    "online.",
		    "Cite une chose que tu ne dois jamais partager avec un "
		    "inconnu en ligne.", NULL),
		"\\d{6,}",
		T(NULL, NULL, NULL, NULL),
		T("هذا يمكن مشاركته. فكر فيما يقود إليك.",
		    "That one is fine to share. Think of something that leads "
		    "to you.",
		    "Ça, tu peux le partager. Pense à ce qui mène jusqu'à toi.",
		    NULL),
		{
			T("نعم. كلمة السر والرموز سر.",
			    "Yes. Passwords and codes are secrets.",
			    "Oui. Mots de passe et codes sont secrets.", NULL),
			T("نعم. العنوان يقود إلى بيتك.",
			    "Yes. An address leads to your home.",
			    "Oui. L'adresse mène chez toi.", NULL),
			T("نعم. برقم هاتفك يمكن لأي شخص أن يتصل بك.",
			    "Yes. With your number, anyone can call you.",
			    "Oui. Avec ton numéro, n'importe qui peut "
			    "t'appeler.", NULL),
			T("نعم. قد ينتظرك شخص غريب أمام مدرستك.",
			    "Yes. A stranger could wait for you at school.",
			    "Oui. Un inconnu pourrait t'attendre à l'école.",
			    NULL),
			T("نعم. الصورة قد تظهر أين تسكن.",
			    "Yes. A photo can show where you live.",
			    "Oui. Une photo peut montrer où tu habites.", NULL),
		},
		T("اسمك الحقيقي خاص أيضا، لكن فكر فيما يقود إليك مباشرة.",
		    "Your real name is private too, but think of what leads "
		    "straight to you.",
		    "Ton vrai nom aussi est privé, mais pense à ce qui mène "
		    "tout droit à toi.", NULL),
		T("فكر في بيتك وهاتفك وكلماتك السرية.",
		    "Think of your home, your phone, your secret words.",
		    "Pense à ta maison, ton téléphone, tes mots secrets.",
		    NULL),
		{
			T("ما الذي يسمح لشخص غريب أن يجدك؟",
			    "What would let a stranger find you?",
			    "Qu'est-ce qui permettrait à un inconnu de te "
			    "trouver ?", NULL),
			T("فكر في البيت والمدرسة والهاتف.",
			    "Think of the home, the school, the phone.",
			    "Pense à la maison, à l'école, au téléphone.",
			    NULL),
		},
		T("العنوان والهاتف وكلمات السر والمدرسة والصور التي تظهر بيتك "
		    "تبقى خاصة. إذا طلبها منك أحد، فاطلب المساعدة من "
		    "{{child-helpline}}.",
		    "Address, phone, passwords, school, and photos that show "
		    "your home stay private. If someone asks for them, you can "
		    "call {{child-helpline}}.",
		    "Adresse, téléphone, mots de passe, école et photos qui "
		    "montrent ta maison restent privés. Si quelqu'un te les "
		    "demande, tu peux appeler {{child-helpline}}.", NULL),
		{ [LANG_EN] = &share_en, [LANG_FR] = &share_fr,
		    [LANG_AR] = &share_ar },
	},
	{	/* A message that makes you uneasy. */
		T("وصلت {name} ({age} سنة، من {town}) رسالة غريبة: «لا تخبر "
		    "أحدا أننا نتحدث.»",
		    "{name}, {age}, from {town}, gets a strange message: "
		    "“Don't tell anyone we are talking.”",
		    "{name}, {age} ans, de {town}, reçoit un message bizarre : "
		    "« Ne dis à personne qu'on se parle. »", NULL),
		T("ماذا تفعل إذا أزعجتك رسالة من شخص غريب؟",
		    "What should you do if a message from a stranger makes you "
		    "uneasy?",
		    "Que faire si un message d'un inconnu te met mal à "
		    "l'aise ?",
		    NULL),
		NULL,
		T("نعم. لا ترد، واحتفظ بالرسالة، وأخبر شخصا كبيرا.",
		    "Yes. Don't answer, keep the message, and tell an adult.",
		    "Oui. Ne réponds pas, garde le message, et parles-en à un "
		    "adulte.", NULL),
		T("لا ترد ولا تلتق به: هذا ما يريده.",
		    "Don't answer or meet them: that is what they want.",
		    "Ne réponds pas et ne le rencontre pas : c'est ce qu'il "
		    "veut.", NULL),
		{
			T("نعم. الكبار هنا لمساعدتك، ولن تكون في ورطة.",
			    "Yes. Adults are there to help, and you won't be "
			    "in trouble.",
			    "Oui. Les adultes sont là pour t'aider, et tu "
			    "n'auras pas d'ennuis.", NULL),
			T("نعم. الحظر والتبليغ يوقفانه.",
			    "Yes. Blocking and reporting stop them.",
			    "Oui. Bloquer et signaler l'arrêtent.", NULL),
			T("نعم. الدليل يساعد الكبار على التصرف.",
			    "Yes. The proof helps adults act.",
			    "Oui. La preuve aide les adultes à agir.", NULL),
			T("نعم. يمكنك دائما أن تخرج.",
			    "Yes. You can always leave.",
			    "Oui. Tu peux toujours partir.", NULL),
			T("نعم. هناك من يجيب ليلا ونهارا.",
			    "Yes. Someone answers day and night.",
			    "Oui. Quelqu'un répond jour et nuit.", NULL),
		},
		T("بداية جيدة، لكن أخبر أيضا شخصا كبيرا.",
		    "A good start, but tell an adult too.",
		    "C'est un bon début, mais parles-en aussi à un adulte.",
		    NULL),
		T("من يمكنه مساعدتك؟", "Who could help you?",
		    "Qui pourrait t'aider ?", NULL),
		{
			T("هل يجب أن تبقى وحدك مع هذه الرسالة؟",
			    "Should you stay alone with this message?",
			    "Dois-tu rester seul avec ce message ?", NULL),
			T("فكر في شخص كبير تثق به.",
			    "Think of an adult you trust.",
			    "Pense à un adulte de confiance.", NULL),
		},
		T("لا ترد، احتفظ بالدليل، أخبر شخصا كبيرا، ثم احظر وبلغ. يمكنك "
		    "طلب المساعدة من {{child-helpline}}.",
		    "Don't answer, keep the proof, tell an adult, then block "
		    "and report. You can call {{child-helpline}}.",
		    "Ne réponds pas, garde la preuve, parles-en à un adulte, "
		    "puis bloque et signale. Tu peux appeler "
		    "{{child-helpline}}.", NULL),
		{ [LANG_EN] = &uneasy_en, [LANG_FR] = &uneasy_fr,
		    [LANG_AR] = &uneasy_ar },
	},
	{	/* Why check what a chatbot says. */
		T("تسأل {name} ({age} سنة، من {town}) روبوت محادثة عن تاريخ "
		    "معركة من أجل واجب.",
		    "{name}, {age}, from {town}, asks a chatbot for the date "
		    "of a battle, for homework.",
		    "{name}, {age} ans, de {town}, demande à un chatbot la "
		    "date d'une bataille pour un devoir.", NULL),
		T("لماذا يجب أن تتحقق مما يقوله لك روبوت المحادثة؟",
		    "Why should you check what a chatbot tells you?",
		    "Pourquoi faut-il vérifier ce que te dit un chatbot ?",
		    NULL),
		NULL,
		T("نعم، ليس دائما على حق.", "Yes, it is not always right.",
		    "Oui, il n'a pas toujours raison.", NULL),
		T("ليس دائما على حق، حتى عندما يبدو واثقا.",
		    "It is not always right, even when it sounds sure.",
		    "Il n'a pas toujours raison, même quand il a l'air sûr.",
		    NULL),
		{
			T("نعم. قد يخطئ وهو يبدو واثقا.",
			    "Yes. It can be wrong and sound sure.",
			    "Oui. Il peut se tromper en ayant l'air sûr.",
			    NULL),
			T("نعم. قد يخترع معلومات ومصادر.",
			    "Yes. It can invent facts and sources.",
			    "Oui. Il peut inventer des faits et des sources.",
			    NULL),
			T("نعم. ما تعلمه قد يكون قديما أو منحازا.",
			    "Yes. What it learned can be old or biased.",
			    "Oui. Ce qu'il a appris peut être ancien ou "
			    "biaisé.",
			    NULL),
			T("نعم. مصدر تثق به يؤكد أو ينفي.",
			    "Yes. A source you trust confirms it or not.",
			    "Oui. Une source sûre confirme ou non.", NULL),
			T("نعم. إنه برنامج، لا يعرف ما هو صحيح.",
			    "Yes. It is a program: it does not know what is "
			    "true.",
			    "Oui. C'est un programme : il ne sait pas ce qui "
			    "est vrai.", NULL),
		},
		T("صحيح، لكن لماذا قد يكون مخطئا؟",
		    "True, but why might it be wrong?",
		    "C'est vrai, mais pourquoi pourrait-il se tromper ?", NULL),
		T("فكر: هل يخطئ روبوت المحادثة أحيانا؟",
		    "Think: does a chatbot sometimes get things wrong?",
		    "Réfléchis : un chatbot se trompe-t-il parfois ?", NULL),
		{
			T("من أين يأتي بأجوبته؟",
			    "Where do its answers come from?",
			    "D'où viennent ses réponses ?", NULL),
			T("هل رأيته يخترع شيئا؟",
			    "Have you seen one invent something?",
			    "L'as-tu vu inventer quelque chose ?", NULL),
		},
		T("روبوت المحادثة برنامج تعلم من نصوص الناس: قد يخطئ ويخترع "
		    "ويكون منحازا. قارن أجوبته بكتاب أو موقع تثق به.",
		    "A chatbot is a program that learned from people's texts: "
		    "it can be wrong, invent things and be biased. Compare its "
		    "answers with a book or a site you trust.",
		    "Un chatbot est un programme qui a appris avec des textes "
		    "de gens : il peut se tromper, inventer, avoir des biais. "
		    "Compare ses réponses avec un livre ou un site sûr.", NULL),
		{ [LANG_EN] = &chatbot_en, [LANG_FR] = &chatbot_fr,
		    [LANG_AR] = &chatbot_ar },
	},
	{	/* Before posting a friend's photo. */
		T("التقطت {name} ({age} سنة، من {town}) صورة مضحكة لصديق في "
		    "المدرسة.",
		    "{name}, {age}, from {town}, took a funny photo of a "
		    "friend at school.",
		    "{name}, {age} ans, de {town}, a pris une photo drôle d'un "
		    "ami à l'école.", NULL),
		T("ماذا يجب أن تفعل قبل نشر صورة صديق؟",
		    "What should you do before posting a photo of a friend?",
		    "Que dois-tu faire avant de publier la photo d'un ami ?",
		    NULL),
		NULL,
		T("نعم، ليس قبل أن تسأله.", "Yes, not before you ask.",
		    "Oui, pas avant de lui demander.", NULL),
		T("انتظر: الصورة له، وقد تحرجه.",
		    "Wait: it is their picture, and it could embarrass them.",
		    "Attends : c'est sa photo, et elle pourrait le gêner.",
		    NULL),
		{
			T("نعم. اسأله أولا.", "Yes. Ask first.",
			    "Oui. Demande d'abord.", NULL),
			T("نعم. وجه مخفي لا يعرف صاحبه.",
			    "Yes. A hidden face can't be recognised.",
			    "Oui. Un visage caché ne se reconnaît pas.", NULL),
			T("نعم. كلما قل عدد من يراها كان أفضل.",
			    "Yes. The fewer who see it, the better.",
			    "Oui. Moins de gens la voient, mieux c'est.", NULL),
			T("نعم. فكر في مشاعره.",
			    "Yes. Think of how they feel.",
			    "Oui. Pense à ce qu'il ressent.", NULL),
			T("نعم. شخص كبير يمكنه أن يساعدك على القرار.",
			    "Yes. An adult can help you decide.",
			    "Oui. Un adulte peut t'aider à décider.", NULL),
		},
		T("الحذف لاحقا لا يكفي: قد تكون نسخت.",
		    "Deleting later is not enough: it may have been copied.",
		    "Supprimer plus tard ne suffit pas : elle a pu être "
		    "copiée.",
		    NULL),
		T("لمن الصورة؟ ماذا يجب أن تفعل قبل النشر؟",
		    "Whose picture is it? What comes before posting?",
		    "À qui est la photo ? Que faut-il faire avant ?", NULL),
		{
			T("هل تحب أن تنشر صورتك دون أن تعرف؟",
			    "Would you like your photo posted without knowing?",
			    "Aimerais-tu qu'on publie ta photo sans le "
			    "savoir ?",
			    NULL),
			T("ماذا يقول صديقك؟", "What does your friend say?",
			    "Qu'en dit ton ami ?", NULL),
		},
		T("قبل نشر صورة صديق، اسأله. إذا رفض، لا تنشرها. وإذا وافق، "
		    "اختر من يراها.",
		    "Before posting a friend's photo, ask them. If they say "
		    "no, don't post it. If they say yes, choose who sees it.",
		    "Avant de publier la photo d'un ami, demande-lui. S'il dit "
		    "non, ne la publie pas. S'il dit oui, choisis qui la voit.",
		    NULL),
		{ [LANG_EN] = &photo_en, [LANG_FR] = &photo_fr,
		    [LANG_AR] = &photo_ar },
	},
};
const size_t gl_ntopics = N(gl_topics);
