"""Word lists the matcher uses to read chat questions: function words, chat filler and question cues.

These describe how members write (English and romanised Hindi), not what the article says; article
terms and synonyms belong in the knowledge files' glossary.
"""

from __future__ import annotations

from enum import Enum

ENGLISH_STOPWORDS = frozenset(
    """
    a an the is are was were be been being am of in on at to for with by from and or but as it its this that
    these those there their them they he she his her we our us i me my mine you your yours u ur do does did
    done doing have has had having can could would should will shall may might must about into onto over under
    than then so such also just very any some all both each more most other own same only too if else while
    what which who whom whose when where why how whats what's wht wat whch hw
    here s t d ll ve re m o y let lets between among via per up out off again further once few several
    """.split()
)

#: Chat filler: words that carry no content in a question to the bot.
CHAT_FILLER = frozenset(
    """
    hey hi hii hiii hello helo hlo yo bot studybot pls plz please plss pl quick q ques que question questions
    qn query doubt tell me know want wanna need needed explain explained kindly bro bruh yaar yar bhai sir maam
    madam ok okay k kk hmm hm lol guys anyone anybody someone something anything thing things stuff info
    information details detail regarding related mention mentioned say says said saying article material notes
    piece writeup lekh
    give list name define describe briefly brief short shortly basically actually exactly really please thanks
    thank thx ty tnx namaste ji dear folks team everyone all good morning evening night gm gn remind recall
    meaning mean means full form stand stands abbreviation expand expansion acronym again right now currently
    simply simple words word help wondering wonder curious pretty much mostly mainly main primarily really
    eh ah oh um uh wait like ya yeah yes no nope kind type sort
    rn abt thru tho btw imo fyi asap pls plss wud shud cud tht dis wid bcz coz cuz bcoz bc idk tbh ngl smth sth
    """.split()
)

#: Romanised Hindi function words (postpositions, auxiliaries, pronouns) common in Hinglish chat.
HINGLISH_FUNCTION_WORDS = frozenset(
    """
    ka ki ke ko hai hain h tha thi the thhe se me mein mei mai ne kya kyaa kaun kon koun kab kahan kaha kyun kyu
    kyon kaise kaisa kitna kitni kitne kitnaa sa si hua hui hue huaa kiya kiye kia karta karti karte kar karo
    karna kare aur or bhi ye yeh yah wo woh vo voh iska uska iske uske iski uski baare bare bara bola bole boli
    bataya batao bata btao btana batana bataye hota hoti hote ho raha rahi rahe wala wali wale liye liya par pe
    tak ek kuch konsa kaunsa konsi kaunsi kis kisne kisko kisse jo jab diya gaya gayi gaye hi nahi na toh to
    abhi apna apni apne hum tum aap mujhe hume humein unka unki unke inka inki inke agar lekin sab saare koi
    kaunse kaunsi konse hisaab hisab mutabik anusar jaise waise yahan wahan thoda zara cheez cheezein chiz cheej
    """.split()
)

GREETINGS = frozenset(
    """
    hi hii hiii hello helo hlo hey heya yo namaste gm gn thanks thank thx ty tnx bye goodbye cya cool nice great
    awesome ok okay k kk lol haha hahaha welcome sup morning evening night good
    """.split()
)


class Intent(Enum):
    """What kind of answer a question asks for, when its wording makes that clear."""

    WHEN = "when"
    QUANTITY = "quantity"
    COUNT = "count"
    PERSON = "person"
    PLACE = "place"


#: Words and phrases (normalised tokens) that ask for a time or an amount. Longest phrases are tried first.
INTENT_CUES: dict[tuple[str, ...], Intent] = {
    ("when",): Intent.WHEN,
    ("year",): Intent.WHEN,
    ("years",): Intent.WHEN,
    ("date",): Intent.WHEN,
    ("dates",): Intent.WHEN,
    ("kab",): Intent.WHEN,
    ("saal",): Intent.WHEN,
    ("sal",): Intent.WHEN,
    ("varsh",): Intent.WHEN,
    ("tarikh",): Intent.WHEN,
    ("since", "when"): Intent.WHEN,
    ("how", "much"): Intent.QUANTITY,
    ("value",): Intent.QUANTITY,
    ("worth",): Intent.QUANTITY,
    ("amount",): Intent.QUANTITY,
    ("kitna",): Intent.QUANTITY,
    ("kitni",): Intent.QUANTITY,
    ("kitne",): Intent.QUANTITY,
    ("how", "many"): Intent.COUNT,
    ("number", "of"): Intent.COUNT,
}

INTENT_CUE_WORDS = frozenset(word for cue in INTENT_CUES for word in cue)

#: Number words that answer a "how many" question as well as digits do.
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty dozen hundred thousand".split()
)

MONTHS = frozenset(
    """
    jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december
    """.split()
)

#: Words that offer alternatives ("andhra or tamil nadu"); "ya" is Hinglish.
EITHER_OR = frozenset({"or", "ya", "vs", "versus"})

#: Words that may join two questions in one message ("... and what does India import?").
CLAUSE_JOINERS = frozenset({"and", "aur", "also", "plus", "+", "&"})
QUESTION_STARTERS = frozenset(
    {"what", "when", "which", "who", "whom", "how", "where", "why", "kya", "kab", "kaun", "kitna", "kitni", "kahan"}
)

IGNORED_WORDS = ENGLISH_STOPWORDS | CHAT_FILLER | HINGLISH_FUNCTION_WORDS

#: "the two countries", "both nations", "dono desh": references to the article's partners, not content.
PARTNER_DETERMINERS = frozenset({"two", "both", "dono", "donon"})
PARTNER_NOUNS = frozenset(
    {"countries", "country", "nations", "nation", "sides", "governments", "desh", "deshon", "partners"}
)

#: Titles of people. "who is <title>" asks for a name, which only a fact naming that person can answer.
PERSON_ROLES = frozenset(
    """
    minister ministers pm president presidents ceo chief head heads chairman chairperson chair secretary ambassador
    governor king queen emperor mayor director founder leader author writer captain commander spokesperson
    envoy premier chancellor
    """.split()
)
IDENTITY_VERBS = frozenset({"is", "was", "are", "were", "heads", "leads", "led", "headed", "runs", "chairs"})
#: "where" asks for a place; so do these Hinglish and English forms.
PLACE_CUES = frozenset({"where", "kahan", "kaha", "venue", "location"})
#: A capitalised word after one of these in an answer names a place ("in Africa", "of India's Northeast").
PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "from", "to", "near", "towards", "of", "for"})

#: Chat shorthand expanded before matching ("10 yr vision" -> "10 year vision").
SHORTHAND = {
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "intl": "international",
    "b/w": "between",
    "w/": "with",
}
