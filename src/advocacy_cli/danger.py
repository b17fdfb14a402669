"""Reading a message for a person at risk: "emergency", "possible" or nothing.

The message is read for situations, not for alarm words alone. Lexicons name concepts (a state
action such as detention or a summons, a threat, violence, self-harm, someone specific, a time
that is now or soon) and the signs that take an alarm back (a hypothetical, a question about the
world in general, an event that is over and safe, a figure of speech, paperwork urgency, a
question about the emergency address itself, a threat to sue, rudeness on a wiki). Frames
combine them ("someone specific" + "harmful situation" + "now or soon"), and a small linear
model over those concept features, trained on the project's own corpus
(``tools/train_danger.py``), weighs them into a probability. The uncertain middle is
"possible": the emergency contact is listed, without the alarm. Someone specific with any sign of
harm, coercion, fear or threat that nothing takes back is at least "possible", even when the model
is unsure. A civil dispute (a threat to sue, a lawyer's letter, a court summons over a lawsuit, a
takedown) is legal help and never an emergency unless something criminal or violent is also said.

A second reader learns from every word: a logistic regression over hashed words and word pairs of
the same corpus (``tools/train_danger_words.py``, weights in ``danger_words.py``). Where the two
disagree it decides: an alarm the words of ordinary messages speak against is "possible", not an
emergency ("my son's tablet was confiscated by his teacher"); a message the lexicons find uneasy and
the words read as danger is an emergency; and words that read as danger with near certainty, about
someone specific, are an emergency even where no pattern names the situation ("typing this under my
coat, they took three of us, we are in the back of a van").

Questions in another language are recognised (:func:`looks_non_english`) and read with short
danger-word lists in several languages, so that a plea for help in Russian or Swahili is never
left without the emergency address.

Standard library only, and nothing is printed; the one file read is the word model's weights, once, on
first use (``danger_words.weights``: without them the lexicons read alone). Every pattern runs in
linear time (no nested or adjacent quantifiers over overlapping classes) and at most
``MAX_SCAN_CHARS`` characters are read.
"""

from __future__ import annotations

import math
import re
from array import array
from functools import lru_cache
from typing import NamedTuple

from advocacy_cli.text import LazyPattern, hashed_grams

MAX_SCAN_CHARS = 20_000
EMERGENCY_AT = 0.5  # probability from which the message reads as an emergency
POSSIBLE_AT = 0.35  # probability from which a person may be at risk


def _Lazy(pattern: str) -> LazyPattern:
    """A pattern compiled on first use, with the word boundary of its alternatives factored out (_regex)."""
    return LazyPattern(pattern, build=_regex)


class Danger(NamedTuple):
    level: str | None  # "emergency", "possible" or None
    cues: tuple[str, ...]  # short human-readable reasons, strongest first
    situations: int = 0  # how many kinds of harm the lexicons found (detention, threat, ...)
    unsure: bool = False  # "possible" because the reading could not decide, not because something took it back
    civil: bool = False  # a lawsuit, a lawyer's letter, a court summons over a dispute: legal help


# --- words ------------------------------------------------------------------------------------------
# Situations: a harm that can reach a specific person. Entries ending in "*" match any word that
# begins with them ("arrest*": arrested, arrests); others match the whole word.
_SITUATION_WORDS: dict[str, str] = {
    "detention": """arrest* arest* arrset* detain* detaind detension detention* custody jail* jial* imprison* prison*
        handcuff* precinct captor captors nabbed lockup lock-up lockups deport* extradit* remand
        incarcerat* kidnap* abduct* abduc* hostage* captiv*""",
    "summons": "summon* interrogat* interogat* questioning",
    "seizure": "confiscat* seiz* siezed",
    "travel ban": "",
    "house search": "raid raided raiding raids",
    "disappearance": "disappear* dissapear* disapear* vanish* whereabouts unreachable",
    "threat": "threat* threten* thretened death-threat* deaththreat*",
    "stalking": "stalk* stalker*",
    "exposed address": "doxx* doxed doxing",
    "mob": "mob mobs lynch* crowd crowds",
    "accusation": """blasphem* apostat* apostas* treason traitor traitors infidel infidels heretic*
        kafir spy spies espionage extremis* terroris* undesirable desecrat*""",
    "charges": "indict* sentenced verdict prosecut* trial",
    "violence": """bomb bombs explosives grenade grenades poisoned poisoning beaten beating beatings attacked assault* stabbed stabbing tortur* injur* bleeding wounded
        smashed smashing vandalized vandalised firebomb* molotov""",
    "self-harm": "suicid* sucid* sucide* suiside* overdos* noose rope razor razors",
}
_SUPPORT_WORDS: dict[str, str] = {
    "authority": """police polis polise cops cop policemen policeman officer officers militia kgb fsb nkvd
        soldiers soldier army military guards guard agents investigator investigators authorities
        gendarmes gendarmerie intelligence prosecutor prosecutors regime militants militant gunmen armed
        plain-clothes plainclothes uniform uniforms checkpoint""",
    "fear": """scared afraid afriad terrified frightened shaking panic panicking hiding hide hid fear fearing
        fears desperate unsafe frantic petrified""",
    "plea": "help hlep halp sos please pls plz urgent urgently asap",
    "danger": "danger dangerous endangered",
}
_PERSON_WORDS: dict[str, str] = {
    "self": "i i'm im i've ive i'll me my myself mine we we're our ours us",
    "relative": """brother bro brothers sister sis sisters mother mom mum mama mommy father dad papa
        parents parent son sons daughter daughters husband wife wives cousin cousins uncle aunt auntie
        nephew niece grandmother grandfather grandma grandpa granny family relatives kids children child
        baby fiance fiancee fiancé partner roommate flatmate housemate boyfriend girlfriend""",
    # Plural roles ("editors", "volunteers") name a group in general, not someone in particular.
    "colleague": """colleague coleague friend member volunteer editor admin administrator treasurer
        president chair chairperson secretary coordinator organiser organizer moderator trainer
        photographer translator mentor director founder wikimedian wikipedian contributor roommate
        flatmate neighbour neighbor boss teacher student journalist""",
    "third person": "he she him her his he's she's",
}
_TIME_WORDS = """now tonight today tomorrow tmrw 2day 2nite yesterday currently still since ago morning
    evening afternoon midnight monday tuesday wednesday thursday friday saturday sunday soon
    again already hours minutes weekend keep keeps kept every ongoing""".split()

# Chat spellings read as the words they stand for.
_CHAT = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "bc": "because",
    "cuz": "because", "coz": "because", "bcoz": "because", "2day": "today", "2nite": "tonight",
    "tmrw": "tomorrow", "tmr": "tomorrow", "bro": "brother", "sis": "sister", "cops": "police",
    "ppl": "people", "tonite": "tonight", "yrs": "years", "gonna": "going to", "wanna": "want to", "gotta": "got to", "n": "and",
    "wont": "won't", "cant": "can't", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
    "isnt": "isn't", "havent": "haven't", "hasnt": "hasn't", "im": "i'm", "ive": "i've",
    "thx": "thanks", "wiki": "wiki", "abt": "about", "b4": "before", "2": "to", "4": "for",
    "wasnt": "wasn't", "werent": "weren't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "theyre": "they're", "youre": "you're", "thats": "that's", "whats": "what's",
    "aint": "ain't", "arent": "aren't", "hes": "he's", "theyll": "they'll", "ill": "i'll", "pic": "picture",
    "pics": "pictures", "fb": "facebook", "mins": "minutes", "hrs": "hours", "mens": "men", "peoples": "people",
    "dat": "that", "dey": "they", "der": "there", "wat": "what", "whr": "where", "pl": "please",
    "msg": "message", "msgs": "messages", "folowing": "following", "pasport": "passport", "hlp": "help", "securty": "security", "secuirty": "security", "breath": "breathe", "passprt": "passport", "follwing": "following", "folowed": "followed", "follwed": "followed",
}

# --- phrases ----------------------------------------------------------------------------------------
_O = r"(?:me|him|her|them|us|you)"  # an object
_P = r"(?:my|his|her|their|our|your)"  # a possessive
_SUBJ = r"(?:i|we|he|she|they|you|i'm|we're|he's|she's|they're)"
_BE = r"(?:am|is|are|was|were|been|be|being|got|get|gets|getting|'s|'re|'m)"
_AUTH = r"(?:police|cops?|officers?|security|agents?|soldiers|army|militia|men|guards|authorities|investigators?|kgb|intelligence|officials?)"
_ADDR = r"(?:house|home|flat|apartment|door|office|building|room|place|village|school|work|workplace)"
_HARMED = r"(?:family|kids|children|child|son|daughter|wife|husband|mother|father|brother|sister|parents|house|home|flat|apartment|car|office|legs?|arms?|hands?|fingers?|face|head|neck|bones?|body|life|friends?|colleagues?|throat|knees?|teeth|jaw|skull)\b"
_DEVICE = r"(?:passports?|phones?|laptops?|computers?|devices?|hard ?(?:drives?|disks?)|disks?|servers?|documents|papers|id cards?|mobiles?|sim(?: cards?)?|notebooks?|cameras?|usb (?:sticks?|drives?)|tablets?|memory cards?|sd cards?)"

# (concept, anchor words: the rule runs only when one of them is in the message, pattern)
_PHRASES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # detention and being held
    ("detention", ("leave", "go", "free", "home", "out"), rf"\b(?:won't|will not|wouldn't|don't|do not|didn't|doesn't|not|never|refuse to|can't|cannot|can not)\s+(?:let|allow|allowing|letting)\s+{_O}\s+(?:to\s+)?(?:leave|go|out)\b|\bnot (?:free|allowed|permitted) to (?:go|leave)\b|\b(?:not|never) (?:allowed|let) (?:out|outside|to go out)\b|\b(?:i|we|he|she|they) (?:can't|cannot|can not|could not|couldn't) (?:leave|go out|get out|go home)\b"),
    ("detention", ("held", "holding", "hold", "kept", "keep", "keeps", "locked", "lock"), rf"\b{_BE}\s+(?:\w+\s+)?(?:held|kept|locked (?:up|in))\b|\b(?:held|kept)\s+(?:at|in|by|without|for|inside)\b|\b(?:holding|keeping|keep|keeps|kept|hold|locked)\s+(?:{_O}|{_P}(?: \w+){{1,2}})\s+(?:at|in|here|there|inside|for|since|without)\b|\blocked (?:in|inside|up)\b|\b(?:holding|hold|keeping|keep|kept)\s+{_O}\s+(?:here|there)\b"),
    ("detention", ("took", "taken", "take", "picked", "dragged", "grabbed", "led", "put", "snatched", "hauled"), rf"\b(?:took|taken|take|picked up|dragged|grabbed|snatched|hauled|led)\s+(?:{_O}|{_P} \w+(?!'s))\s+(?:away|in|to(?! (?:a |an |the |her |his |my |our |their )?(?:vets?|doctors?|dentist|school|park|clinic|zoo|cinema|movies|beach|playground|groomer|kindergarten|nursery|party|shops?|gym|pool|cafe|restaurant|church|mosque|temple|library|museum)\b)|from|into|off)\b|\b(?:took|picked up|dragged|grabbed|snatched|hauled)\s+(?:{_O}|{_P} (?:brother|sister|son|daughter|father|mother|dad|mom|husband|wife|cousin|friend|colleague|uncle|treasurer|president|chair))\b(?!'s)|\b{_BE}\s+(?:\w+\s+)?(?:taken|picked up|dragged|grabbed|snatched|led)\s+(?:away|in|from|by|into|off|to|during|at|after|outside|near|on)\b|\bput\s+(?:{_O}|{_P} \w+|\w+ of (?:our|my) \w+)\s+(?:in|into) (?:a|the|their) (?:van|car|truck|cell|minibus|jeep|bus)\b|\bthey took (?:him|her|them|me|us)\b|\b(?:my|our|his|her) (?:\w+ )?(?:taken|snatched|kidnapped|abducted)\b"),
    ("detention", ("has", "have", "got", "keeping", "holding", "taking", "captor", "captors", "want", "nobody", "no", "noone", "stuck", "trapped", "locked", "ransom", "money", "payment", "take", "taking", "took", "takes"), rf"\b(?:nobody|no one|no-one|noone) (?:leaves|can leave|is allowed to leave|gets out|may leave|goes out)\b|\b(?:stuck|trapped|locked) (?:inside|in)\b|\bransom\b|\bcaptors?\b|\bwant (?:\d+|money)\b|\b(?:has|have|got) (?:my|our|his|her) (?:\w+ )?(?:dad|father|mother|mom|mum|brother|sister|son|daughter|husband|wife|friend|colleague|cousin|uncle|aunt|treasurer|president|chair|editor|volunteer)\b|\b(?:keeping|holding) (?:my|our|his|her) \w+ (?:at|in)\b|\b(?:are|is) taking (?:me|him|her|us|them)\b|\btaking (?:me|him|her|them) to (?:the )?(?:prison|jail|station|court)\b|\b(?:asking|demanding|want|wants) (?:for )?(?:money|payment)\b(?=\s*(?:[.!?,;]|$)| (?:\w+ ){{0,5}}(?:release|free|back|alive|or else|let (?:him|her|them|me) go))|\b(?:take|taking|took|takes)\s+(?:{_O}|{_P} \w+)\s+(?:with (?:them|him)|away)\b|\b(?:will|would|'ll|going to|gonna) take (?:{_P} \w+|{_O}) (?:away|instead|with them|in|to (?:prison|jail|the station))\b"),
    ("detention", ("arrest", "house", "cell", "station", "van", "still", "held", "kept", "stuck"), r"\bhouse arrest\b|\bunder arrest\b|\bin (?:a|the) cell\b|\b(?:still|held|kept|stuck|locked) (?:\w+ )?at the (?:\w+ )?(?:police )?station\b|\bat the (?:police )?station\b(?! (?:branch|shop|caf[eé]|kiosk|bakery|store|entrance|exit|platform|car park))|\bin (?:a|the) (?:police )?van\b"),
    # summons and interrogation
    ("summons", ("want", "wants", "wanted", "ordered", "told", "asked", "expect", "expects", "questioned", "question", "questions", "interview", "talk", "conversation", "appear", "report", "come", "called", "invited", "invitation", "station", "office"), r"\b(?:questioned|interviewed)\b|\bfor (?:a |an )?(?:questioning|interrogation|interview|talk|conversation|chat)\b|\bto (?:a |an )(?:interrogation|interview|talk|conversation|chat)\b|\bto (?:questioning|interrogation)\b|\b(?:they|police|officers?|men|he|she|someone|security|agents?|people) (?:\w+ )?want(?:s|ed)? to (?:talk|speak|chat|meet) (?:to |with )?(?:me|him|her|us)\b|\b(?:must|have to|has to|need to|needs to|ordered to|told to|asked to|invited to|supposed to)\s+(?:\w+\s+)?(?:appear|report|come|go)\s+(?:\w+\s+)?(?:to|at|before|in)\s+(?:the|their|a)\b|\bcalled (?:me|him|her|us|them)?\s*in\b|\bcome (?:to|back to) (?:the )?(?:police )?(?:station|office|ministry|department|headquarters)\b|\b(?:bring|brought) (?:me|him|her) in\b|\b(?:want|wants|wanted|ordered|told|asked|expect|expects) (?:me|him|her|us|them) (?:at|to come to|to be at|in|to appear at) (?:their|the) (?:building|office|station|headquarters|department|ministry|base)\b"),
    # seizure of passport, phone, laptop
    ("seizure", ("copied", "cloned", "imaged", "has", "have", "keeps", "keeping", "holding", "hold", "copied", "downloaded", "searched", "went", "took", "taken", "take", "kept", "keep", "grabbed", "demanded", "unlock", "passwords", "password"), rf"\b(?:took|taken|take|kept|keep|grabbed|seized|confiscated|removed|demanded|stole)\s+(?:away\s+)?(?:all\s+)?(?:{_P}\s+|the\s+|our\s+)?(?:\S+\s+)?{_DEVICE}|\b{_DEVICE}(?:,? (?:\S+ ){{1,8}}?)?\s*(?:was|were|got|has been|have been)\s+(?:taken|seized|confiscated|kept)\b|\b(?:made|forced|ordered) (?:me|him|her|us|them) (?:to )?(?:unlock|give|hand over)\b|\b(?:demanded|asked for|want|wanted) (?:the |my |our |his |her )?(?:admin )?passwords?\b|\b{_DEVICE}\s+taken\b|\b(?:has|have|kept|keeps|keeping|holding|hold|still have|still has) (?:my|his|her|our) {_DEVICE}|\b(?:copied|downloaded|searched|went through) (?:everything|all) (?:on|in) (?:my|his|her) {_DEVICE}|\b(?:copied|cloned|imaged|downloaded|searched|went through) (?:my|his|her|our|their) (?:whole |entire )?{_DEVICE}"),
    # travel bans
    ("travel ban", ("travel", "leave", "leaving", "exit", "fly", "border", "airport", "passport", "list", "abroad", "turned", "barred", "banned", "forbidden", "prohibited", "stopped", "restriction", "ban", "flag"), r"\btravel ban\b|\bexit ban\b|\bno[- ]exit\b|\b(?:banned|barred|forbidden|prohibited|not allowed|can't|cannot|can not|unable) (?:from |to )?(?:leave|leaving|travel|travelling|traveling|fly|flying|exit) (?:the country|abroad|to)\b|\b(?:banned|barred|forbidden|prohibited|not allowed) (?:from |to )?(?:leave|leaving|travel|travelling|traveling)\b|\bpassport (?:was |is |has been )?(?:cancelled|canceled|revoked|annulled|invalidated)\b|\b(?:cancelled|canceled|revoked) (?:my|his|her) passport\b|\bturned (?:me |him |her )?back at the (?:airport|border)\b|\b(?:border |no-fly |watch ?)list\b|\btravel (?:is )?blocked\b|\bcan't get (?:my|his|her) passport back\b|\b(?:banned|barred|forbidden|prohibited|stopped|forbade|forbid|banning|barring)(?: \w+){0,4} from (?:going abroad|going out of the country|travelling|traveling|leaving|flying|crossing)\b|\b(?:restriction|ban|flag|stop order) on (?:my|his|her|our) (?:name|passport)\b"),
    # house searches
    ("house search", ("tearing", "turning", "ripping", "going", "searched", "searching", "search", "raid", "raided", "broke", "went"), rf"\b(?:searched|searching|search of|searches|search)\s+(?:{_P}|the|our)\s+(?:\S+\s+)?{_ADDR}\b|\b{_ADDR}(?: of (?:\S+ ){{1,5}}?)?\s*(?:was|were|got|has been)\s+(?:searched|raided|broken into)\b|\bsearch(?:ing)? (?:at|in) (?:{_P}|the|our) (?:\S+\s+)?{_ADDR}\b|\bsearch (?:warrant|order)\b|\b(?:tearing|turning|ripping) (?:my|our|his|her) (?:\w+ )?(?:apart|upside down)\b|\b(?:going|went|gone) through (?:my|our|his|her) (?:whole |entire )?(?:apartment|flat|house|home|things|room|books|stuff|papers|drawers|files|office|flat|house)\b|\bbroke into\b|\bwent through (?:our|my|his|her) (?:office|house|home|flat|things|room)\b|\braided\b"),
    # disappearance
    ("disappearance", ("returned", "return", "reappeared", "sign", "trace", "record", "answer", "unanswered", "rings", "ringing", "come", "came", "out", "offline", "silent", "unreachable", "incommunicado", "missing", "knows", "know", "reach", "answering", "answered", "responding", "off", "home", "back", "contact", "heard", "seen", "where", "voicemail", "shown"), r"\b(?:is|are|has been|have been|gone|went|go|reported|still)\s+missing\b|\b(?:nobody|no one|no-one|noone|none of us|we don't|we do not|don't|do not|family doesn't|family does not)\s+(?:\w+\s+)?knows? where (?:he|she|they|him|her|them|my|our|his|(?!(?:the|a|an|this|that|it|everything|anything|something|mine|yours|ours)\b)\w+ (?:is|are|was|went)\b)|\bcan(?:'t|not| not) (?:reach|find|contact|locate|get hold of) (?:him|her|them|my|our|his)\b|\b(?:not|stopped|isn't|is not|hasn't|has not|haven't|no longer)\s+(?:been\s+)?(?:answering|answered|responding|responded|replying)\b|\b(?:his|her|their|(?:brother|sister|son|daughter|husband|wife|friend|colleague|father|mother|dad|mom|mum)'s)\s+(?:phone|mobile|cell)\s+(?:is\s+|has been\s+|goes\s+|went\s+)?(?:off|switched off|turned off|dead|unreachable|straight to voicemail)\b|(?<!\bi )(?<!\bwe )\b(?:never|didn't|did not|hasn't|has not|haven't|have not|not)\s+(?:come|came|returned|got|made it|come out|came out|shown up)\s+(?:back\s+)?(?:home|back|out)?\b|\blost (?:all )?(?:contact|touch) with\b|\b(?:heard|seen) nothing\b|\b(?:nobody|no one|no-one)\s+(?:has\s+)?(?:seen|heard from)\b|\blast seen\b|\b(?:offline|silent|unreachable|incommunicado) (?:for|since)\b|\bhas(?:n't| not) (?:been seen|been heard|shown up)\b|(?<!\bi )(?<!\bwe )\b(?:never|didn't|did not|hasn't|has not|haven't|have not|not yet) (?:returned|reappeared|come back|came back|come home|came home|made it home|turned up)\b|\bno (?:sign|trace) of (?:life|him|her|them)\b|\b(?:rings?|ringing|goes|calls go) (?:without (?:an )?answer|unanswered)\b|\b(?:hospitals?|morgues?|police) (?:\w+ )?(?:have|has) no record\b"),
    # threats, open and veiled
    ("threat", ("stab", "beat", "visit", "bury", "poison", "drown", "hang", "silence", "disappear", "see", "survive", "coming", "next", "found", "be", "end", "kill", "hurt", "die", "dead", "shoot", "burn", "rape", "harm", "break", "cut", "blow", "finish", "come", "find", "deal", "get"), rf"\b(?:will|would|gonna|going to|wants? to|want to|plan to|plans to|planning to|promised to|threaten(?:ed|s)? to|said they'd|said he'd|say they'll|he'll|they'll|we'll|i'll|they'd|he'd|she'd|we'd|to)\s+(?:(?!i\s|we\s)\w+\s+)?(?:(?:kill|hurt|harm|rape|stab|beat|poison|drown|hang|come for|come after|bury|silence|disappear)\s+(?:{_O}|{_P}|down)|(?:burn|blow up)\s+down\b|(?:shoot|burn|cut|break|blow up)\s+(?:{_O}\b(?!\s+(?:a|an|the|some|off|out|up|down|short|loose|free|in|into|on)\b)|{_P} (?:\w+ )?{_HARMED})|(?:finish|deal with|get|find|visit|teach)\s+(?:me|him|her|us|you)\b(?!\s+(?:\w+ing|back|into|in|to|a|an|the|some|on|off|out|up|through|ready|started|fixed|done|there|home|interested|involved|excited|hooked|used|together|something|anything|more|right|sorted|registered|signed|here|online|now|today|tomorrow)\b)|finish the job)\b|\b(?:can|could|might|may|will) (?:they|he|she|someone|people|the police|police) (?:kill|hurt|arrest|jail|imprison|take|torture|beat) (?:me|us|him|her|them|my)\b|\b(?:you|he|she|they|we) (?:will|'ll|are going to|is going to) die\b|\b(?:dead|a dead) (?:man|woman|men)\b|\b(?:be|am|are|is|'m|'re|'d be) (?:the )?next (?:one|target|victim)\b|\bfound (?:dead|in the river|in a ditch)\b|\b(?:will|'ll|would|gonna) (?:be|end up) (?:buried|killed|dead|shot|hanged|found dead|next|in a ditch|in the river|in a grave)\b|\bdeserves? (?:to die|death)\b|\b(?:should|must) be (?:hanged|killed|shot|executed|punished)\b|\b(?:you and your|and (?:your|his|her)) (?:family|kids|children)\b|\bor (?:else )?(?:we|i|they|he)(?:'ll| will)? (?:\w+ )?(?:kill|burn|shoot|hurt|break|cut|stab|beat|rape|bury|get|finish|come for|visit)\b|\b(?:will|won't|wouldn't|will not|would not|'ll not) (?:\w+ )?(?:see|live to see|survive|make it to) (?:next|the end of|another|tomorrow|the new year)\b|\bcoming (?:\w+ ){{0,4}}to (?:punish|kill|beat|hurt|burn|attack|lynch|take|get) (?:me|us|him|her|them|my|our)\b"),
    ("veiled threat", ("days", "weeks", "hours", "moments", "accidents", "accident", "trouble", "problems", "remember", "circle", "cross", "mark", "photo", "hope", "hopes", "hoping", "grow", "chance", "called", "your", "his", "her", "live", "funeral", "wreath", "coffin", "grave", "body", "bullet", "shame", "pity", "tend", "tends", "accidents", "alone", "remember", "make", "see", "drop", "stop", "pay", "nice", "everything", "photo", "photos", "picture", "pictures", "images", "asking", "asked", "ask", "found", "knows", "value", "ends", "shame", "pity", "accidents", "accident", "know", "think", "careful", "warning", "regret", "soon", "watching", "pray", "safe", "fall", "people", "settle", "life", "sad", "differently", "next"), r"\bif you value\b|\byou know (?:where|how) (?:this|it|that) (?:ends|will end)\b|\b(?:would|will|could) be a (?:shame|pity)\b|\baccidents? (?:happen|can happen)\b|\b(?:could|might|may|can) (?:easily )?(?:have|has) an accident\b|\bwe (?:know|knows) (?:where|which|what|when) (?:\w+ ){0,3}(?:you|your|he|she|his|her|they|their|i|my)\b|\bthey (?:know|knows) (?:where|which|what|when) (?:\w+ ){0,3}(?:you|your|he|she|his|her|i|my|we|our)\b|\bi (?:know|knows) (?:where|which|what|when) (?:\w+ ){0,3}(?:you|your|he|she|his|her|they|their|we|our)\b|\bhe (?:know|knows) (?:where|which|what|when) (?:\w+ ){0,3}(?:you|your|she|her|they|their|i|my|we|our)\b|\blast chance\b(?! to (?:fix|submit|apply|register|enrol|enroll|edit|sign|change|update|attach|send|join|book|buy|vote|comment|renew|get|see|catch))|\b(?:we|they|i|he) (?:know|knows|have|has) (?:your|his|her) (?:\w+ )?(?:kids|children|son|daughter|wife|husband|family|address|school|name|names|car)\b|\b(?:hope|hopes|hoping) (?:that )?(?:my|your|his|her) (?:children|kids|family|son|daughter|wife|husband)\b|\bgrow up (?:with|without) (?:a|their|his|her) (?:father|mother|parents|dad|mom|mum)\b|\bcalled for (?:the )?(?:punishment|death|execution|arrest|killing|beheading|lynching|hanging) of\b|\bthink (?:about|of) (?:your|his|her) (?:family|children|kids|mother|father|son|daughter|wife|husband|health|safety|parents)\b|\bbe careful\b|\b(?:your|his|her) (?:daughter|son|kids|children|child|wife|husband)(?:'s)? (?:school|university|work|workplace|route)\b|\b(?:don't|do not|won't|never) live long\b|\b(?:funeral|wreath|coffin|grave|body bag)\b|\bbullet with (?:my|your|his|her) name\b|\b(?:shame|pity) if\b|\b(?:tend|tends) to have accidents\b|\bhave accidents\b|\b(?:walks?|goes|comes|drives) (?:home |to school |to work )?alone\b|\bshould remember\b|\bmake sure (?:i|you|he|she|they|we) (?:never|won't|don't|can't)\b|\bsee (?:you|me|him|her|us) (?:\w+ )?(?:at home|soon|tonight|at your|there)\b|\b(?:drop|stop) by\b|\bpay (?:you|him|her|us) a visit\b|\bkeep (?:them|your family|your kids|your children) (?:healthy|safe)\b|\bnice family\b|\bknow everything about (?:you|him|her)\b|\b(?:photos?|pictures?|images?) of (?:my|our|his|her) (?:\w+ )?(?:children|kids|son|daughter|house|home|door|window|family|wife|car|flat)\b|\b(?:last|final) warning\b|\b(?:will|'ll|going to|gonna) regret\b|\bsee you soon\b|\bwe(?: are|'re) watching\b|\bpray for\b|\b(?:not|won't|will not|wouldn't) be safe\b|\bfall (?:from|off|out of)\b|\bpeople like (?:you|him|her|them)\b|\bsettle (?:this|it) (?:differently|another way)\b|\bwhole life ahead\b|\bwould be sad if\b|\bnext time\b(?: \w+){0,2} (?:worse|harder|no warning|for real|your last|the last)\b|\bnext time (?:it will|it'll|we will|we'll|you won't|you will not|won't be|will not be|there won't|it won't|we won't|it will not)\b|\bnext (?:is you|it's you)\b|\bare next\b|\bsomething (?:happens|happened|bad happens|could happen|might happen) to\b|\bbad things (?:will|could|might) happen\b|\b(?:asking|asked|ask|know|knows|found out) where (?:our|my|your|his|her) (?:children|kids|son|daughter|family|wife|husband|parents|mother|father) (?:go|goes|live|lives|study|studies|are|is|work|works)\b|\blast (?:days|weeks|hours|moments) (?:of|as|in)\b|\b(?:often|usually|tend to|sometimes|can) (?:have|get|meet with|suffer) (?:an? )?(?:accidents?|car trouble|health problems|trouble)\b|\bremember (?:this|that) (?:place|face|address|house|street|day)\b|\b(?:circle|cross|mark|x) (?:around|on|over) (?:my|our|his|her) (?:\w+ )?(?:house|home|apartment|flat|door|car|office|name|photo|face|building)\b|\bphoto of (?:my|our) (?:son|daughter|kids|children|child|wife|husband|mother|father|parents|house|car)\b"),
    # stalking and being watched
    ("stalking", ("watches", "watch", "sent", "told", "showed", "took", "taking", "takes", "take", "ask", "asks", "same", "every", "each", "wherever", "tracker", "asked", "asking", "looking", "parked", "stopped", "standing", "sitting", "came", "come", "lobby", "where", "knew", "turned", "stopped", "waited", "knows", "know", "wait", "stands", "sits", "by", "follow", "follows", "followed", "following", "watching", "watched", "waiting", "waits", "outside", "parked", "tracking", "tracked", "filming", "photographing", "photographed", "appearing", "shows", "showed"), rf"\b(?:follow|follows|followed|following|tracking|tracked|filming|filmed|photographing|photographed|watching|watched)\s+(?:{_O}|{_P}|everyone)\b|\bbeing (?:followed|watched|tracked|filmed)\b|\b(?:waiting|waits|wait|standing|stands|parked|sitting|sits)\s+(?:\w+\s+)?(?:outside|near|in front of|at|by) (?:my|our|his|her)\b|\b(?:waiting|waits|standing|parked)\s+(?:\w+\s+)?(?:outside|near|in front of) the\b|\bknows? (?:my|his|her|our) (?:\w+ )?(?:username|user name|real name|address|schedule|route|name|school|car)\b|\b(?:appearing|appears|showed up|shows up|turned up|came|come)\s+(?:\w+\s+)?(?:wherever|at my|at our|at his|at her|outside|to my|to our)\b|\b(?:wait|waiting|waited) (?:for (?:me|him|her|us)|in the (?:lobby|hall|street|car))\b|\bwhere (?:i|he|she|we) (?:work|works|live|lives|study|studies|sleep)\b|\b(?:knew|knows|know) (?:my|his|her|our) (?:\w+ )?(?:name|address|username|school)\b|\b(?:cars?|vans?|motorcycles?|motorbikes?|bikes?|sedans?|suvs?|jeeps?|trucks?|taxis?|man|men|someone|somebody|strangers?|people) (?:have been |has been |are |is |was |were )?(?:stopped|parked|waiting|standing|sitting) (?:in a (?:car|van) )?(?:outside|near|in front of|across|opposite|under|below|by)\b|\b(?:asked|asking|looking|came) for (?:me|him|her|us) (?:by|at|in)\b|\b(?:asked|asking|ask|asks) (?:\w+ )?(?:which|where) (?:\w+ )?(?:window|house|flat|door|car|room|apartment|building) (?:is )?(?:mine|his|hers|ours|i live|we live|he lives|she lives)\b|\bsame (?:\w+ ){{0,2}}(?:guys?|men|man|woman|car|van|people|faces|person|motorbike|motorcycle|sedan|suv|jeep|truck|taxi)\b|\bwatch(?:es|ing|ed)? (?:my|our|his|her) (?:window|windows|house|door|flat|apartment|building|home|office)\b|\b(?:sent|told|showed) (?:me|him|her|us) (?:the name of |a photo of |where )(?:the |my |our )?(?:\w+ )?(?:cafe|café|restaurant|place|shop|office|flat|house|street|school)\b|\b(?:took|taking|takes|take) (?:pictures|photos|videos|a picture|a photo) of (?:me|him|her|us|them|my|our)\b|\b(?:every|each) (?:place|where) (?:i|we|he|she) (?:go|went|goes)\b|\bwherever (?:i|we|he|she) (?:go|went|goes)\b|\btracker\b|\b(?:has|have|got|knows?) (?:my|his|her|our) (?:home )?address\b|\b(?:they|he|she|someone) (?:are|is) (?:outside|here|at (?:my|the) door)\b"),
    # published address
    ("exposed address", ("printed", "adress", "addres", "named", "identified", "outed", "exposed", "dumped", "circulated", "circulating", "uploaded", "id", "address", "addresses", "where", "street", "lives", "live", "home", "workplace", "name", "number", "plate", "photo", "photos", "posted", "published", "leaked", "shared"), r"\b(?:posted|published|leaked|shared|put(?= (?:up |online |out |on \w+ )?(?:my|his|her|our|their) )|revealed|spread|doxxed|posting|publishing|(?<!password )(?<!account )(?<!screen )(?<!file )(?<!ride )(?<!car )(?<!cost )(?<!room )(?<!house )(?<!flat )(?<!time )sharing|exposed|dumped|circulated|circulating|uploaded|printed|sent (?:me|him|her))\b(?:\s+\S+){0,6}?\s+(?:address|addresses|street|home|workplace|real name|phone number|car plate|number plate|id card|passport scan|adress|addres|(?:kids'?|children'?s?|son'?s|daughter'?s) school|(?:my|his|her|our|their) (?:\w+ )?(?:photos?|pictures?|face)|where (?:i|we|he|she|they|my|our) (?:\w+ )?lives?)\b|\b(?:address|flat number|house number|home|photos?|real name|workplace|phone number)\b(?:\s+\S+){0,4}?\s+(?:was|were|is|are|has been|have been|got)\s+(?:just\s+|now\s+|all\s+|also\s+)?(?:posted|published|leaked|shared|revealed|spread)\b|\baddress (?:is |was )?(?:online|posted|published|leaked|shared)\b|\b(?:asking|asked) for (?:my|his|her|our) address\b|\b(?:named|identified|outed|exposed) (?:me|him|her|us)\b"),
    # mobs and crowds
    ("mob", ("coming", "marching", "surrounding", "throw", "threw", "thrown", "surrounded", "shouting", "chanting", "screaming", "broke", "armed", "entrance", "gathering", "gathered", "gather", "surrounded", "people", "men", "crowd", "outside", "coming", "sticks", "chased", "angry", "throwing", "stones", "blocked", "protesters", "lesson"), r"\b(?:gathering|gathered|gather|surrounded|surrounding|massing|blocking|blocked)\b(?:\s+\S+){0,3}?\s+(?:outside|in front|around|at|the (?:street|building|office|house|hall))\b|\b(?:people|men|protesters|crowd|they|villagers|neighbours|neighbors)(?: \w+){0,3} (?:are|is) (?:gathering|coming|surrounding|marching)\b|\bwith (?:sticks|knives|stones|weapons|guns|machetes|clubs)\b|\bchased\b|\bangry (?:crowd|people|men|mob)\b|\b(?:blocking|blocked) the (?:entrance|exit|door|road|gate|street)\b|\b(?:shouting|chanting|screaming) (?:my|our|his|her) names?\b|\bbroke (?:the|our|my) (?:gate|door|windows?)\b|\barmed (?:men|man|group|gang|people)\b|\b(?:throwing|threw|throw|thrown) (?:rocks|stones|bricks|bottles|eggs|petrol bombs|molotovs?|firebombs?)\b|\b(?:we|i|they|he|she)(?: are|'re| am|'m| is|'s| were| was) surrounded\b|\bteach (?:us|him|her|them) a lesson\b"),
    # accusations carrying violent punishment
    ("accusation", ("foreign", "stooge", "stooges", "puppet", "spy", "spies", "agent", "agents", "enemy", "enemies", "insulted", "insulting", "insult", "list", "undesirable"), r"\bforeign agents?\b|\bagents? of (?:a |the )?(?:foreign|west|western|enemy|enemies|cia|nato|america|usa|russia|china|israel|iran)\b|\bforeign (?:spy|spies|stooge|puppet)\b|\benem(?:y|ies) of the (?:state|people|nation|country|revolution)\b|\binsult(?:ed|ing|s)?\s+(?:the\s+|our\s+|my\s+)?(?:prophet|religion|islam|god|nation|state|president|army|faith|quran|bible)\b|\b(?:list of|on (?:a|the|their|its)) (?:traitors|enemies|extremists|terrorists|foreign agents)\b|\b(?:enemies|traitors|extremists) list\b|\bwanted list\b"),
    # charges and trials
    ("charges", ("charged", "charges", "charge", "case", "court", "hearing", "prison", "jail", "years", "bail", "judge", "sentence", "trial"), r"\b(?:charged|charges|charge)\s+(?:with|against|for)\b|\b(?:criminal|court) (?:case|charges|proceedings)\b|(?<!divorce )(?<!custody )(?<!family )\bcourt (?:date|hearing)\b(?! (?:for|about|over|in|on) (?:my |our |the |a |his |her )?(?:divorce|custody|alimony|child support|inheritance|probate|tenancy|parking|speeding|traffic))|(?<!committee )(?<!parliamentary )(?<!public )(?<!senate )(?<!congressional )\b(?:first |next )?hearing (?:is|on|in|next|tomorrow|this)\b|\b(?:face|faces|facing|could get|risk|risks)\s+(?:\w+\s+)?(?:prison|jail|years|trial|charges|death penalty)\b|\bpre-?trial\b|\bon bail\b|\bthe judge\b|(?<!spent )(?<!served )(?<!after )\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) years? (?:in (?:prison|jail)|of (?:prison|jail|imprisonment)|imprisonment|behind bars|for)\b|\b(?:up to|gets?|got|given|faces?|facing|asks? for|wants?|demands?|carries|carry|sentenced to|maximum is|maximum of|minimum of) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) years\b|\bopened (?:a )?(?:case|investigation)\b|\bunder investigation\b|\binvestigation against\b"),
    # violence
    ("violence", ("hurled", "hurling", "tossed", "throwing", "poured", "threw", "thrown", "splashed", "tried", "arson", "beat", "beats", "hit", "hits", "kicked", "kick", "shot", "fire", "broke", "pushed", "attacked", "burned", "punched", "slapped", "hospital", "hurt", "killed", "murdered", "stabbed", "beaten", "injured", "assaulted", "threatened"), rf"\b(?:beat|beats|hit|hits|kicked|kick|punched|slapped|shot|shoot|pushed|hurt|killed|murdered|stabbed|strangled)\s+(?:at\s+)?(?:{_O}|{_P}|one of)\b|\b(?:poured|threw|thrown|splashed) (?:petrol|gasoline|acid|paint|gas|fuel) (?:on|at|over)\b|\btried to (?:light|burn|set fire)\b|\barson\b|\b(?:threw|thrown|throwing|hurled|hurling|tossed) (?:a |an |some )?(?:bricks?|rocks?|stones?|bottles?(?: of (?:petrol|gasoline|acid|fuel|gas))?|bombs?|grenades?|petrol bombs?|molotovs?|firebombs?) (?:through|at|into|over|on)\b|\b(?:set on fire|set fire|set (?:\S+ ){{1,3}}on fire|burned down|burnt down|broke (?:his|her|my|their) (?:\w+))\b|\bin (?:the )?hospital\b(?! (?:for (?:a |an |her |his |my |the )?(?:knee|hip|back|surgery|operation|check|check-up|tests?|treatment|birth|baby|delivery|cancer|chemo|routine|scan)|with (?:a |an )?(?:broken|fever|flu|covid|pneumonia|infection)))|\b{_BE}\s+(?:\w+\s+)?(?:hurt|injured|killed|murdered|shot|stabbed|hit|beaten|pushed|kicked|punched|slapped|attacked|assaulted)\b|\b(?:kicked|beaten|hit|punched|slapped|attacked|pushed)\s+(?:by|with|off|down|to)\b"),
    # self-harm said directly or indirectly
    ("self-harm", ("letters", "notes", "messages", "tablets", "medication", "medicine", "balcony", "ledge", "rooftop", "railway", "tracks", "parapet", "wall", "tree", "cliff", "miss", "mourn", "think", "carry", "bear", "stand", "handle", "bye", "farewell", "just", "tell", "sorry", "anything", "myself", "through", "without", "want", "done", "wrote", "written", "writing", "posted", "left", "goodbye", "farewell", "plan", "given", "giving", "give", "matters", "sleeping", "good", "goodbye", "keep", "anymore", "night", "everyone", "everybody", "world", "point", "end", "ending", "kill", "killing", "die", "dying", "live", "living", "life", "better", "goodbye", "pills", "wake", "jump", "jumping", "bridge", "myself", "himself", "herself", "themselves", "exist", "existing", "around", "stop", "way", "burden", "plan", "sleep", "on", "finish", "gone", "letters", "here", "meaning", "stupid", "take"), r"\b(?:don't|do not|dont|can't|cannot|no longer) see (?:the |any )?(?:point|way out|reason|future)\b|\bwhat(?:'s| is) the point(?: (?:anymore|any more|of (?:living|life|anything|it all|going on|carrying on|trying|being alive|waking up|me|existing))\b|(?=\s*(?:[.!?]|$)))|\bno (?:point|reason) (?:in |to )?(?:living|going on|keep(?:ing)? going|anymore|to live)\b|\b(?:end|ending|finish|finishing)\s+(?:it all|everything|my life|his life|her life|their life|(?:it|things) (?:all|tonight|today|now|soon|for good|once and for all|here|forever)|(?:it|things)(?=\s*(?:[.!]|$)))\b|\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting)\s+(?:myself|himself|herself|themselves)\b|\b(?:want|wants|wanted|going) to die\b|\b(?:better off|happier|better) without (?:me|him|her)\b|\b(?:don't|do not|dont|no longer) want to (?:live|be alive|exist|wake up|go on(?! (?:a|an|the|my|our|his|her|this|that|holiday|vacation|trips?|tours?|stage|air|strike|leave|dates?|with)\b)|be here)\b|\b(?:if|when) i (?:wasn't|was not|weren't|am not|were not|'m not) (?:around|here)\b|\bgoodbye (?:forever|everyone|all)\b|(?<!\bget )(?<!\bgot )(?<!\bsee )(?<!\bsaw )(?<!\bread )(?<!\breceived )(?<!\bto )(?<!\bin )(?<!\banswer )(?<!\bcheck )\b(?:my|his|her) last (?:edit|message|post)\b(?! (?:about|regarding|re|on the|on our|with|from|was|has|had|did|got|where|which|that i|i sent|we|you)\b)|\b(?:took|taken|take|taking|swallowed|swallow|swallowing) (?:a lot of |all (?:my |the |of my |of the )?|many |too many |a bunch of |the whole (?:bottle|box|pack|packet) of |\d+ )(?:\w+ )?(?:pills|tablets)\b|\b(?:not|never) (?:to )?wake up\b|\bsleep (?:forever|and not wake)\b|\b(?:jump|jumping) (?:from|off|in front of) (?:a |the |my |our |this |that )?(?:\w+ )?(?:bridge|roof|rooftop|building|balcony|window|cliff|tower|ledge|train|platform|metro|subway|top|floor)\b|\bon the (?:bridge|roof|edge)\b|\bstop existing\b|\bdisappear forever\b|\bnot (?:going to|gonna) be (?:around|here)\b|\bwon't be (?:here|around)\b|\b(?:can't|cannot) (?:go on|keep going|keep living|take (?:it|this) anymore)\b|\b(?:keep|go on) living\b|\bi'm a burden\b|\b(?:i|i've|he|she) (?:have |has )?made a plan\b|\bi'?ve decided\b|\b(?:life|living) has no (?:meaning|point)\b|\b(?:tired|sick) of (?:living|life|everything|it all)\b|\bwritten my letters\b|\bsomething stupid to (?:myself|himself|herself)\b|\b(?:take|taking) (?:my|his|her) (?:own )?life\b|\bhang (?:myself|himself|herself)\b|\bwant everything to stop\b|\bnobody would (?:notice|care)\b|\b(?:everyone|everybody|they|the world|my family|people) (?:would|will) be (?:better off|happier)\b|\b(?:if|when) i (?:just |simply |really )?(?:wasn't|was not|weren't|were not|am not) (?:around|here|alive)\b|\bcan(?:'t|not) do this anymore\b|\b(?:feels|is) like the night\b|\btonight is the night\b|\b(?:don't|do not|not) plan (?:to be|on being) (?:here|around|alive)\b|\bgiv(?:e|en|ing) away (?:my|his|her|all)\b|\bnothing matters\b|\b(?:bye|goodbye|farewell) (?:everyone|all|guys|forever|world)\b|\bnot just (?:the )?(?:wiki|wikipedia|editing)\b|\btell (?:\w+ ){1,5}(?:i'm|i am) sorry\b|\bsorry for everything\b|\bor doing anything\b|\bcan(?:'t|not) see myself (?:getting through|surviving|making it|living|being here)\b|\b(?:get|getting|make it|making it) through (?:this|the|tonight|another) night\b|\bdone with (?:everything|life|it all|living)\b|\b(?:wrote|written|writing|posted|left) (?:my|his|her|a) (?:goodbye|farewell|suicide)\b|\bgoodbye (?:letter|note|message|post)\b|\bsleeping pills\b|\b(?:go|leave|gone) for good\b|\bsaying goodbye\b|\bcan(?:'t|not) keep (?:doing this|going|living)\b|\b(?:goodbye|farewell|suicide|last) (?:letters|notes|messages)\b|\bsleeping (?:pills|tablets)\b(?! (?:prescription|refill|renewal|order))|\b(?:collecting|collected|saving|saved|hoarding|hoarded|stockpiling|stockpiled|counted|counting) (?:up )?(?:my |the |all )?(?:my )?(?:\w+ )?(?:pills|tablets|medication|medicine)\b|\bon the (?:balcony|ledge|rooftop|railway|tracks|parapet)\b|\b(?:drive|driving|crash|crashing|steer|steering) (?:my car )?(?:into|off) (?:a|the) (?:wall|tree|truck|bridge|cliff|river|lorry)\b|\b(?:nobody|no one|no-one|noone) (?:would|will) (?:miss|notice|care|mourn)\b|\b(?:don't|do not|dont) (?:think|know if|know whether) i (?:want to|can) (?:live|wake up|go on|be here|be alive|exist|survive)\b|\b(?:can't|cannot|can not) (?:carry|bear|stand|handle) (?:this|it|any of this|the pain) (?:anymore|any more|any longer)\b|\b(?:end|take) my (?:own )?life\b"),
    ("at the door", ("found", "caught", "got", "someone", "somebody", "stranger", "strangers", "man", "car", "banging", "pounding", "hammering", "kicking", "coming", "door", "here", "outside", "have", "came", "knocking", "front"), r"\b(?:they|he|men|police|someone|somebody|people|soldiers|officers)(?: are| is|'re|'s) (?:coming|here|outside|in front)\b|\b(?:someone|somebody|strangers?|a man|a car) (?:is )?(?:outside (?:my|our|the)|at (?:my|our|the) (?:door|house|home|gate|flat|window|office|building))\b|\b(?:they|he|she|someone|somebody|men|people|police|officers|soldiers|agents|strangers?|a man|two men|guys) (?:\w+ ){0,3}at (?:my|our|the) (?:front )?(?:door|gate)\b|\bthey have (?:my|our|him|her)\b|\b(?:men|police|officers|soldiers|agents|people|they|cars?|vans?) (?:are |is )?(?:at|outside|in front of)\b|\bknocking\b|\b(?:they|he|men|police|someone) (?:found|caught|got) (?:me|us|him|her)\b|\b(?:banging|pounding|hammering|kicking) (?:on|at) (?:my|our|the|(?:door|gate|window)s?)\b|\b(?:they|men|police|officers) came (?:to|for)\b"),
    ("family pressure", ("fired", "dismissed", "sacked", "expelled", "demoted", "evicted", "mentioned", "blackmail", "blackmailing", "blackmailed", "harass", "harassing", "harassed", "threaten", "threatening", "threatened", "visit", "visited", "visiting", "intimidate", "intimidating", "intimidated", "pressure", "pressuring", "pressured", "questioned", "took", "called", "calling", "arrested", "detained"), r"\b(?:harass\w*|threaten\w*|visit(?:ed|ing|s)?|intimidat\w*|pressur\w*|questioned|took|called|calling|arrested|detained|summoned|fired|dismissed|sacked|expelled|demoted|evicted|mentioned|blackmail\w*) (?:\w+ )?(?:my|our|his|her|their) (?:\w+ )?(?:parents|family|mother|father|mom|mum|dad|brother|sister|wife|husband|son|daughter|children|kids|grandmother|grandfather|relatives|cousin|uncle|aunt)\b"),
    ("now", ("being",), r"\b(?:am|is|are|'m|'re|'s) being\b|\bright now\b"),
    ("danger", ("hiding", "hide", "hid", "scared", "afraid", "terrified", "frightened", "security", "life", "lives", "safety", "risk", "safe", "danger"), r"\b(?:my|his|her|our|their) (?:life|lives|safety) (?:is|are) (?:in danger|at risk|threatened)\b|\b(?:fear|fears|fearing|afraid|scared|worried|concerned|anxious|frightened|terrified)\s+(?:about|for) (?:my|his|her|our|their) (?:own |personal |physical )?(?:life|lives|safety|security)\b|\bin (?:immediate |grave |real )?danger\b|\bnot safe\b|\b(?:hiding|hide|hid) (?:in|from|at|inside|under|with)\b|\bin hiding\b|\b(?:scared|afraid|too scared|terrified|frightened) to (?:go|leave|walk|sleep|stay) (?:outside|out|home|alone|at home|there)\b"),
    ("authority", ("security", "secret", "state", "men", "plain", "border", "prosecutor"), r"\b(?:security (?:services?|police|forces|officers|agents|people|men|service|department|office|committee)|secret (?:police|services?)|state security|men in (?:uniform|black|a (?:black )?car)|plain[- ]clothes|border guards?)\b"),
    # second round: wordings of coercion, summons and despair that name no alarm word
    ("detention", ("hunger", "tied", "picked", "sent", "send", "sending"), r"\bhunger strike\b|\btied (?:me|him|her|us|them) up\b|\b(?:was|were|got|been|is|are) picked up (?:for|by|at|on|in|after|yesterday|today|last)\b|\b(?:sent|send|sending) (?:me|him|her|us|them|my \w+|his \w+|her \w+) back (?:\w+ )?(?:across|over|to)\b"),
    ("summons", ("required", "obliged", "ordered", "summoned", "told", "asked", "instructed", "invited", "unit", "directorate", "department", "division"), r"\b(?:required|obliged|ordered|summoned|told|asked|instructed) to (?:attend|appear|present (?:myself|himself|herself|ourselves)|report to)\b|\binvited (?:me|him|her|us|them) (?:for|to) (?:a |some )?(?:tea|coffee|chat|talk|conversation)\b|\b(?:cyber ?crime|anti-\w+(?:-\w+)*|counter-\w+) (?:unit|directorate|department|police|division)\b"),
    ("charges", ("wanted", "case", "investigation", "charges", "charge", "bail", "proceedings"), r"\b(?:open|opened|opening|filed|file|brought|bring|started) (?:a |an )?(?:criminal )?(?:case|investigation|file|charges?) (?:against|on) (?:me|him|her|us|them|my|our|his|her)\b|\bcriminal (?:case|investigation|charges?|proceedings)\b|\b(?:refused|denied) bail\b|\b(?:i am|i'm|he is|she is|he's|she's|we are|we're|they are|they're) (?:now )?wanted (?:for|by|in)\b"),
    ("threat", ("pay", "blood", "hell", "never", "pays", "suffer", "suffers", "old", "reward", "bounty", "price", "wanted"), r"\b(?:will|'ll|gonna|going to|shall) pay (?:for (?:it|this|that|what (?:i|you|he|she|we) (?:did|wrote|said|posted))|dearly|with (?:blood|your life|his life|her life|my life))\b|\bwith (?:your |his |her |my |our )?blood\b|\bmake (?:my|your|his|her|our|their) li(?:fe|ves) (?:a )?(?:living )?(?:hell|miserable)\b|\bnever see (?:my|your|his|her|our|their) (?:\w+ )?(?:children|kids|family|son|daughter|wife|husband|parents|mother|father)\b|\b(?:my|our|your|his|her) (?:son|daughter|family|children|kids|wife|husband|mother|father|parents) (?:will )?(?:pay|pays|suffer|suffers)\b|\b(?:don't|do not|never|won't|will not) (?:grow|get|live to be|live to get) old\b|\bwanted posters?\b|\b(?:reward|bounty) (?:for|on) (?:\w+ ){0,3}(?:me|him|her|us|my|his|head|information|capture)\b|\bbounty\b|\bprice on (?:my|his|her|our|their) heads?\b"),
    ("veiled threat", ("timetable", "schedule", "route", "bus", "school", "class", "classroom", "workplace", "address"), r"\b(?:daughter|son|child|children|kids|wife|husband)'s (?:exact |full |whole |daily )?(?:school )?(?:timetable|schedule|route|bus)\b|\b(?:knows?|sent|texted|mentioned|photographed|photo of) (?:me )?(?:my|our|his|her) (?:\w+ )?(?:daughter|son|child|children|kids|wife|husband)'s (?:school|class|classroom|workplace|address)\b"),
    ("danger", ("sleep", "sleeping", "stay", "staying", "hide", "hiding", "night", "move", "moving"), r"\b(?:sleep|sleeping|stay|staying|hide|hiding) (?:\w+ )?(?:at|in) (?:a )?different (?:\w+ ){0,2}(?:place|house|flat|friend|friend's|home|city|room|address)\b|\bevery night (?:at|in) a different\b|\bmov(?:e|ing) from (?:house|place|flat) to (?:house|place|flat)\b"),
    ("stalking", ("tapped", "bugged", "intercepted", "listened", "floor", "flat", "door", "window", "house", "apartment", "room", "entrance", "mine", "ours", "his", "hers"), r"\b(?:phones?|lines?|calls|e-?mails?|messages|flat|apartment|house|office|car) (?:is|are|was|were|being|has been|have been) (?:\w+ )?(?:tapped|bugged|intercepted|listened to)\b|\bbugged\b|\bwhich (?:floor|flat|door|window|house|apartment|room|entrance) (?:i|we|he|she|they) (?:live|lives|sleep|sleeps|stay|stays)\b|\b(?:waiting|waits|wait|standing|stands|parked|sitting|sits) (?:\w+ )?(?:outside|near|in front of|at|by) (?:mine|ours|his|hers)\b"),
    ("exposed address", ("found", "discovered", "figured", "uncovered", "worked", "dug"), r"\b(?:found|discovered|figured out|uncovered|worked out|dug up) (?:out )?(?:my|his|her|our) (?:real |true |full )?(?:identity|name|address)\b"),
    ("self-harm", ("longer", "eating", "eat", "thinking", "reason", "never", "eyes"), r"\b(?:won't|will not) be (?:a |an )?(?:problem|burden|bother|trouble|around|here|in (?:the|your) way)(?: (?:for|to) (?:anybody|anyone|you|them|everyone|you all))? (?:much|any) longer\b|\bstopped eating\b|\b(?:haven't|have not|can't|cannot) (?:eaten|eat) (?:for|since|in) (?:days|a week|weeks)\b|\bthinking (?:about|of) (?:the )?(?:river|bridge|rope|pills|train|tracks|jumping|ending it|ending everything|dying|death)\b|\bno reason (?:for me )?to (?:stay|live|go on|be here|keep going|continue|wake up)\b|\b(?:sleep|fall asleep) and never\b|\bnever (?:open|opening) my eyes\b"),
    # third round
    ("detention", ("let", "allow", "walked", "took", "led", "escorted", "marched", "brought", "pulled", "drove", "driven", "bag", "hood", "sack", "inside", "held"), r"\b(?:won't|don't|doesn't|do not|does not|will not|refuse to|refused to|not) (?:let|allow) (?:anyone|anybody|us|me|the family|his family|her family|a lawyer|lawyers|his lawyer|her lawyer|my lawyer) (?:to )?(?:see|visit|talk to|speak to|meet|contact) (?:him|her|them|me)\b|\b(?:walked|took|led|escorted|marched|brought|pulled) (?:him|her|me|us|them) (?:to|into) (?:a |the )?(?:back |side |small |dark )?(?:room|office|car|van|basement|cell|truck)\b|\b(?:drove|driven|drive) (?:him|her|them|me|us) (?:away|off)\b|\b(?:bag|hood|sack) over (?:my|his|her|their|our) (?:\S+ )?(?:head|face)\b|\b(?:is|are) still (?:there|inside|in there|being held|held)\b"),
    ("seizure", ("phone", "laptop", "passport", "documents", "list", "lists", "names", "register", "database"), r"\b(?:my|his|her|our) (?:phone|laptop|passport|documents|computer) (?:is|are) (?:still )?(?:with them|with the police|in their hands)\b|\b(?:took|taken|seized|copied|demanded|wanted|confiscated) (?:the |our |a |all )?(?:list|lists|names|register|database) of (?:our |the |all )?(?:members|volunteers|editors|participants|attendees)\b"),
    ("summons", ("come", "go", "appear", "explain", "present", "explanatory", "preventive", "prophylactic", "alone"), r"\b(?:come|go|appear|report) (?:alone |in person )?(?:\w+ )?to explain\b|\bexplain (?:myself|himself|herself|my|his|her) (?:\S+ )?(?:edits|articles|activities|posts|writing|work)\b|\bcome alone\b|\bpresent (?:myself|himself|herself|ourselves)\b|\b(?:explanatory|preventive|prophylactic) (?:conversation|talk|interview|chat)\b"),
    ("travel ban", ("permitted", "allowed", "restriction", "stamped", "stuck", "leave"), r"\bnot (?:permitted|allowed) to (?:board|fly|leave|travel|exit|cross)\b|\bexit restriction\b|\bstamped (?:something )?(?:in|into) (?:my|his|her) passport\b|\bstuck in the country\b|\b(?:can't|cannot|can not) leave the country\b"),
    ("veiled threat", ("described", "knew", "knows", "told", "know", "done"), r"\b(?:described|knew|knows|told (?:me|him|her)) (?:what|where|when) (?:my|our|his|her) (?:\w+ )?(?:wife|husband|son|daughter|kids|children|mother|father|family|girlfriend|boyfriend) (?:was|were|is|are) (?:wearing|doing|going)\b|\byou know what to do\b|\bdo what (?:needs|has) to be done\b"),
    ("stalking", ("hovers", "hover", "hovering", "circles", "circling", "patrols", "patrolling", "always", "behind", "everywhere", "routes", "route"), r"\b(?:drones?|helicopters?|cars?|vans?|men|someone) (?:\w+ )?(?:hovers?|hovering|circles?|circling|patrols?|patrolling) (?:over|around|near|outside) (?:my|our|his|her)\b|\b(?:always|still|again|everywhere) (?:behind|after) (?:me|him|her|us)\b|\b(?:changed|change|changing) (?:my |our )?(?:routes?|route home|way home)\b"),
    ("exposed address", ("posted", "published", "shared", "leaked", "village", "town", "street", "mother's", "father's"), r"\b(?:my|our|his|her) (?:full name|real name|mother's name|father's name|village|town|street|house|school)\b(?:\s+\S+){0,6}? (?:were|was|are|is|have been|has been) (?:\w+ )?(?:posted|published|shared|leaked|spread)\b"),
    ("family pressure", ("told", "warned", "threatened", "visited", "lose", "lost", "losing"), r"\b(?:they|officials|police|officers|men|agents|someone|he|she) (?:\w+ )?(?:told|warned|threatened|visited) (?:my|our|his|her) (?:\w+ )?(?:parents|family|mother|father|brother|sister|wife|husband|son|daughter|relatives)\b|\b(?:parents|family|mother|father|brother|sister|wife|husband|son|daughter|relatives) (?:will|would|could|might) (?:lose|be fired|be arrested|suffer)\b"),
    ("self-harm", ("existing", "easier", "better", "goodbye", "bridge", "river", "roof", "tracks", "cliff", "last", "tired", "sick", "how"), r"\bstop(?:ped)? existing\b|\b(?:easier|better) for (?:everybody|everyone|all|them|my family|the world) if i\b|\b(?:said|saying|says|say) goodbye to\b|\bgoing to the (?:bridge|river|roof|tracks|cliff)\b|(?<!\bget )(?<!\bgot )(?<!\bsee )(?<!\bsaw )(?<!\bread )(?<!\breceived )(?<!\bto )(?<!\bin )(?<!\banswer )(?<!\bcheck )\b(?:my|his|her) last (?:edit|message|post)\b(?! (?:about|regarding|re|on the|on our|with|from|was|has|had|did|got|where|which|that i|i sent|we|you)\b)|\b(?:tired|sick) of (?:all of it|all this|all of this|everything)\b|\b(?:think|thinking|thought) (?:about|of) how (?:to|i would|i'd|i could) (?:do it|end it|go)\b"),
    # fourth round
    ("summons", ("expects", "expect", "expecting", "wants", "waiting"), r"\b(?:expects?|expecting|wants?|waiting for) (?:me|him|her|us) (?:in|at) (?:room|office|their|the|building|headquarters)\b"),
    ("disappearance", ("lost",), r"\blost (?:all )?(?:trace|track|sight) of (?:him|her|them)\b"),
    ("threat", ("fished", "pulled", "dragged", "or", "break", "cut", "smash"), r"\b(?:will|'ll|would|gonna) be (?:fished|pulled|dragged) out of (?:the|a)\b|\bor (?:you|he|she|they)(?:'ll| will) (?:be|end up) (?:\w+ )?(?:dead|killed|found|fished|buried|sorry|next|in (?:the|a) (?:river|lake|ditch|grave|hospital|prison|jail))\b|(?:\bwill|\bwould|'ll|'d|\bgonna|\bgoing to|\bthreatened to|\bpromised to) (?:break|cut|cut off|smash) (?:every |all |both )?(?:\w+ )?(?:fingers?|hands?|legs?|arms?|bones?|neck|head|teeth|face)\b"),
    ("veiled threat", ("obituary", "obituaries"), r"\bobituar(?:y|ies) (?:with|for|of|bearing) (?:my|his|her|our)\b|\bmy (?:own )?obituary\b"),
    ("stalking", ("follows", "followed", "following", "every"), r"\b(?:someone|somebody|a man|a woman|a car|men|they|he|she) (?:always )?(?:follows|followed|is following|are following)\b|\bevery time i (?:leave|go out|step out)\b"),
    ("accusation", ("stripped",), r"\bstripped of (?:his |her |my |our |their )?(?:citizenship|nationality|passport)\b"),
    ("violence", ("tried", "try", "trying", "attempted", "ran", "run"), r"\b(?:tried|try|trying|attempted) to (?:run (?:me|him|her|us) (?:over|down|off the road)|kill|stab|shoot|strangle|drown|poison|push (?:me|him|her) (?:off|under))\b|\bran (?:me|him|her|us) (?:over|down|off the road)\b"),
    ("family pressure", ("lost", "fired", "dismissed", "sacked"), r"\b(?:father|mother|dad|mom|mum|brother|sister|wife|husband|son|daughter|uncle|aunt|cousin|parents) (?:\w+ )?(?:lost|was fired from|was dismissed from|was sacked from) (?:his|her|their) (?:job|position|post|pension|licence|license|business|shop)\b"),
    ("self-harm", ("gone", "dead", "breathing", "existing", "strength", "pills", "tablets", "medication"), r"\bif i(?:'m| am) (?:gone|dead) (?:tomorrow|tonight|soon|by)\b|\bwhen i(?:'m| am) gone\b|\b(?:keep|go on|continue) (?:breathing|existing)\b|\b(?:no|don't have the|do not have the|lost the) strength to (?:live|go on|keep going|continue|keep breathing|fight)\b|\b(?:pills|tablets|medication) (?:are )?(?:counted|lined up|ready|laid out|in front of me)\b"),
    # fifth round
    ("summons", ("before",), r"\b(?:has|have|must|need|needs|ordered|told) to (?:go|appear|stand) before (?:the|a)\b"),
    ("veiled threat", ("address", "last", "nice", "shame"), r"\b(?:we've|we have|they've|they have|we|they) got (?:your|his|her) (?:home )?address\b|\benjoy (?:your|the) last\b|\byour last (?:night|day|days|week|chance)\b|\bnice (?:\w+ ){0,2}family\b|\bshame about\b"),
    ("stalking", ("doorbell", "bell", "door"), r"\b(?:ringing|rings|ring|rang) (?:my|our) (?:door ?bell|bell)\b"),
    ("self-harm", ("given", "give", "giving", "gave"), r"\b(?:giv(?:e|en|ing)|gave) (?:away )?(?:my|his|her) (?:cat|dog|pets?|things|belongings|books|plants) (?:away|to)\b"),
    # sixth round
    ("at the door", ("inside", "flat", "house", "building", "apartment", "office", "room", "yard", "hall", "stairwell", "downstairs", "upstairs", "kitchen", "bedroom", "living", "pushed", "forced", "broke", "barged", "stormed", "trying", "tried"), r"\b(?:they|he|men|police|someone|somebody|people|soldiers|officers)(?: are| is|'re|'s)(?: still)? (?:inside|in (?:the|my|our) (?:flat|house|building|apartment|office|room|yard|hall|stairwell|kitchen|bedroom|living room)|downstairs|upstairs)\b|\b(?:pushed|forced|broke|barged|stormed) (?:their way |his way )?(?:into|in)\b|\b(?:trying|tried) to (?:get into|break into|break in|get in|force (?:open )?(?:my|our|the) door)\b"),
    ("danger", ("under", "closet", "wardrobe", "bathroom", "cupboard"), r"\b(?:from |hiding )?under (?:my|the) bed\b|\bhiding in (?:the|a|my) (?:closet|wardrobe|bathroom|cupboard)\b"),
    ("mob", ("username", "user"), r"\b(?:shouting|chanting|screaming|yelling) (?:my|our|his|her) (?:user ?name|username)s?\b"),
    ("detention", ("come", "get", "pack", "will"), r"\bcome with (?:them|us|him)\b|\bpack a bag\b|\bget in(?:to)? the (?:car|van|truck|jeep)\b|\bagainst (?:my|his|her|their|our) will\b"),
    ("threat", ("answer",), r"\b(?:will|'ll|shall|must|would) answer for\b"),
    ("self-harm", ("way", "rather", "prefer", "words"), r"\bno way out\b|\b(?:rather|prefer to) (?:not be alive|be dead|die|not exist|not live)\b|\bmy last words\b"),
    ("family pressure", ("take", "takes", "release", "free"), r"\b(?:they|police|officers|soldiers|agents|men|security) (?:\w+ )?(?:take|takes) (?:away )?(?:my|our|his|her) (?:\w+ )?(?:parents|family|mother|father|mom|mum|dad|brother|sister|wife|husband|son|daughter|children|kids|relatives|cousin|uncle|aunt)\b|\b(?:release|free|let go|return) (?:him|her|them|my \w+|our \w+) (?:only )?(?:when|if|once|after|as soon as) (?:i|we) (?:stop|delete|quit|remove|give up|come|return|leave)\b"),
    ("family pressure", ("visit", "sense"), r"\b(?:mother|father|mom|mum|dad|parents|family|wife|husband|sister|brother|grandmother|grandfather) (?:\w+ ){0,2}(?:got|had|received) a visit from\b|\btalk (?:some )?sense into\b"),
    # seventh round
    ("threat", ("live",), r"\b(?:has|have|got|gave (?:him|her|me|us)) (?:\w+ ){0,2}(?:days|hours|weeks) (?:left )?to live\b"),
    ("stalking", ("time",), r"\bthe time (?:i|he|she|we) (?:left|leave|arrived|came home|got home)\b"),
    ("veiled threat", ("tell",), r"\btell your (?:father|mother|dad|mom|mum|parents|husband|wife|brother|sister) (?:to stop|to be careful|that we)\b"),
    # eighth round
    ("house search", ("emptied", "cleared", "ransacked", "trashed", "turned", "stripped"), r"\b(?:emptied|cleared out|ransacked|trashed|turned over|stripped) (?:our|my|his|her|the) (?:\w+ )?(?:office|flat|house|home|apartment|room|desk)\b"),
    ("threat", ("cut", "deal", "take", "finish", "silence", "punish", "teach", "whoever", "numbered"), r"(?:\bwill|\bwould|'ll|'d|\bgonna|\bgoing to|\bthreatened to|\bpromised to) (?:cut out|cut off|rip out|gouge out) (?:my|his|her|your|our) (?:tongue|eyes?|heart|fingers?|hands?)\b|\b(?:should|must|needs? to|ought to) (?:\w+ )?(?:deal with|take care of|finish|silence|punish|teach a lesson to) (?:me|him|her|us|them)\b|\bwhoever (?:finds|sees|meets|catches) (?:me|him|her|us)\b|\bdays are numbered\b"),
    ("veiled threat", ("doorstep", "porch", "windshield", "windscreen", "car"), r"\b(?:left|placed|put|found) (?:\S+ ){1,4}on (?:my|our) (?:doorstep|porch|windshield|windscreen)\b"),
    ("stalking", ("location", "tracking", "spy", "spyware", "stalkerware"), r"\blocation (?:is |keeps )?(?:being )?(?:shared|tracked|showing as shared)\b|\b(?:tracking|spy) (?:app|software)\b|\bspyware\b|\bstalkerware\b"),
    ("exposed address", ("pinned",), r"\b(?:address|addresses|phone number|payslip|workplace|photo|photos)\b(?:\s+\S+){0,4}? (?:was|were|is|are|has been|have been) pinned\b|\bpinned (?:my|his|her|our) (?:\w+ )?(?:address|phone number|photo|workplace)\b"),
    ("self-harm", ("note", "letter", "pain", "suffering", "hurting", "good", "tonight", "actually", "finally"), r"\b(?:written|wrote|writing|left) (?:a |my )?(?:last |final |goodbye |farewell )?(?:note|letter) (?:for|to) (?:my|our)\b|\bstop for good\b|\b(?:want|need) (?:the |this |my )?(?:pain|suffering|hurting) to (?:stop|end)\b|\btonight i (?:might|may|will|am going to|'m going to|'ll) (?:actually |finally |really )?do it\b|\b(?:actually|finally) do it\b"),
    # ninth round
    ("seizure", ("pocketed", "secret", "secrets"), r"\bpocketed (?:my|his|her|our|the) (?:\w+ )?(?:card|cards|phone|passport|drive|camera|documents|id)\b|\bstate secrets?\b"),
    ("travel ban", ("refused", "denied", "exit", "stamped"), r"\brefused (?:exit|to let (?:me|him|her|us) (?:leave|exit|board))\b|\bexit (?:refused|denied|blocked)\b|\bstamped (?:\S+ ){0,3}(?:in|into) (?:my|his|her) passport\b"),
    ("house search", ("kicked", "broke", "smashed", "forced", "battered", "turned"), r"\b(?:kicked|broke|smashed|forced|battered) (?:the|my|our|his|her) (?:front )?door (?:in|down|open)\b|\bturned the place (?:over|upside down)\b"),
    ("violence", ("knife", "knives", "gun", "guns", "pistol", "pistols", "rifle", "rifles", "machete", "machetes", "acid", "bomb", "bombs", "explosives", "grenade", "grenades", "bullet", "bullets"),
     r"\b(?:with|pulled|drew|drawn|showed|pointed|pointing|held|holding|waving|waved|brandish\w*|carrying|carried|carry|had|have|has|armed with|threw|thrown|throw|bring|bringing|brought) (?:a |an |the |his |their |some |two |three )?(?:big |long )?(?:knife|knives|guns?|pistols?|rifles?|machetes?|acid|grenades?)\b"
     r"|\b(?:knife|knives|guns?|pistols?|rifles?|machetes?) (?:to|at|against|on) (?:my|his|her|our|their|me|him|us|them)\b"
     r"|\b(?:bombs?|explosives?|grenades?|device) (?:\w+ )?(?:under|in|at|near|outside|on|through) (?:my|our|his|her|their) (?:\w+ )?(?:car|house|home|office|door|flat|apartment|building|window|mailbox|letterbox)\b"
     r"|\b(?:bullets?|acid) (?:\w+ )?(?:in|through|into|at|on) (?:my|our|his|her|their|the) (?:\w+ )?(?:mailbox|letterbox|door|window|car|envelope|face)\b|\bacid attack\b"
     r"|\b(?:put|send|sent|left|leave|got|received|a) (?:a |single |one )?bullets? (?:in|through|into|for|with|and) (?:me|him|her|us|them|your|my|his|our)\b|\bbullets? (?:\w+ ){0,3}(?:with|and|next to|beside) (?:my|his|her|our) (?:\w+ )?name\b|\bacid (?:was |were )?(?:thrown|poured|splashed)\b"),
    ("disappearance", ("untouched", "slept"), r"\b(?:room|bed|flat) (?:is |was )?untouched\b|\b(?:hasn't|has not|didn't|did not) slept (?:at )?home\b"),
    ("threat", ("make", "neutralised", "neutralized", "eliminated", "liquidated", "silenced", "dealt"), r"\bmake sure (?:i|you|he|she|they|we) (?:vanish|disappear|die|pay|regret|suffer)\b|\bto be (?:neutrali[sz]ed|eliminated|liquidated|dealt with|silenced)\b"),
    ("veiled threat", ("asked", "asking", "ask", "accidents"), r"\b(?:asked|asking|ask) (?:\w+ )?(?:whether|if|when|where) (?:my|our) (?:\w+ )?(?:wife|husband|son|daughter|kids|children|mother|father|family|parents)\b|\baccidents (?:\w+ ){0,4}(?:are|is) (?:common|frequent|easy)\b"),
    ("stalking", ("same",), r"\bsame face\b"),
    ("accusation", ("lists", "list", "listed"), r"\blist(?:s|ed)? (?:me|him|her|us) (?:among|as)\b"),
    # tenth round
    ("threat", ("hospital", "cemetery", "grave", "morgue", "coffin", "wheelchair"), r"\b(?:hospital|cemetery|grave|morgue|coffin|wheelchair) or (?:a |the )?(?:hospital|cemetery|grave|morgue|coffin|wheelchair|prison)\b"),
    ("veiled threat", ("counted", "counting", "counts", "count", "photo", "photos", "picture", "pictures", "video", "orphan", "orphans"), r"\bcount(?:ed|ing|s)? down (?:the )?days\b|\b(?:photo|picture|video)s? of (?:me|him|her|us) (?:taken )?(?:through|from|outside|at) (?:my|our|his|her|the)\b|\bgrow up (?:an? )?orphans?\b"),
    ("self-harm", ("live", "throw", "throwing", "threw"), r"\bnothing (?:left )?to live for\b|\b(?:throw|throwing|threw) (?:myself|himself|herself) (?:off|from|in front of|under)\b"),
    # eleventh round
    ("charges", ("charged", "court", "trial", "hearing", "verdict", "sentencing", "face", "faces", "facing", "max", "maximum", "up"),
     r"\bcharged (?:me|him|her|us|them)\b|(?<!committee )(?<!parliamentary )(?<!public )(?<!senate )(?<!congressional )\b(?:court|trial|hearing|verdict|sentencing) (?:is |date is )?(?:in \d+ (?:days?|weeks?)|tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
     r"|\b(?:face|faces|facing|max(?:imum)? is|up to) (?:up to )?\d+ (?:years?|yrs)\b"),
    ("stalking", ("watching", "watches", "watch", "watched", "times", "time", "followed"),
     r"\bwatch(?:es|ing|ed)? the (?:house|flat|building|door|window|windows|office|street)\b|\b(?:the )?(?:exact )?times? (?:i|he|she|we) (?:leave|come home|get home|arrive|go out)\b"
     r"|\bfollowed (?:me |him |her |us |them )?(?:home|to (?:my|our|his|her|work|school))\b"),
    ("house search", ("searched", "raided", "ransacked", "turned", "entered", "got", "went", "broke", "was", "were", "been"),
     r"\b(?:house|home|flat|apartment|office|room)s? (?:was |were |got |has been |have been )?(?:searched|raided|ransacked|turned over|turned upside down)\b"
     r"|\b(?:someone|somebody|they|men|people|strangers?) (?:\w+ )?(?:entered|got into|went into|broke into|was in|were in|had been in) (?:my|our|his|her|their) (?:home|house|flat|apartment|room|office|place)\b"),
    ("veiled threat", ("see", "go", "come", "visit", "going", "coming"),
     r"\bsee you (?:at \d|at (?:home|your)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:go|come|visit|going|coming) (?:there|over|to (?:my|our|his|her|your) \w+(?: \w+)?) (?:to talk|for a talk|for a chat|to have a word)\b"),
    ("threat", ("teach", "survive"), r"\bteach (?:\w+ ){0,3}a lesson\b|\b(?:don't|do not|won't|never|doesn't|does not|didn't|did not) survive\b"),
    ("disappearance", ("answer", "answering"), r"\b(?:does not|doesn't|did not|didn't|do not|don't) answer (?:\w+ )?(?:phone|calls?|messages?|emails?)\b"),
    ("exposed address", ("showed", "shows", "showing", "displayed", "broadcast", "streamed", "read", "everywhere", "online", "public", "out", "all"),
     r"\b(?:showed|shows|showing|displayed|broadcast|streamed|read out) (?:my|his|her|our) (?:\w+ ){0,2}(?:username|user name|face|workplace|address|real name|photo|school|office)\b"
     r"|\b(?:my|his|her|our) (?:info|information|details|address|flat number|home address|phone number) (?:is|are) (?:everywhere|all over|online|public|out)\b"),
    ("accusation", ("name", "names", "enemy", "enemies"), r"\b(?:my|our|his|her) names? (?:is|are|was|were) (?:on|in) (?:a|the|their|this) (?:\w+ ){0,2}list\b|\benem(?:y|ies) of the (?:nation|state|people|country|religion|faith)\b"),
    ("violence", ("slashed", "smashed", "torched", "burned", "vandalized", "vandalised", "sprayed"), r"\b(?:tyres|tires|car|windows?|windscreen|door) (?:\w+ )?(?:were |was |got |have been |has been )?(?:slashed|smashed|torched|burned|vandali[sz]ed|sprayed)\b"),
    ("self-harm", ("disappear", "disappearing", "vanish", "vanishing"), r"\b(?:feel like|want to|wanna|going to|thinking (?:about|of)|think about) (?:just )?(?:disappear(?:ing)?|vanish(?:ing)?)\b"),
    # twelfth round
    ("detention", ("leave", "get", "go", "cant", "can't", "cannot", "taken", "snatched", "kidnapped", "abducted", "picked"),
     r"^(?:\W*)(?:can't|cannot|can not|not allowed to) (?:leave|get out|go out|go home)\b|\b(?:brother|sister|son|daughter|father|mother|dad|mum|mom|husband|wife|friend|colleague|cousin|uncle|partner) (?:was |got |been |has been )?(?:taken|snatched|kidnapped|abducted|picked up)\b"),
    ("disappearance", ("news", "word", "sign", "contact", "unreachable"), r"\bno (?:news|word|sign|contact)(?: since| for| from| of)\b|\b(?:unreachable|incommunicado) (?:ever )?since\b"),
    ("seizure", ("they",), rf"\b{_DEVICE}\W+(?:\w+\W+){{0,3}}they (?:have|took|kept|got|grabbed) (?:it|them)\b"),
    ("summons", ("come", "report", "appear"), r"\b(?:come|report|appear) (?:to|back to|in to|at) (?:the |their )?(?:police|security(?: service)?|intelligence|prosecutor'?s?|investigat\w+|state security|kgb|fsb|sbu|ministry|secret service|counter-?terror\w*)(?: \w+)? (?:station|office|ministry|department|headquarters|building|committee|service)\b"),
    ("veiled threat", ("like", "love", "need", "value"), r"\b(?:like|likes|love|loves|need|needs|value|values) (?:his|her|your|their) (?:fingers|hands|legs|arms|eyes|face|knees|teeth|kids|children|family)(?: too)?\b"),
    ("violence", ("envelope", "letter", "package", "parcel", "box", "mailbox", "letterbox", "bullet", "bullets"), r"\b(?:envelope|letter|package|parcel|box|mailbox|letterbox) with (?:a |one |single )?bullets?\b|\bbullets? (?:in|inside) (?:an? |the |my )?(?:envelope|letter|package|parcel|box|mailbox|letterbox)\b"),
    ("exposed address", ("had", "has", "have"), r"\bha(?:d|s|ve) (?:my|his|her|their|our) (?:home )?(?:address|details|name|photos?|phone number)\b(?:\s+\S+){0,12}? (?:posted|published|leaked|shared|circulated)\b"),
    # giving one's things away, the family "lighter" without someone, farewell letters to one's people
    ("self-harm", ("gave", "give", "giving", "given", "lighter", "easier", "happier", "letters", "notes"), r"\b(?:gave|give|giving|given) away (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions|clothes|books|games)\b|\b(?:lighter|easier|happier|freer) without (?:me|him|her)\b|\b(?:written|wrote|writing|left) (?:goodbye |farewell |last )?(?:letters|notes) (?:to|for) (?:my|his|her) (?:parents|family|mother|father|mum|mom|dad|kids|children|wife|husband|friends)\b"),
    # a religious offence that carries violent punishment; a home turned over
    ("accusation", ("hurting", "hurt", "hurts", "insulting", "insulted", "insult", "offending", "offended", "outraging", "outraged"), r"\b(?:hurt(?:ing|s)?|insult(?:ing|ed|s)?|offend(?:ing|ed|s)?|outrag(?:ing|ed|e)) (?:the )?religious (?:feelings|sentiments|beliefs)\b"),
    ("house search", ("turned", "everything", "upside"), r"\beverything (?:was )?(?:turned over|turned upside down|thrown on the floor|pulled out)\b"),
    # wanting everything to stop, no reason left to stay alive, not needing things after tonight
    ("self-harm", ("alive", "stop", "end", "needing", "need"), r"\bno (?:reason|point|purpose) (?:left |anymore |any more )?(?:for me |for him |for her )?(?:to|in|for) (?:stay(?:ing)?|be(?:ing)?|keep(?:ing)? (?:myself|himself|herself)) alive\b|\b(?:want|wants|need|needs|wish) (?:it all|everything|all of it|all of this|all this|it) to (?:stop|end)\b[.,!]*\s*(?:forever|for good|for ever|permanently|now|tonight)\b|\b(?:want|wants|need|needs|wish) (?:it all|everything|all of it|all of this) to (?:stop|end)\b|\b(?:won't|wont|will not|shan't) (?:be )?need(?:ing)? (?:it|this|them|that|my \w+|any of (?:it|this)|anything) (?:after|past|beyond) (?:tonight|today|this week|tomorrow|this weekend)\b"),
    ("self-harm", ("decision", "strength"), r"\bmade (?:my|a|the) (?:final )?decision about (?:everything|it all|my life|life)\b|\bno (?:more )?strength (?:left|anymore|to go on|to continue)?\b"),
    ("detention", ("took", "helping", "inquiries"), r"\btook (?:my|his|her) (?:shoes|belt|shoelaces|laces)\b|\bhelping (?:with )?(?:their |the )?inquiries\b"),
    # charged under a law or "w" (chat for "with"); a court or verdict on a named day
    ("charges", ("charged", "court", "trial", "hearing", "verdict", "sentencing"), r"\bcharged (?:under|over|because of|w/?)(?=\s)|\b(?:court|trial|hearing|verdict|sentencing) (?:is )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    # knowing someone's daily ways; set upon; a crowd around a building, looking for someone
    ("veiled threat", ("know", "knows"), r"\b(?:we|they|i|he|she) (?:know|knows) (?:your|his|her) (?:\w+ )?(?:route|routine|routines|schedule|movements|way to work|way home|daily walk|workplace|office|street)\b|\b(?:we|they|i|he|she) (?:know|knows) (?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)) (?:in|at) (?:room|flat|apartment|block|building|house|hotel|dorm|cell) ?\w*\b"),
    ("veiled threat", ("walks", "goes", "comes", "leaves", "gets", "think"), r"\byour (?:little )?(?:daughter|son|child|kids|children|wife|husband|mother|father|girl|boy) (?:walks|goes|comes|leaves|gets|takes the bus|cycles) (?:home|to school|to work|out|back)\b(?=[^.?!]{0,30}(?:\bat \d|\bevery|\balone|\bthe same))|\bthink (?:about|of) (?:her|him|them|your (?:family|children|kids|daughter|son|wife|husband|mother|father))\s*[.!\"']"),
    ("violence", ("jumped",), r"\bjumped (?:me|him|her|us)\b"),
    ("stalking", ("showed", "turned", "appeared", "waiting"), r"\b(?:showed up|turned up|appeared|was waiting|were waiting|is waiting|are waiting) (?:again )?(?:at|outside) (?:my|our|his|her) (?:gym|work|workplace|office|home|house|flat|door|school|university|uni|job|church|mosque|cafe|café)\b"),
    ("detention", ("room", "backroom"), r"\bin (?:a |the )?back ?room (?:at|of) (?:the )?(?:border|airport|station|police|checkpoint|customs|immigration)\b"),
    ("summons", ("report",), r"\b(?:letter|paper|notice|summons|call|they|he|she|it) (?:says|said|tells me|told me|orders|ordered)(?: me)?(?: to)? report\b"),
    ("self-harm", ("sorted", "order", "settled", "arranged"), r"\b(?:good)?bye\b(?:\s+\S+){0,8}?\s+(?:accounts|affairs|things|everything|papers) (?:are |is )?(?:all )?(?:sorted|in order|settled|arranged)\b"),
    ("detention", ("taken",), r"\b(?:was|were|been|got|is|are|being) (?:\w+ )?taken (?:away|from (?:her|his|their|my|our|the) (?:home|house|flat|apartment|workplace|work|office|car|bed|school|university)|by (?:the )?(?:police|men|officers|security|soldiers|agents|militia))\b"),
    ("disappearance", ("registered", "listed", "recorded", "nothing"), r"\b(?:isn't|is not|wasn't|was not|not) (?:registered|listed|recorded|found) (?:in|at) any (?:facility|prison|jail|detention|police station|station|hospital)\b|\bsince then,? nothing\b"),
    ("mob", ("looking", "neighbourhood", "neighborhood", "village"), r"\b(?:going|went|driving|walking|moving) (?:a)?round (?:the |our |my )?(?:neighbou?rhood|village|area|town|district|streets?) looking for\b|\b(?:bunch|group|crowd|gang|lot) of (?:guys|men|people|thugs|youths)\b(?:\s+\S+){0,8}?\s+looking for (?:him|her|them|me|us|our|my)\b"),
    ("house search", ("thru", "through"), r"\b(?:going|went|gone|searching|searched|rummaging|rummaged) (?:thru|through) (?:my|our|his|her|their) (?:apartment|flat|house|home|room|rooms|things|stuff|drawers|office|papers|books)\b"),
    ("stalking", ("inside",), r"\b(?:someone|somebody|people|men|they) (?:was|were|has been|have been|had been) (?:inside|in) (?:my|our|his|her) (?:flat|house|apartment|room|home|office) (?:while|when)\b"),
    ("accusation", ("insult",), r"\binsult(?:ing)? (?:to )?(?:the |our )?(?:faith|religion|islam|prophet|god|nation|sacred|holy)\b"),
    ("veiled threat", ("survive",), r"\b(?:won't|will not|wouldn't|would not|may not|might not) survive (?:the |this |bad |such |more )?news\b"),
    ("stalking", ("camera", "cameras", "letters", "mail", "post"), r"\bcameras?\b(?:\s+\S+){0,8}?\s+(?:pointed|aimed|facing|trained) (?:at|to|towards|on) (?:my|our|his|her)\b|\b(?:my|our|his|her) (?:letters|mail|post) (?:always |now |all )?(?:arrive|arrives|arrived|come|comes|are|were) (?:already )?opened\b"),
    ("exposed address", ("addresses",), r"\bwith (?:our |their |my |his |her )?(?:home )?addresses\b"),
    ("accusation", ("enemies", "enemy"), r"\benem(?:y|ies) (?:of the (?:people|nation|state)|walking among us|among us|within)\b"),
    ("self-harm", ("looks", "look", "seems", "feels"), r"\b(?:bridge|river|water|rooftop|roof|tracks|cliff|edge|sea) (?:looks?|seems?|feels?) (?:so )?(?:peaceful|calm|inviting|quiet|tempting)\b"),
    ("travel ban", ("leave",), r"\b(?:can't|cannot|can not|not allowed to|unable to) leave (?:the )?(?:country|city|town)\b"),
    ("detention", ("taken",), r"^\W*(?:\w+\W+){0,4}?taken from (?:the |his |her |my |our |their )?(?:office|home|house|flat|work|workplace|street|car|school)\b"),
    ("exposed address", ("address", "adress"), r"\b(?:my|our|his|her) (?:home )?(?:address|adress) (?:is )?(?:on|in) (?:a|the|some|their) (?:channel|group|site|website|page|forum|chat)\b"),
    ("detention", ("customs", "immigration", "interrogation", "holding"), r"\b(?:in|inside) (?:the |a )?(?:customs|immigration|interrogation|holding) (?:room|office|cell|area)\b"),
    ("seizure", ("made", "forced"), r"\b(?:made|forced) (?:me|him|her|us|them) (?:to )?(?:open|unlock|show|log ?in(?:to)?|give) (?:up )?(?:my|his|her|our|their|the) (?:email|emails|phone|laptop|account|accounts|messages|chats|passwords?|computer)\b"),
    ("travel ban", ("let", "allowed", "permitted", "list", "blacklist", "closed"), r"\bnot (?:let|allowed|permitted) (?:on|onto|to board) (?:the |my )?(?:plane|flight)\b|\b(?:my|his|her|our) names? (?:is |are )?on (?:some|a|the|their) (?:\w+ )?(?:list|blacklist)\b|\bborder (?:is )?closed for (?:me|him|her|us)\b"),
    ("house search", ("men", "police", "officers", "strangers", "agents"), r"\b(?:men|police|officers|strangers|agents) (?:are )?(?:in|inside) (?:my|our|his|her) (?:apartment|flat|house|home|office|room)\b"),
    ("mob", ("guys", "men", "people", "thugs"), r"\b(?:lots of|many|a lot of|group of|bunch of|crowd of) (?:guys|men|people|thugs) (?:are )?(?:coming|running|going|climbing) (?:up|to|into|towards|for|after)\b"),
    ("charges", ("warrant", "minimum", "least", "colony"), r"\bwarrant\b(?:\s+\S+){0,5}?\s+(?:for|against) (?:me|him|her|us|them|my|our)\b|\b(?:minimum|at least)(?: of)? (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:years?|yrs)\b|\bpenal colony\b|\bin the colony\b|\bcourt (?:is )?for me\b"),
    ("self-harm", ("affairs", "fault"), r"\b(?:put|putting|have put|i've put|got|getting) my (?:affairs|things|papers) in order\b|\btell (?:them|the others|everyone|my \w+) it (?:wasn't|was not|isn't|is not) (?:their|your|his|her) fault\b"),
    ("summons", ("letter", "call", "summons", "paper", "notice"), r"\b(?:letter|call|summons|paper|notice) from (?:the )?(?:state security|police|prosecutor'?s?(?: office)?|security services?|intelligence|kgb|fsb|military)\b"),
    ("detention", ("stay", "stays", "remain"), r"\bor (?:i|we|he|she|you) (?:stay|stays|will stay|must stay|remain|remains) here\b"),
    ("travel ban", ("told", "leave"), r"\btold (?:me |him |her |us |them )?not to leave (?:the )?(?:city|country|town)\b"),
    ("summons", ("called",), r"\b(?:got |been |was |am |were )?called (?:in )?to (?:the )?(?:security|police|prosecutor'?s?|intelligence|military) (?:office|station|department|building|headquarters)\b"),
    ("violence", ("jumped",), r"^\W*(?:got )?jumped (?:leaving|outside|after|near|on my way|by|when|at|behind)\b"),
    ("mob", ("sticks", "knives", "clubs", "bats", "stones", "rocks", "weapons", "guns"), r"\b(?:people|ppl|men|guys|crowd|they) (?:are )?(?:at|outside) (?:the|my|our) (?:gate|door|house|building|yard) (?:with|w) (?:sticks|knives|clubs|bats|stones|rocks|weapons|guns)\b"),
    ("charges", ("charged",), r"\bcharged (?:today|yesterday|this morning|last night|this week|tonight)\b"),
    ("threat", ("praying",), r"\b(?:start|better start|should start|begin|better begin) praying\b"),
    ("summons", ("paper", "papers", "letter", "notice", "order"), r"\b(?:paper|papers|letter|notice|order) to (?:go|come|report|appear) (?:to )?(?:the )?(?:security|police|prosecutor'?s?|court|station|intelligence|military)\b"),
    ("stalking", ("window", "windows"), r"\b(?:under|outside|below|beneath) (?:my|our|his|her|their) windows?\b(?:\s+\S+){0,2}?\s+(?:again|every|each|all night|with)\b"),
    ("mob", ("find", "catch", "punish", "hunt", "coming"), r"\b(?:says|said|saying|calls? to|calling to|calling on people to|telling people to|urging people to) (?:find|catch|punish|hunt down|hunt) (?:him|her|them|me|us)\b|\bcars? (?:are |is )?coming to (?:the |our |my |his |her )?(?:village|house|street|home)\b"),
    ("exposed address", ("all",), r"\b(?:address|adress|addres|pictures|photos|details|number|names?|face|faces|workplace|work place)\b(?:\s+\S+){0,3}?\s+all over (?:telegram|facebook|twitter|x|instagram|tiktok|whatsapp|vk|social media|the internet|internet|online)\b"),
    ("disappearance", ("knows", "know"), r"\b(?:nobody|no one|no-one|noone)\s+knows? where\s*(?:$|[.,!;])"),
    ("exposed address", ("adress", "addres", "adresse"), r"\badd?ress?e? (?:is |was |got )?(?:online|posted|published|leaked|shared)\b"),
    ("stalking", ("walks", "walking", "walked", "circles", "circling", "circled", "prowling", "prowls", "lurking", "lurks", "loitering", "loiters"), r"\b(?:(?:walks|walking|walked|prowling|prowls|lurking|lurks|loitering|loiters) (?:a)?round|(?:circles|circling|circled)(?: a?round)?) (?:my|our|his|her|their) (?:house|home|flat|building|door|street)\b"),
    ("violence", ("brake", "brakes", "tampered", "sabotaged"), r"\bbrakes? (?:lines?|cables?|hoses?|pipes?)? ?(?:\w+ ){0,4}?(?:had been |have been |has been |were |was |got )(?:cut|tampered with|sabotaged)\b|\bbrakes? (?:lines?|cables?|hoses?|pipes?) (?:cut|tampered with|sabotaged)\b|\b(?:tampered|messed) with (?:my|his|her|our|their) (?:car|brakes|wheels|tyres|tires)\b|\bsabotaged (?:my|his|her|our|their) (?:car|brakes)\b"),
    ("summons", ("report", "appear"), r"\b(?:report|appear|present (?:myself|himself|herself)) (?:to|at|before) (?:the )?(?:state security|security service|security services|security office|intelligence|prosecutor|prosecutor's office|investigators?|investigative committee|police station|counter-?terrorism)\b"),
    # coercion: "unless I change the article my cousins will lose their jobs"; told to leave the country
    ("veiled threat", ("unless",), r"\bunless (?:i|we|he|she|they|you|my \w+)\b[^.?!]{0,100}?\b(?:will|'ll|would) (?:lose (?:their|his|her|my|our|your) (?:jobs?|house|home|licen[cs]e|place)|be (?:arrested|fired|hurt|taken|found|punished|sorry|next|dealt with|expelled|jailed))\b"),
    ("veiled threat", ("told", "telling", "advised", "advising", "warned", "warning", "suggested", "suggesting"), r"\b(?:told|telling|advised|advising|warned|warning|suggested|suggesting) (?:him|her|me|us|them|(?:my|our|his|her) \w+) to (?:leave|get out of) (?:the|this) country\b"),
    ("mob", ("surrounding", "surrounded"), r"\b(?:surrounding|surrounded|around) (?:the |my |our |his |her )?(?:dorm|dormitory|hostel|house|home|flat|building|office|mosque|church|school)\b(?:\s+\S+){0,3}? (?:looking|searching|asking) for (?:me|him|her|us)\b"),
    # beaten up, jumped ("got beat up leaving the meetup", "got jumped after the meetup")
    ("violence", ("beat", "beaten", "jumped"), rf"\b{_BE} (?:\w+ )?(?:beat(?:en)? up|jumped)\b|\bbeat (?:{_O}|{_P} \w+) up\b"),
    # people on their way to someone's street or house ("people coming to my street")
    ("mob", ("coming", "heading", "marching", "people", "men", "crowd", "mob", "group"), r"\b(?:people|men|a crowd|crowds|a mob|a group|a gang|they|dozens|hundreds|\d{2,}) (?:\w+ )?(?:are |is )?(?:coming|heading|marching|on (?:their|the) way) (?:to|for|towards) (?:my|our|his|her|the) (?:street|house|home|village|door|flat|building|neighbou?rhood|office|family)\b"),
    # made to open a device with a password, a code or a finger ("they want my fingerprint to open laptop")
    ("seizure", ("fingerprint", "fingerprints", "passcode", "passcodes", "pin", "unlock", "password", "passwords", "face"), rf"\b(?:demand\w*|want|wants|wanted|asking for|asked for|ask for|asks for|force\w*|made|make|making|take|took|taking) (?:{_O} )?(?:to (?:give|hand over|share) )?(?:{_P} |the )?(?:fingerprints?|passcodes?|pin(?: code)?|face id|passwords?) (?:to|so they can|for) (?:open|unlock|get into|access|search) (?:{_P} |the )?\S*\s?{_DEVICE}|\b(?:fingerprints?|passcodes?|pin(?: code)?|face id) to (?:open|unlock) (?:{_P} |the )?{_DEVICE}"),
    # a list of names with addresses, marked like a hit list ("names and addresses of ten editors", "a red cross on our photos")
    ("exposed address", ("addresses", "address", "leak", "leaks", "leaking"), r"\b(?:names|photos|pictures|faces)(?: \w+)? (?:and|&|with) (?:their |our |home )?addresses\b|\bleak(?:s|ing)? (?:my|his|her|our|their) (?:\w+ ){0,2}(?:identity|address|real name|street|home)\b"),
    ("veiled threat", ("cross", "crosses", "crossed", "circle", "circled", "target", "targets", "number"), r"\b(?:red )?(?:cross|crosses|x|circles?|targets?) (?:on|over|through|around) (?:our|their|my|his|her) (?:photos?|pictures?|faces?|names?)\b|\b(?:crossed|circled) out (?:our|their|my|his|her) (?:photos?|pictures?|faces?)\b"),
    # "a man with a family should choose his hobbies carefully"
    ("veiled threat", ("carefully", "careful"), r"\b(?:choose|pick|watch|select) (?:your|his|her|their|my|our) (?:hobbies|words|friends|topics|articles|interests|steps|edits) (?:more )?carefully\b|\b(?:a man|a woman|someone|a person) with (?:a family|children|kids) (?:should|would|must)\b"),
    # tired of everything and the decision made
    ("self-harm", ("tired", "sick"), r"\b(?:tired|sick) of (?:it all|everything|all|life|living)\b[^?]{0,60}?\bi(?: have|'ve)? (?:decide|decided|made (?:my|the|a) decision)\b"),
    # "ban from leave country, pasport cancel"
    # "our treasurer's home address is up on twitter"
    ("exposed address", ("up", "online", "everywhere", "out"), r"\b(?:address|addresses|phone number|real name|workplace|photos?)(?: \w+)? (?:is|are|was|were|has been|have been) (?:now )?(?:up|out|online|everywhere|all over) (?:on|in)\b"),
    # a crosshair or a target drawn on someone
    ("veiled threat", ("crosshair", "crosshairs", "target", "sniper", "scope"), r"\bcross ?hairs?\b|\b(?:target|sniper|scope) (?:picture|image|symbol|sign|drawn)\b"),
    # "charged today 7 yrs for what i wrote"
    ("charges", ("years", "year"), r"\b(?:sentenced|charged|got|given|gets|facing|face|faces)\b(?:\s+\S+){0,2}?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) years?\b"),
    # a car waiting outside, engine running
    ("stalking", ("parked", "engine", "lights"), r"\bparked (?:\w+ ){0,2}?(?:outside|across the street|at the corner|near (?:my|our|the) (?:house|home|flat|building|door))\b(?:\s+\S+){0,3}?\s+(?:again|engine running|with the engine running|lights off|every (?:day|night|morning|evening))\b"),
    # "stuck at border post 5 hrs"
    ("detention", ("stuck",), r"\bstuck (?:at|in) (?:the |a )?(?:border post|border crossing|checkpoint|check point|police station|police post|security office|immigration office|interrogation room)\b"),
    ("travel ban", ("ban", "pasport", "passport", "cancel", "cancelled", "canceled"), r"\bban(?:ned)? (?:from |to )?leav(?:e|ing) (?:the )?country\b|\bpass?port (?:was |is |got |been )?(?:cancel|cancell?ed|canceled|revoke|revoked|annul|annulled)\b"),
)

# Signs that a message is not about a specific person in danger now.
_DOWN_PHRASES: tuple[tuple[str, str], ...] = (
    ("hypothetical", r"\bwhat if\b|\bwhat (?:happen|happens|will happen) (?:if|when)\b|\bscenarios?\b|\bimagined\b|\b(?:nobody|no one) is (?:actually|really) in (?:this|that|such a) situation\b|\bin case\b(?:\s+\S+){0,8}?\s+next (?:year|month|summer|spring|autumn|fall|winter)\b|^\W*if\b(?:\s+\S+){1,12}?,?\s+would (?:wmf|the foundation|the wmf|you|they|it|anyone)\b|\bif (?:somebody|someone|anybody|anyone|a person) (?:would|were to|ever|should)\b|\btheoretical(?:ly)?\b|\bin theory\b|\bwhat would\b|\bwould happen\b|\bcould happen\b|\bsuppos(?:e|ing)\b|\bhypothetic\w*|\bimagine\b|\btable-?top\b|\b(?:for|in) (?:a|an|our|the|this|my) (?:\w+ )?(?:training|workshop|class|course|exercise|lesson|presentation)\b|\btraining (?:session|exercise|scenario|material|course)\b|\bsafety training\b|\bexercise\b|\bdrill\b|\bscenario\b|\bsimulation\b|\brole-?play\b|\bquiz\b|\bnovel\b|\bmovie\b|\bfilm\b|\bscript\b|\bfiction\w*|\bassignment\b|\bworst case\b|\bif one day\b|\bif (?:\w+ ){1,4}ever\b|\bever (?:to|got|were|was|happened)\b|\blet(?:'s|s| us) say\b|(?:^|(?<=[.,;:!?] )|(?<=[.,;:!?]))say,? (?:someone|a|an)\b|\bif (?:some|one) ?day\b|\bif\b[^.?!]{0,60}?\b(?:one|some) ?day\b|\bpretend\b|\bexample\b|\brisk (?:assessment|register)\b|\bcrisis (?:plan|manual|handbook|guide|protocol)\b|\bwhat should (?:a|an|the) (?:\w+ )?(?:volunteer|editor|member|organi[sz]er|person|wikimedian|chapter) do if\b|\bnothing (?:has )?happened(?: yet)?\b|\bif,? one day\b|\bjust curious\b|\b(?:just|for|in) planning\b|\bplanning purposes\b|\bprepare (?:ourselves|myself|themselves|in case|for (?:the worst|such|this kind|that kind|situations|emergencies|what|anything|it|something like))\b|\b(?:be|get|stay) prepared\b|\bwould the foundation\b|\bwould (?:you|they|we|it)\b|\bif (?:a|an|someone|one) [^.?!]{0,40}\bwere\b|\bwere ever\b|\bfake message\b|\bfictional\b|\bin (?:the )?future\b|\bif (?:somebody|someone|anyone) (?:ever |one day )?(?:threaten|attack|arrest|detain|follow|hurt|dox)\w*|\bgame\b|\bplay(?:ing)? cards?\b|\bif (?:our|the|my) (?:country|government|parliament|state)\b|\bcould (?:members|editors|we|volunteers|people|they) be\b|\bif (?:i|we) (?:wrote|write|edit|edited|publish)\b|\bscreenplay\b|\bif (?:a|an|one|any|someone|somebody) (?:\w+ ){0,2}(?:is|gets|was|were|has been) (?:\w+ )?(?:kidnapped|arrested|detained|abducted|threatened|attacked|doxx?ed|missing|killed|hurt|jailed|taken|raided)\b|\bpodcast\b|\bdrama\b|\binteractive fiction\b|\brehears\w*|\bhow would (?:a|an|the|someone|one)\b|\brealistically\b|\bthriller\b|\b(?:crime|detective|spy|mystery) (?:novel|story|series|show)\b|\bprotagonist\b|\bheroine\b|\bthe hero\b|\bshort stor(?:y|ies)\b|\bstory (?:where|in which|about)\b|\b(?:my|the|a|our|main) (?:\w+ )?characters?\b|\bvillain\w*|\bstag(?:e|ed|ing) (?:a|the) (?:scene|play)\b|\b(?:drama|acting|theatre|theater) (?:class|club|group|piece|performance)\b|\b(?:board|video|card|tabletop) games?\b|\bcomic\b|\bpoem\b|\bplays? (?:the role|a role|an officer|a police)|\bthink(?:ing)? ahead\b|\bin case (?:someone|somebody|anyone|one day)\b|\bwhat (?:should|can|could|would|do|does|must) (?:a |an |the )?(?:someone|somebody|anyone|one|people|person|volunteers?|editors?|members?|users?|admins?|chapters?) do (?:if|when)\b"),
    ("general question", r"\bin general\b|\bif (?:a|an|any|our) (?:\w+ )?(?:contributors?|editors?|volunteers?|members?|wikimedians?|users?|admins?) (?:is|are|gets?|get|were|was)\b|\bwhen (?:a|an|our|any) (?:\w+ )?(?:contributors?|editors?|volunteers?|members?|wikimedians?|users?|admins?) (?:is|are|gets?|get)\b|\b(?:is there|what's|what is) (?:a|the|any) (?:chance|risk|possibility|likelihood)\b|\bwould i be\b|\bi'd be\b|\bweighing\b|\bgenerally\b|\bas a (?:general )?rule\b|\bpolicy\b|\bpolicies\b|\bprocedures?\b|\bguidance\b|\bguidelines?\b|\bprotocol\b|\bwhat (?:does|do|would|can|should) (?:the foundation|wikimedia|the wmf|you|your team|other organi[sz]ations) do\b|\b(?:does|do|can|will|could) (?:the foundation|wikimedia|the wmf|you) (?:ever |usually |generally )?(?:help|pay|support|provide|track|campaign|respond|protect|give|intervene|offer|have)\b|\bhow (?:does|do|can|should|would) (?:the foundation|the wikimedia|wikimedia|you|your team|other organi[sz]ations|chapters|editors|volunteers)\b|\bhow (?:it|you|they|the foundation) (?:handles?|deals?|responds?|helps?|supports?|protects?)\b|\bwhich countries\b|\bstatistics\b|\bworldwide\b|\bin (?:some|many|other|certain|a few) countr(?:y|ies)\b|\bi read (?:in|on) (?:the |a )?(?:newspapers?|news|paper|press|internet)\b|\bis it (?:dangerous|true|safe|risky|legal)\b|\b(?:can|could|may|might) be (?:dangerous|risky|unsafe)\b|\b(?:can|could|may|might) (?:editors|volunteers|wikipedians|wikimedians|people|contributors|journalists|members|users) be\b|\b(?:are|do|does) (?:wikipedia |wikimedia )?(?:editors|volunteers|wikipedians|wikimedians|contributors|journalists|users) (?:ever |often |sometimes )?\w+|\bwhat (?:kind of |)(?:support|protections?|resources|steps|happens (?:when|if|to))\b|\bin which cases\b|\bparliament\b|\bdebat\w*|\bhow (?:many|often)\b|\bis there (?:a|any) (?:policy|procedure|guide|fund|process|resource|list)\b|\bwhat is the (?:process|procedure|policy)\b|\bwhat's the process\b|\b(?:just|only) asking\b|\basking (?:for|before|in advance)\b|\bbefore i (?:start|begin)\b|\b(?:sometimes|often|usually|typically|regularly) (?:end up|get|are|face|go)\b|\bapply to\b|\bcode of conduct\b"),
    ("past and safe", r"\b(?:this|that|it) was (?:in |back in )?(?:19|20)\d\d\b|\b(?:it|they|(?:my|his|her|the) (?:passport|laptop|phone|documents|computer|devices?)) (?:was|were|has been|have been|got) (?:returned|given back)\b|\bwithout (?:any )?incident\b|\b(?:i|we|he|she|they) (?:was|were|am|are|is|'m|'re) not in (?:any )?danger\b|\b(?:is|are) (?:free|out|home|released) since\b|\b(?:it|they|that|the post|the page|the video) (?:got|was|were|has been|have been) (?:deleted|removed|taken down)\b|\bback in (?:19|20)\d\d\b|\b(?:has|have) since (?:moved|left|gone)\b|\blong time ago\b|\bnow (?:happy|safe and (?:happy|well|sound))\b|\b(?:was|were|got|been|i'm|i am) (?:finally |fully )?acquitted\b|\bacquitted (?:last|in|on|at|years?|months?)\b|\btrial (?:has )?ended\b|\b(?:it|that) was (?:only|just) (?:a |her |his |the |my )?(?:broken|dead|lost|flat|stolen) (?:phone|battery|charger)\b|\bnothing came (?:from|of) it\b|\bbeen (?:home|back|free|out) since\b|\b(?:things|it|everything) (?:have|has) been (?:quiet|calm|fine|ok|okay|peaceful) since\b|\b(?:home|back) and (?:healthy|well|fine|safe)\b|\b(?:nobody|no one|noone|no-one) (?:was |is |got |were )?(?:hurt|injured|harmed)\b|\b(?:years?|decades?|long time|months) (?:ago|back)\b|\ba (?:few|couple of) (?:years|months) back\b|\b(?:long |all |since )?settled\b|\b(?:i'm|i am|we're|we are|everyone is|everyone's|all are|we were all|he's|he is|she's|she is|they're|they are) (?:fine|safe|ok|okay|unhurt|unharmed|not hurt)\b(?! for now| but| so far| at the moment| right now| for the moment)|\b(?:in|back in|during|since) (?:19|20)\d\d\b|\blong ago\b|\b(?:was|were|been|got|finally|and) (?:released|freed)\b|\breleased (?:him|her|them|me|us) (?:after|last|in)\b|\b(?:now|am|is|are) (?:safe|fine|free|doing (?:well|fine))\b(?! (?:until|till|for now|for the moment|on bail|pending|while|but))|\bnow (?:live|lives|living)\b|\bliving (?:safely|peacefully)\b|\ball safe\b|\bsafe and sound\b|\bfound safe\b|\bcame back safe\b|\b(?:it's|it is|all|is) over(?=\s*(?:[.,!?;]|$|now\b|and\b|thank|so\b|since\b))|\bresolved\b|\b(?:was|were) dropped\b|\boverturned\b|\blifted\b|\brecovered\b|\bused to (?:be|live|get|work|happen)\b|\bancient history\b|\bnothing (?:came of it|else happened|happened)\b|\b(?:they|police|officers|and|then|finally|eventually) let (?:me|him|her|us|them) go\b|\bthanks? (?:you )?(?:for (?:your|the) help|everyone)\b|\bcase was closed\b|\bgot it back\b|\bescaped\b|\bfled\b|\bwhen i was (?:younger|a child|a student|young)\b|\bin the (?:19)?[5-9]0s\b|\bapologi[sz]ed\b|\bmoved away\b|\bdealt with\b|\b(?:now |currently )?everything (?:is )?(?:ok|okay|fine|good|alright)\b|\ball (?:is )?(?:ok|okay|fine|good) now\b|\bnothing (?:is )?wrong\b|\b(?:no one|nobody) is in danger\b|\b(?:i'm|we're|he's|she's|they're|i am|we are) (?:\w+ )?(?:safe|fine|free|okay|ok) now\b|\bsafe now\b|\b(?:who|that) (?:\w+ )?(?:stalked|attacked|threatened|harassed|hurt|beat|followed|were watching|was watching|were following|was following|were threatening|was threatening) (?:me|us|him|her|them) (?:was|were|has been|got) (?:convicted|jailed|sentenced|arrested|caught|banned)\b|\bever since\b|\bthreats stopped\b|\b(?:has )?since moved\b|\bthe 80s\b|\b(?:threats?|harassment|calls|messages|emails|stalking|it) (?:\w+ ){0,4}(?:stopped|ended|ceased) (?:after|when|once|last|months|weeks|years)\b|\bcame (?:home|back) (?:fine|safe|safely|unharmed|ok|okay|well)\b|\bmisunderstanding\b|\bduring the (?:war|occupation|dictatorship|regime|revolution|civil war|genocide|siege|junta)\b|\bcase ended\b|\bended (?:in|with) (?:a )?(?:conviction|acquittal|settlement)\b|\bin my (?:teens|twenties|youth|childhood|school years|student years)\b|\bwhen i was (?:a teenager|a teen|in school|at school|at university)\b|\b(?:we|i|police|the family|his family|her family) found (?:him|her|them)(?! dead)(?! in the)(?! body)\b|\b(?:sorry for|false) (?:the )?alarm\b|\b(?:writing|write|wrote) (?:just )?to (?:say )?thank (?:you|the foundation|everyone|you all) for (?:your|the) (?:help|support)\b|\bunder the old regime\b|\bformer(?:ly)? (?:prisoner|detainee)\b|\bwithout charges? and (?:is|are|was|were) (?:\w+ )?(?:well|fine|safe|home)\b|\b(?:is|are) doing (?:well|fine|ok|okay|great)\b"),
    ("news", r"(?<!fake )(?<!bad )\bnews\b|\bheadlines?\b|\bsomewhere\b|\breport (?:mentions|describes|documents|lists|found|finds|notes)\b|\brapporteur\b|\btranslat\w* (?:the|an|this|that|our|a) (?:\w+ )?(?:article|page|entry) (?:on|about)\b|\bnewspaper\b|\breports? (?:says?|shows?)\b|\ba report\b|\bthe report\b|\breport on\b|\bdocumentary\b|\bbbc\b|\bamnesty\b|\b(?:reliable|good|academic|better|more) sources\b|\bsources (?:for|on|about)\b|\bdeath tolls?\b|\bglobal(?:ly)?\b|\bin several countries\b|\banother country\b|\bresearching\b|\blist of journalists\b|\b(?:make|write|create|start|improve) an? (?:\w+ )?(?:article|page|entry|list) (?:about|on|of)\b|\b(?:update|edit|expand|improve|add to) (?:the|this|that|our|an?) (?:\w+ )?(?:article|page|entry|list)\b|\breports? that\b|\bbiography of\b|\bcite (?:a|the|this|that|his|her|their)\b|\bfamous\b|\b(?:article|report|page|entry) (?:\S+ ){0,4}says\b|\bimprove (?:its|the|this|that) \w+|\bdid you hear\b|\bhave you heard\b|\bi (?:heard|read|saw) (?:that|about)\b|\b(?:issue|make|publish) a (?:public )?statement\b|\bstatement (?:on|about)\b|\bsay something\b|\bspeak out\b|\b(?:comment|react) publicly\b|\bhistory of\b|\breports? (?:of|about)\b|\b(?:human rights|un|ngo) reports?\b|\b(?:paper|press|media|tv|radio) reports?\b|\bis the foundation aware\b|\b(?:article|articles|piece|story|list) (?:on|about) (?:jailed|imprisoned|detained|arrested|persecuted|murdered|killed|missing)\b|\bany sources\b|\b(?:did|has|will|does) (?:the )?(?:wmf|foundation|wikimedia) (?:say|said) anything\b|\bviral video\b|\bin the paper\b|\bmention(?:ed)? in (?:the|an?|our) (?:\w+ )?article\b|\bwrite about (?:it|this|that|them)\b|\bneutral\w*|\bthere (?:are|were|have been) reports\b|\bpress freedom\b|\badd (?:it|this|that|them) to (?:the|an?|our|my) (?:\w+ )?(?:article|page|entry)\b|\b(?:did|has|will|does) (?:the foundation|the wmf|wmf|wikimedia) (?:\w+ )?(?:comment|respond|react|say|issue)\w*"),
    ("about the address", r"^\s*(?:test(?:ing)?|just (?:a )?test(?:ing)?)\b|\btest test\b|\bis this the (?:danger|emergency|panic|sos|help) (?:thing|button|feature|line|option|part)\b|\b(?:your|the) (?:program|tool|app|bot|banner|site|page) (?:\w+ )?(?:say|says|said|show|shows|showed|told|tells|tell)\b|\bemergency (?:e-?mail|address|contact|mail|mailbox|line|number|procedure|team)\b|\b(?:which|what) (?:address|team|department|contact)\b|\bwho (?:handles|deals|is responsible|reads)\b|\bto whom\b|\bwhich (?:one|team) (?:is|handles|would)\b|\bhandbook\b|\b(?:just |only )?for (?:our|the|my) (?:\w+ )?(?:poster|website|handbook|page|wiki page|flyer|guide)\b|\b(?:correct|right|best|current) (?:e-?mail )?address (?:to|for)\b|\bonboarding (?:pack|guide|page|material|document)s?\b|\bdocumentation (?:work|page)\b"),
    ("policy talk", r"\b(?:draft|proposed|new|planned) (?:\w+ )?(?:laws?|bills?)\b|\b(?:laws?|bills?) (?:that|which|would|could)\b|\b(?:against|oppose|opposing|reform|reforming|amend|amending|repeal|lobby(?:ing)? against) (?:\w+ ){0,3}(?:laws?|bills?)\b|\b(?:on|about|against|regarding|concerning|for) (?:the|a|this|that|our|their) (?:\w+ ){0,3}(?:laws?|bills?|directive|decree)\b|\bsubmissions?\b|\b(?:legislation|regulations?|amendments?|lobby(?:ing)? (?:against|for|the|mps|ministers|parliament|our|their|your|governments?)|open letters?|campaign(?:s|ing)? (?:against|for)(?! (?:me|him|her|us|them|my|our|his)\b)|reform\w*|mps|ministers|parliament\w*|coalition|consultation|advocacy|petition)\b"),
    ("on-wiki", r"\btalk page\b|\bmailing list\b|\birc\b|\bdiscord\b|\bedit summar\w*|\buser page\b|\bdeletion discussion\b|\bvillage pump\b|\bteahouse\b|\bon-wiki\b|\bis (?:that|this) harassment\b|\bpersonal attack\b|\bedit war\w*|\breverted\b|\bblock(?:ed)? me\b"),
    ("laughing", r"\blol\b|\bha\b|\bhaha\w*|\blmao\b|\brofl\b|\bjk\b|\bjust kidding\b|\bjok(?:es|ed|ing|e)\b|\bkidding\b|:\)|;\)|:d\b"),
    ("research", r"\bthesis\b|\bstudent project\b|\bcomparing\b|\bcomparison\b|\bcourse ?work\b|\bpublic documents?\b|\bstudying\b|\bstudies\b|\bph\.?d\b|\binterviewing\b|\bmaster's\b|\bcase stud(?:y|ies)\b|\bdissertation\b|\bresearch\w*|\bstudy\b|\bpaper on\b|\b(?:numbers|data|figures|statistics) (?:on|about)\b|\bpublish(?:es)? numbers\b|\bacademic\b|\bsurvey\b"),
    ("generic group", r"\b(?:editors|volunteers|wikimedians|wikipedians|contributors|journalists|activists|writers|bloggers|people|chapters|organisations|organizations|users|defenders)\b"),
    # later additions: a life that is quiet again; a question "in general terms"; a reporter's piece; a talk being prepared
    ("past and safe", r"\b(?:now |today )?everything (?:is )?(?:normal|quiet|calm)\b|\blife is (?:quiet|calm|normal|good|fine)\b|\b(?:we|i|he|she|they) moved (?:cities|house|abroad|to another (?:city|town|country))\b|\bbefore \d+ years\b|\bno (?:more )?problems? (?:now|anymore|any more|since)\b|\b(?:it|they|this|that|everything) (?:has |have )?(?:stopped|stop) (?:completely|for good)\b|\bhas been (?:quiet|calm|normal) since\b|\b(?:matter|case|incident|issue|file) (?:is |was |as |now )?closed\b|\b(?:is|are|has been|have been|was|were) (?:\w+ )?out (?:of (?:prison|jail|custody|detention) )?since\b|\bwants? to thank (?:the |all )?(?:people|everyone|those|you)\b|\bclosing report\b|\b(?:passport|phone|laptop|devices?|documents?) (?:was |were |has been |have been )?(?:returned|given back)\b|\breleased the same day\b|\b(?:nobody|no one|no-one) (?:bothers?|troubles?|disturbs?) (?:me|us|him|her|them) (?:now|anymore|any more)\b|\bnow (?:i|we|he|she) (?:have|has) (?:a )?new (?:citizenship|passport|nationality)\b|\bin my (?:old|former|previous) country\b|\bin a (?:good|better|much better|safe) place now\b|\bback in (?:uni|university|college|school|high school)\b"),
    ("general question", r"\bin general terms\b|\bgenerally speaking\b"),
    ("past and safe", r"\bnothing (?:bad )?happen(?:s|ed)?\b|\bin my (?:student|school|university) (?:time|days|years)\b|\b(?:it's|it has|it is) been (?:quiet|calm|fine|ok|okay|peaceful) since\b|\bthanks? to (?:whoever|everyone who|the people who) helped\b|\b(?:recover|recovered) (?:fully|completely)\b|\bfully recovered\b"),
    ("hypothetical", r"\bwhat (?:happen|happens|would happen|will happen) (?:with|to) (?:\w+ ){0,4}if\b"),
    ("news", r"\bhistory (?:club|class|course|society|project|teacher|students?|books?)\b"),
    ("news", r"\b(?:reporter|journalist|correspondent)s? (?:working|writing|researching|preparing)\b|\b(?:a|an|my|our) (?:long |long-form |longform |short |feature |investigative )?(?:piece|feature|story|documentary|book) (?:on|about) (?:how|the|what|why)\b"),
    ("hypothetical", r"\bprepar(?:e|es|ing) (?:a|an|my|our|the) (?:\w+ )?(?:presentation|talk|training|workshop|guide|handbook|lecture|session|slides|briefing|drill|exercise|plan)\b"),
    ("news", r"\bprepar(?:e|es|ing) (?:a |an |the |our )?(?:\w+ )?(?:issue|edition|episode|documentary|feature|broadcast)\b"),
)
# Figures of speech, threats to sue or to block, and questions about the address: blanked before
# the danger words are read.
# Fiction and games about crime or war: "he reads crime novels, the more murders the better".
_FICTION = r"\b(?:crime|murder|detective|mystery|thriller|horror|spy|war) (?:novels?|stories|books?|films?|movies?|series|shows?|podcasts?|fiction|games?)\b"

_FIGURES = (
    r"\b(?:threat\w*|warn\w*) (?:to |of )?(?:sue|suing|a lawsuit|legal action|legal trouble|report|ban|block|expose|file|evict|take (?:\w+ ){1,3}to court)\b|\bpersonal attacks?\b|\bedit war\w*|\b(?:attack|attacks|attacked) (?:on|in) (?:the |a |my |our )?(?:talk page|edit summary|discussion|thread|village pump)\b"
    r"|\b(?:immigration|customs|embassy|consulate|tax office|the bank) (?:\w+ )?(?:wants?|needs?|asks?|requires?|is holding|office)\b|\bwanted? list of\b|\bpolice (?:clearance|certificate|report for)\b|"
    r"\b(?:executed|murdered|killed|butchered|slaughtered|nuked|shredded) (?:my|our|the|this|that|his|her) (?:\w+ )?(?:article|articles|draft|drafts|edit|edits|page|stub|battery|essay|paper|thesis|proposal|code|slides)\b|"
    r"\b(?:shoes?|boots?|sandals|heels|trainers|sneakers|they|these|those|it)\s+(?:really\s+)?hurts?\s+(?:my|his|her)\s+(?:feet|foot|toes|heels?|ankles?)\b|"
    r"\b(?:professor|prof|boss|teacher|supervisor|tutor|manager|coach|lecturer) (?:will|is going to|gonna|would) (?:hang|kill|murder|strangle|skin|destroy|eat) (?:me|us)(?: alive)? if\b|"
    r"\bhostage (?:by|to) (?:this|that|my|the|a|an|our) (?:\w+ )?(?:spreadsheet|deadline|report|meetings?|printer|laptop|computer|bug|project|paperwork|form|exam|homework|emails?|inbox|code|weather|traffic|queue|call|app|software|update)\b|"
    r"\b(?:is|are|was|were|'s|'re) killing (?:me|us|it|the \w+)\b|\bkill(?:ed|ing)? it\b|\bkill (?:this|that|the) (?:\w+ )?(?:application|translation|bill|law|proposal|presentation|exam|talk)\b|"
    + _FICTION + "|"
    # billing: "cancel my trial before I'll be charged on Thursday"
    r"\b(?:free |my |your |a |the |this )?trial (?:of|period|subscription|version|account|plan|membership)\b|\bcancel (?:my |the |your |this )?(?:free )?trial\b|\b(?:be|been|get|got|was|were|being|am|is) charged (?:twice|again|monthly|annually|every (?:month|year|week)|a fee|the fee|\$|€|£|\d|on (?:my|the|your) (?:card|credit card|account)|for (?:the|a|my|this) (?:subscription|plan|month|year|service|renewal))|"
    r"\btrapped in (?:a |an |this |the |my )?(?:\w+ )?(?:nightmare|loop|meeting|meetings|spreadsheet|bureaucracy|paperwork|queue|cycle|rabbit hole|hell|call|zoom)\b|"
    # "can't go on like this, my laptop takes ten minutes to boot": a thing, not a life, is what cannot go on
    r"\bcan(?:'t|not|t) (?:go on|keep going|take (?:it|this)(?: anymore| any more)?) like this[,;:.!]? (?:my|the|our|this|these|that|another|one more|\d+\w*) (?:\w+ ){0,2}?(?:laptops?|computers?|pcs?|phones?|printers?|internet|wifi|wi-fi|connection|apps?|website|site|software|oven|bread|loaf|loaves|cakes?|dough|starter|car|bike|bus|buses|trains?|commute|boss|landlord|neighbou?rs?|deadlines?|exams?|thesis|code|builds?|servers?|tests?|job|inbox|paperwork|backlog|flat|kitchen|garden|dog|cat|noise|traffic|queue|waiting list)\b"
    r"|\bdying to\b|\bto die for\b|\bdead tired\b|\bdead ?line\w*|\b(?:laptop|phone|computer|battery|printer|heart|inbox|server|numbers?) (?:\w+ )?died\b"
    r"|\b(?:traffic|it|that|this)(?: \w+)? (?:was|is) (?:murder|torture|a nightmare|a bloodbath|a war zone|hell|a massacre)\b|\bin danger of (?!being )\w+ing\b|\btraitor to (?:the|our) (?:project|community|cause|wiki|team)\b|\b(?:take|taking|takes|took) (?:me|us|him|her|them) to court\b|\bcease and desist\b|\b(?:take|taking|took|takes) (?:me|us|him|her|them) to (?:\w+ ){0,2}court\b|\bsue\b|\bsuing\b|\bsued\b|\bdefamation\b|\blawsuits?\b|\btake (?:\w+ ){1,3}to court\b|\b(?:murdered|killed|slaughtered|destroyed|butchered|tortured|attacked|beat|beaten|crushed) (?:my|our|the|his|her|their) (?:draft|article|edit|edits|proposal|essay|paper|arguments?|submission|translation|code|slides|talk|presentation|ideas?|budget|score|team)\b|\b(?:killed|killing|murdered|dying) (?:by|with|from) (?:the|my|this|these|all|our) (?:\w+ )?(?:backlog|work|workload|deadlines?|paperwork|e-?mails|questions|traffic|heat|reviews?|reviewers|meetings?|bureaucracy)\b|\bmurder (?:this|that|the) \w+|\bi'd kill for\b|\bwould kill for\b"
    r"|\bshot to (?:pieces|bits|hell)\b|\bbloodbath\b|\bwar zone\b|\bslaughtered in\b|\bshot down\b|\bbombed\b|\bdeath sentence for\b|\btime bomb\b|\bdrowning in\b|\bstrangl\w* (?:the|our)\b|\bcould strangle\b"
    r"|\bunder attack (?:by|from)\b|\battacks? on (?:the|our|a|my) (?:wikipedia )?(?:article|page|campaign|project|wiki)\b|\bhold(?:ing|s)?(?: \w+){0,3} hostage\b|\bhostages? to\b|\bdriving me crazy\b|\bgoing crazy\b"
    r"|\bslap in the face\b|\blosing battle\b|\barrested development\b|\b(?:boss|mom|mum|dad|wife|husband|teacher|manager|supervisor) will kill me\b|\bkilling the (?:article|mood|quality)\b|\bexploding\b"
    r"|\bemergency!|\b(?:urgent|emergency) question\b|\bred alert\b|\bstuck\b(?! (?:in|inside) (?:a|the|their|this) (?:\w+ )?(?:room|cell|building|basement|car|van|office|station|ministry|flat|house|hall|hotel|hostel|airport|border))(?! (?:at|in) (?:the |a )?(?:border|checkpoint|check point|police|security|immigration|interrogation))|\bhelp!+"
    # Machines, apps, coaches and bills "kill", "track", "attack" and "charge" too; games "kill" and "raid".
    r"|\btook (?:my|our|his|her|the) (?:\w+ )?\w+ (?:in )?for (?:a )?(?:repair|repairs|service|servicing|fixing|cleaning|inspection|check-?up)\b"
    r"|\bsuicide[- ](?:related|prevention|hotline|helpline|rates?|statistics|articles?|pages?|awareness)\b|\b(?:military|war|naval) history\b"
    r"|\blike (?:it's|it is|they're|they are|someone's|someone is) being (?:murdered|killed|tortured|strangled|attacked|slaughtered)\b"
    r"|\b(?:be|get|got|being|was|were|am|is) charged (?:for|twice|again|extra|\d)\b|\btak(?:e|es|ing|en) (?:us|me|him|her|them) to (?:court|small[- ]claims|the (?:labou?r |employment )?tribunal|arbitration)\b"
    r"|\b(?:trapped|stuck|locked) in (?:the |a )?(?:car ?park|parking|lift|elevator|traffic|loop|queue|line)\b|\b(?:got|get|gets|getting) killed by (?:a |the )?(?:hacker|cheater|boss|player|sniper|camper|bot|npc|mob|zombie|enemy)\b|\braid (?:boss|group|party|night|team)\b"
    r"|\b(?:coach|trainer|teacher|boss|workout|training|class|exam|test|homework|traffic|commute|heat|session) (?:\w+ )?(?:killed|is killing|killing|murdered|destroyed) (?:me|us)\b"
    r"|\b(?:sounds?|sounding|looks?|feels?) like (?:\w+ ){0,2}(?:being )?(?:murdered|killed|tortured|strangled|attacked)\b"
    r"|\b(?:kicked|kicks|kicking) (?:me|us|him|her) out (?:of |from )?(?:the )?(?:app|game|server|session|call|exam|meeting|chat|portal|lobby|match|queue|mid)\b|\bgot kicked (?:by|from|off)\b|\battacked by (?:bots?|spam\w*|hackers?|ddos|malware|viruses?|scripts?|crawlers?)\b"
    r"|\b(?:fork|zip|photo|bath) ?bomb\w*|\bbomb(?:ed)? (?:the|my|an?) (?:exam|test|interview)\b"
    r"|\bpolice (?:report|reports|report number|certificate|clearance|reference|case number|crime number)\b|\b(?:for|to|give (?:it|that|this) to) the police\b|\broutine (?:check|stop|control)\b|\btold me off\b|\bthe police can (?:find|track|trace|recover)\b"
    r"|\bcharged (?:me|us|him|her) (?:twice|again|double|extra|for|\d|a fee|too much)\b|\bcharges? (?:for|on) (?:things|items|my|the|a|an)\b|\bfree trial\b|\btrial (?:period|version|account|subscription|membership|class|lesson|session)\b"
    r"|\b(?:apps?|car|gps|website|site|phone|browser|game|anti-?cheat|cookies?|google|facebook|it|they) (?:\w+ )?(?:is |are )?(?:tracking|tracked|track) (?:me|my (?:location|data|activity|browsing|usage|clicks))\b"
    r"|\btrack(?:ing)? my (?:order|parcel|package|delivery|steps|workouts?|runs?)\b|\bbeing tracked by (?:the )?(?:app|anti-?cheat|cookies?|website|game|software)\b"
    r"|\bfollow(?:ing|s|ed)? (?:me|us) (?:with|on) (?:emails?|ads|adverts|messages|notifications|instagram|twitter|social)\b"
    # Things, not people, gone missing or bleeding: "my membership card has gone missing", "the brakes need bleeding".
    r"|\b(?:cards?|keys?|bikes?|bicycles?|wallets?|parcels?|packages?|orders?|items?|files?|pages?|articles?|edits?|data|money|payments?|receipts?|books?|luggage|bags?|gloves?|helmets?|locks?|parts?|tools?|sources?|references?|citations?|images?|photos?|pictures?|text|sections?|letters?|fields?|buttons?|links?|icons?|emails?|badges?|pieces?|screws?|bolts?|pages?|lines?|columns?|entries|entry|records?|fonts?|menus?|tabs?|chapters?|volumes?|issues?|episodes?|scripts?|plugins?|packages?|dependenc(?:y|ies)|modules?|features?) (?:\w+ ){0,2}(?:is |are |was |were |has |have |had |been |gone |went |go |still |now )*missing\b"
    r"|\b(?:brakes?|brake lines?|hoses?|radiators?|systems?) (?:\w+ ){0,2}(?:bleeding|bleed|bled)\b|\bbleed(?:ing)? (?:the |my |your )?(?:brakes?|lines?|hoses?|radiators?|system)\b"
    r"|\b(?:was|is|were|are|been|be|a|like) (?:a |an )?(?:total |absolute |complete |real )?(?:massacre|bloodbath|war zone|crime scene|battlefield|minefield|circus|nightmare)\b|\bprisoners? (?:of|to) (?:my|his|her|our|their|the) (?:own )?\w+|\bon life support\b|\bis (?:that|this|it) a threat\b|\bdeserves? to be (?:banned|blocked|desysopped|removed)\b|\b(?:poster|banner|package|parcel|files?|page|article|image|photo|luggage|suitcase|bag|badge|keys?|shipment|order|data|edits?|template|category|payment|invoice|form|document|slides|microphone|projector) (?:\w+ )?(?:is|are|was|were|went|has been|have been|goes) missing\b|\bemergency:|\bterrorism against (?:the|my|our) (?:article|page|wiki|project)\b|\b(?:is|was|like) a hostage situation\b|\b(?:review|reviews|reviewers?|exams?|meetings?|workout|week|day|commute|class|lecture|homework|paperwork|process|bureaucracy|interface|feedback|comments?|questions?|heat|spreadsheet|template) (?:\w+ )?(?:killed|killing|kills|murdered|destroyed) (?:me|us)\b|\b(?:trapped|stuck|drowning|buried|lost) in (?:\w+ ){0,2}(?:meetings?|paperwork|e-?mails?|work|bureaucracy|tasks|reviews?|backlog|requests|discussions?|debates?|calls|loops?)\b|\b(?:interface|software|tool|process|form|ui|website|editor|meeting|meetings|class|commute|wait|queue|heat|layout|update|design|bureaucracy|paperwork) (?:is|was|are|were) (?:pure |absolute |real |such )?(?:torture|murder|hell|a nightmare|a killer)\b|\bpoison\w* (?:the|our|this) (?:discussion|debate|atmosphere|well|community|climate|mood|article)\b|\bthreaten\w* (?:me|us|him|her|them) with (?:a |an )?(?:\w+ )?(?:complaint|claim|lawsuit|legal action|suit|letter|report|ban|block|takedown)\b|\b(?:project|article|proposal|page|idea|initiative|programme|program|draft|grant|budget|event|plan|feature|wiki|motion|campaign|bill) (?:got |was |were |has been |have been )?(?:killed|murdered|shot down|butchered|strangled|executed)\b|\bthe death of (?:me|us|him|her)\b|\b(?:boss|manager|supervisor|mom|mum|dad|mother|father|wife|husband|teacher|professor|coach|chair|editor) (?:will|'ll|would|is going to|gonna) (?:kill|murder|strangle|shoot) (?:me|us)\b|\b(?:tore|torn|tear|tearing) (?:my|our|the|his|her) (?:\w+ )?(?:article|draft|proposal|essay|paper|edit|edits|argument|slides) (?:apart|to pieces|to shreds)\b"
    r"|\b(?:my|the|our) heart\b|\bdie a little\b|\b(?:a |an |the )?(?:threats?|dangers?|risks?|attacks?) (?:to|for|on|against|of) (?:free|open|the|our|wikipedia|wikimedia|privacy|knowledge|editorial|neutral|democracy|freedom|access|the internet|internet|encyclopedia|neutrality|quality|reliability|trust|science)\w*(?: \w+)?\b|\b(?:is|are|be) dangerous for (?:wikipedia|wikimedia|the|free|democracy|society|our country|knowledge|everyone|editors|volunteers)\b|\bdangerous (?:\w+ )?(?:weapon|tool|conspirac\w*|theories|misinformation|disinformation|content|ideas?|information|precedent|trend|laws?|bills?|rules?|policy|policies|narratives?|propaganda|articles?|edits?|places|countries|topics?|subjects?|game|combination)\b|\b(?:that|this|the) address (?:is )?only for\b[^.?!\n]*"
    r"|\b(?:foreign agents?|undesirable organi[sz]ations?|extremism|blasphemy|treason|anti-terror(?:ism)?) (?:bill|bills|law|laws|legislation|act|statute)\b|\b(?:is|was|as|works as|worked as|became|becoming) (?:a|an) (?:police ?(?:officer|man|woman)|policeman|policewoman|officer|soldier|cop|judge|prosecutor|prison guard|guard)\b|\bpolice (?:academy|cadets|museum|band|history|officers' union)\b|\b(?:photos?|pictures?|images?|videos?|footage) of (?:the )?(?:police|soldiers|officers|army|military|troops)(?: officers| men| forces| units)?\b|\bthreaten\w* to (?:quit|leave|resign|stop|walk out|fork|boycott|unsubscribe)\b"
    r"|\b(?:wiki|grammar|fashion|language|spelling|citation|style|fun) police\b|\b(?:it|to|they|who|we|you|does|do|can|should|foundation|admins|editors) police (?:the|its|their|our|content|articles|edits|itself|themselves|what)\b|\bpolice clearance\b|\btax police\b|\bcustoms office is holding\b"
    r"|\bnot (?:threatening|dangerous|violent|in (?:any )?danger|urgent|an emergency)\b|\bthreaten\w* to (?:have|get) (?:me|us|him|her|them) (?:banned|blocked|fired|reported|removed)\b"
)

# --- other languages --------------------------------------------------------------------------------
# Danger words by language and kind: "authority" (police), "detention" (arrest, detained, prison),
# "threat" (threat, kill, death), "harm" (beaten, tortured, kidnapped, missing), "plea" (help,
# danger, fear). Latin-script entries match the start of a word; other scripts match inside a word
# (Arabic and Persian attach articles and prepositions; Chinese has no spaces).
_FOREIGN: dict[str, dict[str, str]] = {
    "es": {
        "authority": "policía policia policías guardia militares armados armado sicarios",
        "detention": "arrest detenid detuv detener detención detencion cárcel carcel prisión prision preso presa encarcel secuestr",
        "threat": "amenaz",
        "kill": "matar mataron matarán matarnos muerte asesin",
        "harm": "golpe golpear pegaron tortur desapareci desaparecid siguen siguiendo persigu vigilan secuestr",
        "plea": "ayuda ayúdenme ayudenme auxilio socorro peligro miedo",
    },
    "fr": {
        "authority": "police policier policiers gendarm",
        "detention": "arrêté arrêtée arrêtés arrete arrêter arrestation détenu detenu détention detention prison emprisonn enlevé enlevée emmené emmenée emmenés embarqué",
        "threat": "menac",
        "kill": "tuer tué tuée mort",
        "harm": "battu battue frappé frappée tortur disparu disparue suivi suivie",
        "plea": "aide aidez secours danger peur",
    },
    "pt": {
        "authority": "polícia policia policiais",
        "detention": "prend prendeu prenderam preso presa detido detida prisão prisao cadeia sequestr",
        "threat": "ameaç ameac",
        "kill": "matar morte mataram",
        "harm": "espancad agredid tortur desaparecid seguind",
        "plea": "ajuda socorro perigo medo",
    },
    "ru": {
        "authority": "полици милици фсб силовик",
        "detention": "арест задерж тюрьм тюрем посадил похитил забрал",
        "threat": "угрож угроз",
        "kill": "убий убить убьют смерт",
        "harm": "избил избит пыт пропал обыск допрос",
        "plea": "помогите помощь спасите опасн боюсь страх",
    },
    "uk": {
        "authority": "поліці сбу",
        "detention": "арешт заарешт затрим в'язниц вязниц тюрм викрал",
        "threat": "погрож загроз",
        "kill": "вбив вбити вбʼють смерт",
        "harm": "побил побит катув зник обшук допит",
        "plea": "допоможіть допомог рятуйте небезпе боюся страх",
    },
    "ar": {
        "authority": "شرطة الشرطة الأمن مخابرات المخابرات",
        "detention": "اعتقل اعتقال معتقل سجن احتجاز محتجز اختطف خطف",
        "threat": "تهديد تهدد هدد يهدد",
        "kill": "قتل يقتل بالقتل الموت",
        "harm": "ضرب تعذيب اختفى مفقود",
        "plea": "ساعد مساعدة النجدة خطر أخاف خائف",
    },
    "fa": {
        "authority": "پلیس اطلاعات سپاه",
        "detention": "بازداشت دستگیر زندان ربوده",
        "threat": "تهدید",
        "kill": "کشتن قتل مرگ",
        "harm": "کتک شکنجه ناپدید",
        "plea": "کمک خطر می‌ترسم میترسم",
    },
    "tr": {
        "authority": "polis jandarma",
        "detention": "tutukla tutuklan gözaltı gozalti hapis cezaevi kaçırıl kaciril basıyor basiyor baskın baskin bastı",
        "threat": "tehdit",
        "kill": "öldür oldur ölüm olum",
        "harm": "dövdü dovdu dayak işkence iskence kayboldu",
        "plea": "yardım yardim imdat tehlike korkuyorum",
    },
    "id": {
        "authority": "polisi aparat tentara",
        "detention": "ditangkap menangkap tangkap ditahan penjara dipenjara diculik",
        "threat": "ancam diancam ancaman",
        "kill": "bunuh dibunuh membunuh",
        "harm": "dipukul dipukuli disiksa hilang",
        "plea": "tolong bantuan bahaya takut",
    },
    "ur": {
        "authority": "پولیس",
        "detention": "گرفتار جیل قید اغوا",
        "threat": "دھمکی دھمکیاں",
        "kill": "قتل",
        "harm": "تشدد لاپتہ مارا",
        "plea": "مدد خطرہ بچاؤ",
    },
    "hi": {
        "authority": "पुलिस",
        "detention": "गिरफ्तार गिरफ़्तार हिरासत जेल कैद अपहरण",
        "threat": "धमकी",
        "kill": "हत्या मारने मार",
        "harm": "पीटा पिटाई लापता यातना",
        "plea": "मदद बचाओ खतरा ख़तरा",
    },
    "zh": {
        "authority": "警察 公安 国安 警方",
        "detention": "逮捕 拘留 被抓 抓走 监狱 坐牢 关押 绑架",
        "threat": "威胁",
        "kill": "杀 死",
        "harm": "殴打 打了 失踪 酷刑",
        "plea": "救命 帮助 帮帮 危险 害怕",
    },
    "pl": {
        "authority": "policj policja policji",
        "detention": "areszt aresztowan zatrzyman więzieni wiezieni porwan zabrała zabrali zabrał zabral",
        "threat": "grożą groza grozi",
        "kill": "zabić zabic śmierć smierc",
        "harm": "pobili pobity zaginął zaginal zaginęła",
        "plea": "pomocy pomoc pomóż pomoz ratunku niebezpiecz",
    },
    "sw": {
        "authority": "polisi askari",
        "detention": "kamata kamatwa gereza jela mahabusu teka vamia",
        "threat": "tishio vitisho tishiwa tishia",
        "kill": "kuua kuuawa atauawa muua",
        "harm": "wanampiga walimpiga kupigwa amepigwa mateso ametoweka nitafuta mtafuta potea silaha",
        "plea": "msaada saidie hatari",
    },
}
# Phrases of other languages, found as they are written (several words, or words too common alone):
# wishing to die said plainly ("selfharm", an emergency by itself: it speaks for the writer), charges
# and trials, nobody knowing where someone is, a crowd looking for someone, an address published.
_FOREIGN_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "selfharm": ("no aguanto más", "no aguanto mas", "quiero morir", "me quiero morir", "quitarme la vida", "acabar con todo", "acabar con mi vida", "ya no quiero vivir", "no quiero vivir", "matarme", "suicidarme"),
        "detention": ("fiscal pidió", "fiscal pidio", "años de cárcel", "años de prisión", "anos de carcel", "condenado a", "condenada a", "imputado", "imputada", "acusado de", "acusada de"),
        "harm": ("no sabemos dónde", "no sabemos donde", "nadie sabe dónde", "nadie sabe donde", "multitud", "turba", "linchar", "van a buscar", "publicaron mi dirección", "publicaron su dirección"),
    },
    "fr": {
        "selfharm": ("ne plus me réveiller", "ne plus me reveiller", "en finir", "me tuer", "mettre fin à mes jours", "mettre fin a mes jours", "plus envie de vivre", "je veux mourir", "me suicider"),
        "detention": ("condamné à", "condamnée à", "inculpé", "inculpée", "mis en examen", "ans de prison"),
        "harm": ("on ne sait pas où", "personne ne sait où", "personne ne sait ou", "la foule", "lyncher", "adresse a été publiée", "publié mon adresse", "publié notre adresse"),
    },
    "pt": {
        "selfharm": ("quero morrer", "me matar", "acabar com tudo", "tirar minha vida", "não aguento mais", "nao aguento mais", "me suicidar"),
        "detention": ("anos de prisão", "anos de prisao", "condenado a", "condenada a", "indiciado", "indiciada"),
        "harm": ("ninguém sabe onde", "ninguem sabe onde", "não sabemos onde", "nao sabemos onde", "multidão", "linchar", "publicaram meu endereço"),
    },
    "id": {"selfharm": ("ingin mati", "mau mati", "bunuh diri", "mengakhiri hidup"), "detention": ("divonis", "didakwa", "dituntut")},
    "tr": {"selfharm": ("ölmek istiyorum", "olmek istiyorum", "intihar", "yaşamak istemiyorum", "yasamak istemiyorum"), "detention": ("dava açıldı", "dava acildi", "yargılan", "hapis cezası", "iddianame")},
    "sw": {"selfharm": ("nataka kufa", "kujiua", "sitaki kuishi"), "detention": ("kushtakiwa",)},
    "hi": {"selfharm": ("khatam karna", "marna chahta", "marna chahti", "jeena nahi", "jina nahi", "khudkushi", "aatmahatya", "आत्महत्या", "मरना चाहता", "मरना चाहती", "जीना नहीं")},
    "ru": {"selfharm": ("покончить с собой", "не хочу жить", "хочу умереть", "суицид")},
    "uk": {"selfharm": ("не хочу жити", "покінчити з собою", "хочу померти")},
    "ar": {"selfharm": ("انتحار", "أريد أن أموت", "لا أريد العيش")},
    "fa": {"selfharm": ("خودکشی", "می‌خواهم بمیرم", "میخواهم بمیرم")},
    "ur": {"selfharm": ("خودکشی", "مرنا چاہتا", "مرنا چاہتی")},
    "zh": {"selfharm": ("自杀", "不想活", "想死")},
}

_FOREIGN_PERSON = """me nos moi nous mim nós mnie moja mój mojego moją mojej brat brata siostra siostrę hermano hermana hijo hija padre madre esposo esposa amigo amiga colega mi frère soeur sœur fils fille
    père mère mari femme ami amie collègue mon ma irmão irmã filho filha pai mãe marido amigo meu minha брат сестр сын
    дочь отец мать муж мужа жена жену друга брата сына друг коллег мен меня мого моего моя мій мене моєї أخي أختي ابني زوجي صديقي زميلي برادرم خواهرم
    پسرم همکارم دوستم kardeşim abim ablam oğlum kızım arkadaşım beni teman saya adik kakak anak بھائی دوست میرے मेरे
    भाई दोस्त मुझे 我 朋友 同事 哥哥 弟弟 kaka dada rafiki mwenzangu yangu""".split()

# Words for "me", "my" in scripts whose words the tokenizer may split (vowel signs are not letters).
_FOREIGN_PERSON_OTHER = ("मुझे", "मेरा", "मेरी", "मेरे", "मैं", "مجھے", "مجھ", "میرا", "میری", "میرے", "من ", "مرا", "برادرم", "我")

# Function words of languages written in Latin script; a message made mostly of them is not English.
_FUNCTION_WORDS = {
    "en": "the a an and or of to in on at for with is are was were be been i you he she we they it my your our his her their this that not do does did have has what how who which can will would from by about me us them please".split(),
    "es": "el la los las un una y o de del que en por para con es son está están estoy fue mi mis tu su sus nos se no lo le al como qué cómo pero muy este esta me te desde ayer tengo mucho hay ya".split(),
    "fr": "le la les un une des et ou de du que qui en dans pour avec est sont était mon ma mes ton ta son sa ses nous vous ils elles je ne pas au aux ce cette comment moi à ça suis depuis on".split(),
    "pt": "o a os as um uma e ou de do da dos das que em no na por para com é são foi meu minha seu sua nós não se ao como mas muito está estou desde ontem tenho".split(),
    "tr": "ve bir bu da de için ile ne mi mı mu mü ben sen o biz siz onlar değil var yok çok ama gibi nasıl neden ki beni bana edin lütfen".split(),
    "id": "dan yang di ke dari ini itu saya kami kita anda dia mereka tidak ada untuk dengan karena akan sudah bisa apa bagaimana sejak setelah oleh kemarin sekarang".split(),
    "sw": "na ya wa kwa ni za la katika hii huo mimi sisi wewe yeye wao si hapana ndiyo kama lakini sana yangu wangu wangu niko yuko tuko sababu tafadhali".split(),
    "de": "der die das und oder ist sind war ich du er sie wir ihr nicht ein eine mit für auf zu von den dem mein meine".split(),
    "pl": "i w na z do że się nie jest przez moja mój moj mnie mam jak ale".split(),
    "it": "il lo la gli le un una e o di del che in per con è sono era mio mia non si come ma".split(),
}
_ENGLISH_ONLY = frozenset(_FUNCTION_WORDS["en"]) - frozenset(w for lang, words in _FUNCTION_WORDS.items() if lang != "en" for w in words)

# --- the model --------------------------------------------------------------------------------------
# Weights of the linear model over the concept features, written by tools/train_danger.py from
# tests/cases/danger-tune.jsonl.
# BEGIN WEIGHTS
_BIAS = 0.170
_WEIGHTS: dict[str, float] = {
    'frames': -3.554,
    'past and safe': -2.763,
    'hypothetical': -2.095,
    'short*alarm': 1.948,
    'question': -1.181,
    'relative': 1.066,
    'third person': 0.926,
    'strong*person': 0.893,
    'figure': -0.768,
    'news': -0.718,
    'disappearance': -0.704,
    'long': -0.692,
    'veiled threat': 0.657,
    'detention': -0.625,
    'generic*nofirst': -0.619,
    'situations': 0.600,
    'question*nofirst': -0.597,
    'now': 0.571,
    'self-harm': 0.550,
    'sit*person': 0.498,
    'self': 0.495,
    'colleague': 0.493,
    'stalking': 0.484,
    'accusation': 0.448,
    'travel ban': 0.384,
    'selfharm*self': 0.357,
    'general question': -0.357,
    'plea': 0.340,
    'at the door': 0.339,
    'authority': 0.309,
    'exposed address': 0.280,
    'sit*now': 0.255,
    'auth*person': 0.248,
    'violence': -0.230,
    'seizure': 0.187,
    'family pressure': 0.183,
    'fear': 0.161,
    'danger': -0.153,
    'mob': 0.145,
    'threat': -0.126,
    'sit*person*now': 0.091,
    'house search': -0.030,
    'charges': 0.023,
    'about the address': -0.021,
    'summons': -0.010,
    'fear*person': -0.007,
}
# END WEIGHTS

_SITUATIONS = tuple(_SITUATION_WORDS) + ("veiled threat", "at the door", "family pressure", "danger")
# Frames that take an alarm back; weaker context words (paperwork, lawsuits, rudeness) only blank
# the alarm words they explain, see _FIGURES.
# Frames with few examples share a weight with their nearest kin.
_FRAME_FEATURE = {"policy talk": "general question", "research": "general question", "laughing": "figure", "on-wiki": "figure"}
_NEGATIVES = ("hypothetical", "general question", "past and safe", "news", "about the address", "policy talk", "laughing", "research", "on-wiki")


class _Compiled(NamedTuple):
    exact: dict[str, str]
    prefixes: dict[str, str]
    prefix_lengths: tuple[int, ...]
    phrases: tuple[tuple[str, frozenset[str], LazyPattern], ...]
    phrases_with: dict[str, tuple[int, ...]]  # anchor word -> the numbers of the phrases it anchors
    down: tuple[tuple[str, LazyPattern], ...]
    figures: LazyPattern
    token: re.Pattern[str]
    chat: re.Pattern[str]
    foreign_latin: dict[str, tuple[str, str]]
    foreign_other: tuple[tuple[str, str, str], ...]
    foreign_phrases: tuple[tuple[str, str, str], ...]  # Latin-script phrases of _FOREIGN_PHRASES, found as written
    foreign_wishes: tuple[str, ...]  # the wishes to die among them, in any script (read in English messages too)
    foreign_person: frozenset[str]
    function_words: dict[str, frozenset[str]]
    people: frozenset[str]  # nouns naming a person ("brother", "treasurer")


_compiled: _Compiled | None = None


def _phrases_by_anchor() -> dict[str, tuple[int, ...]]:
    numbers: dict[str, list[int]] = {}
    for number, (_, anchors, _) in enumerate(_PHRASES):
        for anchor in anchors:
            numbers.setdefault(anchor, []).append(number)
    return {anchor: tuple(found) for anchor, found in numbers.items()}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split on "|" outside groups and classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _regex(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` with the word boundary that starts its alternatives taken out in front:
    ``\\b(?:a|b)`` runs several times faster than ``\\ba|\\bb`` and matches the same."""
    bounded: list[str] = []
    other: list[str] = []
    for part in _alternatives(pattern):
        (bounded if part.startswith("\\b") else other).append(part)
    if len(bounded) > 1:
        pattern = "|".join([r"\b(?:" + "|".join(part[2:] for part in bounded) + ")", *other])
    return re.compile(pattern)


def _compile() -> _Compiled:
    """Build the lexicons and patterns on first use, so importing the module costs nothing."""
    global _compiled
    if _compiled is not None:
        return _compiled
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for table in (_SITUATION_WORDS, _SUPPORT_WORDS, _PERSON_WORDS):
        for concept, words in table.items():
            for word in words.split():
                if word.endswith("*"):
                    prefixes.setdefault(word[:-1], concept)
                else:
                    exact.setdefault(word, concept)
    for word in _TIME_WORDS:
        exact.setdefault(word, "now")
    foreign_latin: dict[str, tuple[str, str]] = {}
    foreign_other: list[tuple[str, str, str]] = []
    for lang, kinds in _FOREIGN.items():
        for kind, words in kinds.items():
            for word in words.split():
                if lang != "sw" and (word.isascii() or all(ord(ch) < 0x250 for ch in word)):
                    foreign_latin.setdefault(word.casefold(), (lang, kind))
                else:
                    foreign_other.append((word.casefold(), lang, kind))
    foreign_phrases: list[tuple[str, str, str]] = []
    for lang, phrase_kinds in _FOREIGN_PHRASES.items():
        for kind, phrases in phrase_kinds.items():
            for phrase in phrases:
                latin = all(ord(ch) < 0x250 for ch in phrase)
                (foreign_phrases if latin else foreign_other).append((phrase.casefold(), lang, kind))
    _compiled = _Compiled(
        exact=exact,
        prefixes=prefixes,
        prefix_lengths=tuple(sorted({len(p) for p in prefixes})),
        # Compiled when first searched: most questions alarm nothing and never reach them.
        phrases=tuple((concept, frozenset(anchors), _Lazy(pattern)) for concept, anchors, pattern in _PHRASES),
        phrases_with=_phrases_by_anchor(),
        down=tuple((name, _Lazy(pattern)) for name, pattern in _DOWN_PHRASES),
        figures=_Lazy(_FIGURES),
        chat=re.compile(r"[\w']+"),  # every chat spelling is a whole word; a pattern of them all cost a millisecond to build
        token=re.compile(r"[^\W_]+(?:['\u02bc-][^\W_]+)*"),
        foreign_latin=foreign_latin,
        foreign_other=tuple(foreign_other),
        foreign_phrases=tuple(foreign_phrases),
        foreign_wishes=tuple(phrase for phrase, _lang, kind in (*foreign_phrases, *foreign_other) if kind == "selfharm"),
        foreign_person=frozenset(w.casefold() for w in _FOREIGN_PERSON),
        function_words={lang: frozenset(words) for lang, words in _FUNCTION_WORDS.items()},
        people=frozenset((_PERSON_WORDS["relative"] + " " + _PERSON_WORDS["colleague"]).split()),
    )
    return _compiled


# --- reading a message ------------------------------------------------------------------------------
_OTHER_SCRIPT_MIN = 0.3  # share of letters outside Latin from which a text is in another script


def _other_script_share(text: str) -> float:
    if text.isascii():
        return 0.0
    letters = other = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) >= 0x250:
                other += 1
    return other / letters if letters else 0.0


@lru_cache(maxsize=64)  # asked three times of each question: by the danger reading, its word model and the answer
def looks_non_english(question: str) -> bool:
    """Whether ``question`` is mostly in another script or in another Latin-script language.

    Sloppy or non-native English still leans on its own small words ("i", "the", "my", "is");
    another language shows its own ("la", "mi", "ve", "na") or letters English does not use.
    """
    text = question[:MAX_SCAN_CHARS].casefold()
    if _other_script_share(text) >= _OTHER_SCRIPT_MIN:
        return True
    c = _compile()
    tokens = c.token.findall(text)
    if not tokens:
        return False
    english_only = sum(1 for t in tokens if t in _ENGLISH_ONLY)
    if english_only > max(2, len(tokens) // 5):
        return False
    english = sum(1 for t in tokens if t in c.function_words["en"])
    best = max(sum(1 for t in tokens if t in words) for lang, words in c.function_words.items() if lang != "en")
    accented = sum(1 for t in tokens if not t.isascii())
    if best >= 2 and best > english:
        return True
    if best >= 1 and english == 0 and (accented or len(tokens) <= 6):
        # One small word shared with another language ("no", "a") in a few words: English all the
        # same when most of them are whole words of the English vocabulary ("taken sunday. still no word.").
        return accented > 0 or not _mostly_english_words(tokens)
    # Short messages: letters such as "ş", "ã", "é" in a good share of the words, and little English.
    return accented * 4 >= len(tokens) and english <= max(1, len(tokens) // 6)


def _mostly_english_words(tokens: list[str]) -> bool:
    """Whether at least two thirds of ``tokens`` (and two) are whole words of the semantic view's
    English vocabulary; False when it cannot be read."""
    words = _english_vocabulary()
    known = sum(1 for t in tokens if t in words)
    return known >= 2 and 3 * known >= 2 * len(tokens)


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    from importlib import resources

    try:
        text = resources.files("advocacy_cli").joinpath("data", "vocab.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(word for word in text.splitlines() if word.isalpha())


@lru_cache(maxsize=16)  # read by the lexicons, the trouble cues and the word model, one question after another
def _plain_text(question: str) -> str:
    """``question`` as every reading reads it: folded, quotes read through, chat spellings spelt out."""
    return _chat(_normalise(question), _compile().chat)


def _normalise(question: str) -> str:
    text = question[:MAX_SCAN_CHARS].casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    # Quotation marks only mark reported speech ('they promised to "finish" me'): read through them.
    return " ".join(_SINGLE_QUOTE.sub(" ", text.translate(_QUOTES)).split())


_SINGLE_QUOTE = _Lazy(r"(?<![^\W\d_])'|'(?![^\W\d_])")


_QUOTES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u00ab": " ", "\u00bb": " ", "\u201e": " "})


def _chat(text: str, chat: re.Pattern[str]) -> str:
    """Chat spellings and dropped apostrophes written out ("u" -> "you", "wont" -> "won't")."""
    return chat.sub(lambda m: _CHAT.get(m.group(), m.group()), text)


_WORD_CACHE: dict[str, str | None] = {}
_WORD_CACHE_MAX = 50_000


def _word_concept(tok: str, c: _Compiled) -> str | None:
    """The concept of one word: the word itself in the lexicon, or the longest-listed stem it starts with."""
    try:
        return _WORD_CACHE[tok]
    except KeyError:
        pass
    concept = c.exact.get(tok)
    if concept is None:
        for length in c.prefix_lengths:
            if length > len(tok):
                break
            concept = c.prefixes.get(tok[:length])
            if concept is not None:
                break
    if len(_WORD_CACHE) < _WORD_CACHE_MAX:
        _WORD_CACHE[tok] = concept
    return concept


# Words of harm that as often say what happened to a thing ("beaten egg whites", "my caramel seized",
# "food poisoning", "my headset is shot", "I smashed my record"): they count only with a person on the
# receiving end (a person after them, or a person before them with "was", "got", "is"), or with
# someone else doing it before them ("they", "two men", "the police").
_THING_SENSES = frozenset(
    """beaten beating beatings attacked stabbed stabbing injured injuries injury wounded bleeding smashed smashing
    poisoned poisoning seized seizing seize assaulted vandalized vandalised""".split()
)
_AGENTS = frozenset(
    """they he she someone somebody men man guys thugs gang mob attackers people strangers stranger police cops
    officers officer soldiers guards agents security militia authorities crowd neighbours neighbors group guy woman women""".split()
)
_PATIENTS = frozenset("me him her us them you myself himself herself themselves".split())
_SUBJECTS = frozenset("i we he she they you i'm we're he's she's they're you're".split())
_PASSIVE = frozenset("was were got get gets getting been being be is are am 's 're 'm i'm we're he's she's they're you're".split())
_BODY = frozenset("head face arm arms leg legs hand hands finger fingers teeth tooth neck eye eyes body ribs nose jaw skull knee knees throat".split())


_AUTHORITY_NEAR = frozenset(
    """police cops officers officer soldiers guards agents security militia authorities border airport checkpoint
    customs ministry court prosecutor investigators intelligence regime""".split()
)
_SKIP = frozenset(
    """been being is was were are am got get gets getting has have had 's still just already now also then again
    reportedly apparently currently allegedly suddenly completely totally simply keeps keep kept never""".split()
)
_DETERMINERS = frozenset("my his her our their your its the a an this that these those some".split())
_THING_PRONOUNS = frozenset("it it's that this which these those something everything nothing".split())
_VANISHING = ("disappear", "dissapear", "disapear", "vanish", "unreachable")
_ARRIVING = frozenset("showed shows turned turns appeared appears arrived arrives".split())
_DELIVERED = frozenset(
    """package packages parcel parcels order orders delivery deliveries shipment bike bicycle letter letters bill bills
    invoice invoices results email emails book books card cards refund payment item items stuff box boxes taxi bus
    buses train trains uber truck trucks lorry van collection bins""".split()
)
_AUXILIARIES = frozenset("did didn't do don't does doesn't not never has hasn't have haven't had hadn't was wasn't were weren't is isn't are aren't will won't still just".split())
_TRADES = frozenset("driver courier postman technician plumber electrician repairman mechanic cleaner nurse".split())
_ANIMALS = frozenset("cat cats kitten kittens kitty dog dogs puppy puppies pup pet pets bird birds parrot hamster rabbit bunny horse pony tortoise turtle ferret".split())
_PARTICIPLES = frozenset("held kept taken locked detained seized confiscated grabbed dragged stolen".split())
_CLAUSE_BREAKS = frozenset("and but or then so because who whom when while since after before until".split())
_WORDS = _Lazy(r"[\w']+")


def _subject_kind(before: list[str], people: frozenset[str]) -> str:
    """What the clause just before a verb is about: "person", "thing" or "" (cannot tell).
    "my brother | vanished" -> person; "my saved recipes | disappeared", "eSIM | vanished" -> thing."""
    k = len(before) - 1
    while k >= 0 and before[k] in _SKIP:
        k -= 1
    if k < 0:
        return ""
    head = before[k]
    if head in _CLAUSE_BREAKS:
        return ""  # "our coordinator was picked up at his residence and | is being held": the subject is further back
    if head in _SUBJECTS or head in _PATIENTS or head in people or head.rstrip("s") in people or head in _AGENTS:
        return "person"
    if head in _THING_PRONOUNS or head in _ANIMALS:
        return "thing"  # not a person: "it | disappeared", "our cat | went missing"
    if head in _OWNED or head in _BODY:
        return "person"  # a home, a body: harm to them is harm to someone
    if k <= 2 and not any(w in people or w in _SUBJECTS or w in _PATIENTS or w in _AGENTS for w in before[: k + 1]):
        return "thing"  # "Transfer disappeared ...", "Locker key was taken ..."
    for w in before[max(0, k - 3) : k]:
        if w in _DETERMINERS or w.endswith("'s"):
            return "thing"  # "my saved recipes", "my son's bike", "the deposit"
    return ""


def _done_to_someone(tokens: list[str], i: int, people: frozenset[str], concept: str) -> bool:
    before = tokens[max(0, i - 6) : i]
    after = tokens[i + 1 : i + 5]
    if concept == "seizure":
        # Things are always what is seized: who seized them decides ("they confiscated my passport", "my
        # laptop was seized at the border"; not "the fob was confiscated at reception").
        if any(t in _AUTHORITY_NEAR for t in before + after):
            return True
        if not before and any(t.rstrip("s") in _DEVICE_WORDS for t in after[:2]):
            return True  # a message that opens with it ("confiscated laptop, the archive is on it") speaks of the writer's
        if not any(t in _PASSIVE for t in before[-2:]):
            return any(t in _AGENTS for t in before[-3:])
        if after[:1] == ["by"]:
            return False  # by someone who is not an authority: "by his teacher"
        return any(t.rstrip("s") in _DEVICE_WORDS for t in before)  # "my brother's computer and phone were confiscated"
    if any(t in _PATIENTS or t in people or t in _BODY for t in after[:3]):
        return True
    if any(t in _AGENTS or t in _AUTHORITY_NEAR for t in before):
        return True
    if not before:
        return True  # "beaten outside our office": a message that opens with it speaks of the writer or someone known
    kind = _subject_kind(before, people)
    if concept == "disappearance" and kind == "person" and before and before[-1] in _OWNED and before[-1] not in people:
        return False  # "all my photos | disappeared": what is owned vanishes, not someone
    if kind:
        return kind == "person"
    if concept == "disappearance":
        # someone named further back ("our trainer, who ..., disappeared"), not the writer ("the painting I came to see vanished")
        return any(t in people or t in ("he", "she", "they", "him", "her", "them") for t in before)
    return any(t in _PASSIVE for t in before) and any(t in _SUBJECTS or t in people for t in before)


# Situations a phrase can also tell of a thing ("keep my eggs in the fridge", "my headset is shot",
# "following my grandmother's advice", "they blocked my card at the till"): a phrase whose only person
# is an owner of something ("my eggs", "the commit") is not read. A phrase that names a person, a body,
# a home or a device, or names nobody at all ("being followed"), still is.
_DONE_TO_SOMEONE = frozenset(("detention", "violence", "stalking", "mob", "exposed address", "at the door", "disappearance"))
_OBJECT_PRONOUNS = frozenset("me him her us them you myself himself herself ourselves themselves yourself i i'm we we're he he's she she's they they're".split())
_OWNED = frozenset(
    """house home flat apartment door office car family window windows room building street work workplace school
    place name names address username account life kids children child son daughter wife husband job route
    movements location stop way user page village town city neighbourhood neighborhood doorbell gate yard garden
    will phone mobile parents people members staff team group chapter community bf gf hubby identity real
    schedule routine adress addres plate plates number whereabouts photo photos picture pictures pic pics details
    info data personal contact id university college campus class classroom lecture hostel hotel letters mail balcony mailbox letterbox""".split()
)
_POSSESSED = _Lazy(r"\b(?:my|his|her|their|our|your) ([\w']+)")


def _an_animal_does(before: str) -> bool:
    """Whether the clause before a phrase is about an animal: "the shelter cat we adopted | is hiding
    under the bed" (not "my cat and I | are hiding in the basement")."""
    words = [w for w in _WORDS.findall(before[-80:])[-7:] if w not in _AUXILIARIES and w not in _SKIP][-4:]
    return any(w in _ANIMALS for w in words) and not (words[-1] in _SUBJECTS or words[-1] in _OBJECT_PRONOUNS)


def _someone_in(phrase: str, before: str, after: str, people: frozenset[str]) -> bool:
    def personal(w: str) -> bool:
        if w.endswith("'s"):
            return False  # an owner ("my grandmother's"): what is owned comes next
        return w in _OBJECT_PRONOUNS or w in people or w.rstrip("s") in people or w in _BODY or w in _OWNED or w.rstrip("s") in _DEVICE_WORDS

    # The subject of "is shot", "been pushed" ("my brother", "he"), and the noun a phrase stops before ("at my | office").
    words = phrase.split()
    preceding = _WORDS.findall(before)
    following = _WORDS.findall(after)
    if preceding and preceding[-1] in _SUBJECTS:
        return True  # "I'm | not allowed out", "he's | being held"
    head = [w for w in preceding[-4:] if w not in _AUXILIARIES]
    if head and head[-1] in _DELIVERED:
        return False  # "my order | showed up at my office", "the garbage truck didn't | come to our street": things, not people
    if words and words[0] in _ARRIVING:
        if preceding and preceding[-1] in _TRADES:
            return False  # "the plumber | showed up at my flat"
        if any(w in _AGENTS or w in people for w in preceding[-8:]):
            return True  # "a guy from the talk page | showed up at my gym"
    passive = bool(words) and words[0] in _PASSIVE
    if not passive and preceding and preceding[-1] in _PASSIVE:  # "got | trapped in"
        passive, preceding = True, preceding[:-1]
    if not passive and words and words[0] in _PARTICIPLES and not (preceding and (preceding[-1] in _AGENTS or preceding[-1] in _AUTHORITY_NEAR)):
        passive = True  # "Baggage | held at customs", "my funds | held for 5 days"
    subject = preceding[-2:] if passive else []
    near = " ".join(subject + (following[:2] if words and words[-1] in _DETERMINERS else []))
    if any(personal(w) for w in phrase.split()) or any(personal(w) for w in near.split()):
        return True
    if passive and _subject_kind(preceding[-6:], people) == "thing":
        return False  # "my funds | are held", "the data | is being killed", "it's | been held"
    # Nobody named at all ("being followed", "men outside"): read it; only something owned: do not.
    return _POSSESSED.search(phrase) is None and _POSSESSED.search(" ".join((phrase, *following[:1]))) is None


_OF_PEOPLE_IN_GENERAL = frozenset(
    """arrests detentions killings murders deaths disappearances prosecutions trials attacks safety
    security protection protections rights wellbeing welfare policy policies statistics numbers cases""".split()
)
_DEVICE_WORDS = frozenset("passport phone laptop computer device drive disk server document paper mobile sim notebook camera tablet".split())


def _concepts(text: str, c: _Compiled) -> dict[str, str]:
    """Concept -> the first words that showed it."""
    found: dict[str, str] = {}
    tokens = c.token.findall(text)
    token_set = set(tokens)
    for i, tok in enumerate(tokens):
        concept = _word_concept(tok, c)
        if concept is None or concept in found:
            continue
        if (tok in _THING_SENSES or tok.startswith(_VANISHING) or (concept == "seizure")) and len(tokens) > 3 and not _done_to_someone(tokens, i, c.people, concept):
            continue
        if concept == "colleague" and i + 1 < len(tokens) and tokens[i + 1] in _OF_PEOPLE_IN_GENERAL:
            continue  # "editor arrests worldwide", "volunteer safety": a kind of people, not someone
        found[concept] = tok
    anchored: set[int] = set()  # the phrases with an anchor word in the text, searched in their order
    for tok in token_set:
        anchored.update(c.phrases_with.get(tok, ()))
    for number in sorted(anchored):
        concept, _, pattern = c.phrases[number]
        if concept in found and concept not in ("self-harm", "threat", "detention"):
            continue
        hit = pattern.search(text)
        if hit is not None:
            phrase = " ".join(hit.group().split())
            if concept in _DONE_TO_SOMEONE and not _someone_in(phrase, text[: hit.start()], text[hit.end() : hit.end() + 40], c.people):
                continue
            if concept != "self-harm" and _an_animal_does(text[: hit.start()]):
                continue
            if concept not in found or len(phrase) > len(found[concept]):
                found[concept] = phrase
    found["_tokens"] = str(len(tokens))
    found["_text"] = text if len(tokens) <= 6 else ""  # kept only for short cries
    return found


def _foreign(text: str, c: _Compiled) -> dict[str, str]:
    """Kind of danger word -> the first such word, in the languages of ``_FOREIGN``."""
    kinds: dict[str, str] = {}
    tokens = c.token.findall(text)
    english = any(t in c.function_words["en"] for t in tokens)
    for tok in tokens:
        entry = c.foreign_latin.get(tok)
        if entry is None:  # a Latin-script stem ("amenaz" for amenazaron)
            entry = next((c.foreign_latin[tok[:n]] for n in range(5, len(tok)) if tok[:n] in c.foreign_latin), None)
        if entry is not None:
            kinds.setdefault(entry[1], tok)
    if _other_script_share(text) > 0 or not english:
        for word, _lang, kind in c.foreign_other:
            if kind not in kinds and word in text:
                kinds[kind] = word
    for phrase, _lang, kind in c.foreign_phrases:
        if kind not in kinds and phrase in text:
            kinds[kind] = phrase
    if any(tok in c.foreign_person for tok in tokens) or any(word in text for word in _FOREIGN_PERSON_OTHER):
        kinds.setdefault("person", "")
    return kinds


# A sentence that asks for an address or a team ("which address should people in danger use?")
# speaks about danger without being in it: the whole sentence is left unread.
_ASKS_ADDRESS = _Lazy(
    r"\bemergency(?:@| (?:e-?mail|address|contact|mail|mailbox|line|number|inbox)s?\b)|\b(?:which|what) (?:e-?mail |mail )?(?:address|team|department|contact|inbox)\b|\b(?:which|what) (?:e-?mail|mail)\b"
    r"|\bwho (?:handles|deals with|is responsible for|reads)\b|\bwho at the foundation\b|\b(?:that|this|the) address (?:is )?only for\b"
    r"|\b(?:who|where) (?:should|do|can|must|shall) (?:i|we) (?:write|talk|turn|go|report|send|contact|e-?mail|forward|reach|tell|inform|notify|alert|call)\b|\btrust (?:and|&) safety\b|\b(?:which|what) (?:e-?mail|team|address|contact)\b"
)
_SENTENCE_END = _Lazy(r"[.?!](?=\s|$)|\n")


def _without_address_questions(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for hit in _ASKS_ADDRESS.finditer(text):
        if hit.start() < position:
            continue
        start = max(text.rfind(mark, position, hit.start()) for mark in ".?!\n") + 1
        start = max(start, position)
        end_mark = _SENTENCE_END.search(text, hit.end())
        end = end_mark.end() if end_mark else len(text)
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return " ".join(pieces)


# The writer as a person ("I", "me", "we"), not as a place ("my country").
_PERSONAL = _Lazy(
    r"\b(?:i|i'm|i've|i'll|me|myself|we|we're|us)\b"
    r"|\b(?:my|our) (?!country|countries|city|capital|region|town|state|government|nation|area|province|language|wiki\b|project|parliament|minister)\w"
)
# "Dear Global Advocacy team": whom a message is written to says nothing about what it is about.
_ADDRESSEE = _Lazy(r"\b(?:dear|hi|hello|hey|to|for) (?:the )?(?:wikimedia |wmf |foundation(?:'s)? )?(?:global )?advocacy(?: team| folks| people| colleagues)?\b|\bglobal advocacy(?: team)?\b")


_CONDITION_BEFORE = _Lazy(r"\b(?:so|so that|until|unless|if|before)(?: \w+){0,2} $")  # "... so he | is free"
_NOT_OVER = _Lazy(r"\bon bail\b|\b(?:hearing|trial|court date|sentencing|verdict) (?:is |will be )?(?:on|next|this|tomorrow|in \d)\b|\b(?:(?:come|came|report|go) back (?:next|on|tomorrow|in \d|with)|said (?:to )?come back|(?:they|he|she|police|officers|men|someone) (?:\w+ ){0,4}again|(?:this morning|today|tonight|right now|now) (?:they|he|she|the police|police|officers|men|someone) (?:(?:are|is|were|was) (?:\w+ )?(?:outside|here|back|again|coming|waiting|watching|following|asking|calling|looking|at)|came|come|wants? (?:me|him|her|us|them|my|his|our|their)\b|have|has|took|called|calling|started|keep|keeps|again|back|outside|here)|still (?:have|has|hold|holding|follow|following|watch|watching|there|outside|calling|coming|threaten|threatening|keep|keeping))\b")


# A dispute in the civil courts (a threat to sue, a lawyer's letter, a court summons over a
# lawsuit, a takedown notice) is a question for legal help, not a danger to anyone's safety,
# unless something criminal or violent is also said: then its summons and "threats" stay read.
_CIVIL = _Lazy(
    r"\b(?:sue|sues|suing|sued|lawsuits?|trademarks?|libel|defamation|defamatory|slander|cease[- ]and[- ]desist|takedowns?|dmca"
    r"|copyright (?:claim|action|case|notice|complaint|infringement|dispute)|civil (?:case|suit|lawsuit|action|claim|dispute|court|matter|proceedings?|law)"
    r"|small claims|(?:take|taking|took|takes) (?:me|us|him|her|them) to (?:\w+ ){0,2}court|legal (?:action|proceedings|notice|threat|letter|fees|costs|aid|assistance|support|help|fund|defen[cs]e)|law ?firm"
    r"|(?:lawyer|attorney|solicitor)'s letter|(?:lawyers?|attorneys?|solicitors?) (?:sent|send|sends|wrote|write|writes|emailed) (?:me|us|him|her|a letter)|letter from (?:his|her|their|a|the|an) (?:\w+ )?(?:lawyer|attorney|solicitor|law firm)"
    r"|(?:afford|pay for|find|hire|need|get|paying|finding|hiring) (?:a |an |my |our )?(?:lawyer|attorney|solicitor|legal counsel)|pro bono|subpoena\w*"
    r"|court summons|summons (?:to|from) (?:a |the )?court|court orders?|(?:compan(?:y|ies)|corporations?|firm|firm's|businessm[ae]n|developers?|attorneys)(?: \S+){0,8}? (?:court case|case against|to court)|served (?:with )?(?:papers|a summons)|as a witness|evict\w*|damag\w* (?:his|her|their|its|my) reputation)\b"
)
_CRIMINAL = _Lazy(
    r"\b(?:criminal|prosecut\w*|police|cops?|prison\w*|jail\w*|arrest\w*|detain\w*|detention|custody|remand|investigators?|security service\w*"
    r"|intelligence|treason|extremis\w*|terroris\w*|sentenc\w*|charged with|indict\w*|interrogat\w*|kill\w*|murder\w*|beat|beaten|beating|shoot|shot"
    r"|hurt|die|dead|death|violen\w*|weapons?|guns?|knife|acid|bullets?|blasphem\w*|foreign agents?|spy|spies|espionage|kidnap\w*|stalk\w*|follow(?:ed|ing)"
    r"|address|family|children|kids)\b"
)
_CIVIL_SITUATIONS = ("summons", "charges", "threat", "exposed address")
# Words that carry a whole cry for help in a message of a few words ("need help, followed").
_SHORT_CRY = _Lazy(r"\b(?:followed|taken|caught|trapped|surrounded|chased|attacked|hunted|watched|cornered|found me)\b")
# "just asking before I start": a question ahead of time, whoever it names.
_ASKING_AHEAD = _Lazy(r"\b(?:just|only) asking\b|\basking (?:for|before|in advance|ahead)\b|\bbefore i (?:start|begin)\b|\bin advance\b|\bahead of time\b")
_EDITING = _Lazy(r"\b(?:cite|citation|sources?|reliable|references?|add (?:it|this|that) to|update the (?:article|list|page)|article about|write (?:an|the) article|biography)\b")
# Someone of the writer's own ("our treasurer", "my friend"), not a journalist in the news.
_OWN_PERSON = _Lazy(
    r"\b(?:my|our) (?:\w+ )?(?:colleague|coleague|friend|member|volunteer|editor|admin|administrator|treasurer|president|chair|chairperson"
    r"|secretary|coordinator|organiser|organizer|trainer|photographer|translator|mentor|director|founder|boss|teacher|student|journalist"
    r"|neighbour|neighbor|roommate|flatmate)s?\b"
)
# The writer alone ("I", "me", "my"), not a "we" that may be a whole country or a wiki.
_SINGULAR = _Lazy(r"\b(?:i|i'm|i've|i'll|i'd|me|my|myself)\b")
_LAW_TALK = _Lazy(r"\b(?:laws?|bills?|legislation|regulations?|amendments?|campaign\w*|advocacy|petitions?|lobby\w*|letters?|reform\w*|consultations?|coalitions?|statements?|sign)\b")
_HELD = ("accusation", "threat", "detention", "disappearance", "violence", "self-harm", "house search", "seizure", "mob")


_REPORTED = _Lazy(r"\b(?:said|says|told|warned|threatened|messaged|texted|wrote|writes)\b")
_SOON = _Lazy(r"\b(?:tomorrow|tonight|right now|this (?:morning|evening|afternoon|week)|any (?:day|minute|moment)|next time)\b")
_SAFE_NOW = _Lazy(r"safe|fine|free|ok|okay|well|over|resolved|dropped|lifted|overturned|closed|back|thank")


def _alarming(concepts: dict[str, str]) -> bool:
    if "authority" in concepts or any(s in concepts for s in _SITUATIONS):
        return True
    short = int(concepts["_tokens"]) <= 6
    someone = any(p in concepts for p in ("self", "relative", "colleague", "third person"))
    if short and "plea" in concepts and ("relative" in concepts or _SHORT_CRY.search(concepts.get("_text", "")) is not None):
        return True  # "help my wife": a cry for someone close, too short to say more
    return "fear" in concepts and (short or (someone and "now" in concepts))


def features(question: str) -> tuple[dict[str, float], tuple[str, ...]]:
    """The concept features of ``question`` and the cues behind them (used by the model and its training)."""
    c = _compile()
    text = _plain_text(question)
    # Without a harmful situation, a state action, or someone afraid, nothing in the message can
    # put anyone in danger: the figures and frames are not read and the model is not asked.
    concepts = _concepts(text, c)
    if not _alarming(concepts):
        return {"_alarm": 0.0}, ()
    blanked = c.figures.sub(" ", _without_address_questions(text))
    if blanked != text:
        concepts = _concepts(blanked, c)
        if not _alarming(concepts):
            return {"_alarm": 0.0}, ()
    civil = _CIVIL.search(text) is not None and _CRIMINAL.search(text) is None
    if civil:
        for name in _CIVIL_SITUATIONS:
            concepts.pop(name, None)
        if not _alarming(concepts):
            return {"_alarm": 0.0, "_civil": 1.0}, ()
    n_tokens = int(concepts.pop("_tokens"))
    concepts.pop("_text", None)
    if "self" in concepts and _PERSONAL.search(text) is None:
        del concepts["self"]  # "my country", "our parliament": a place, not a person
    if not any(p in concepts for p in ("self", "relative", "colleague", "third person")) and (opening := _SUBJECTLESS.match(text)):
        concepts["self"] = opening.group().strip()  # "got hit with a bottle at the meetup": the writer, unnamed
    short = 1.0 if n_tokens <= 6 else 0.0
    situations = [s for s in _SITUATIONS if s in concepts]
    person = [p for p in ("self", "relative", "colleague", "third person") if p in concepts]
    now = "now" in concepts
    personal = "relative" in concepts or _PERSONAL.search(text) is not None
    framed = _ADDRESSEE.sub(" ", text)
    down = {name: hit.group() for name, pattern in c.down if (hit := pattern.search(framed))}
    if "news" in down and "accusation" in concepts and personal:
        # "a news site put my name on a list of traitors": the news is the danger, not about the world.
        del down["news"]
    if "on-wiki" in down and any(s not in ("accusation", "threat", "danger") for s in situations):
        # Harassment that began on the wiki and now reaches a door or a workplace is not rudeness.
        del down["on-wiki"]
    if "about the address" in down and blanked != text:
        # The address question was left unread; what alarms is said in another sentence.
        del down["about the address"]
    if "hypothetical" in down and down["hypothetical"].startswith(("if i ", "if we ")):
        # "the colonel said if I write another word he will ...": a condition quoted from a threat.
        before = text[: text.find(down["hypothetical"])]
        if _REPORTED.search(before) and ("threat" in concepts or "veiled threat" in concepts):
            del down["hypothetical"]
    if "past and safe" in down and _CONDITION_BEFORE.search(text[: text.find(down["past and safe"])][-40:]):
        del down["past and safe"]  # "they say I must come so he is free": a condition, not the end of it
    if "past and safe" in down:
        # "They let me go last night, ... this morning they are outside again": not over.
        after = text[text.find(down["past and safe"]) + len(down["past and safe"]) :]
        if _NOT_OVER.search(after) or (_SOON.search(text) and not _SAFE_NOW.search(down["past and safe"])):
            # "I fled years ago, they are deporting me tomorrow": what is over is not what threatens.
            del down["past and safe"]
    if situations and personal:
        # "charges against me, trial in two weeks, what can the Foundation do": a plea, not a survey.
        if _ASKING_AHEAD.search(text) is None:
            down.pop("general question", None)
        if "news" in down and any(s in _HELD for s in situations) and re.match(r"(?:edit|update|expand|improve|add)", down["news"]):
            del down["news"]  # "my husband hits me every time I edit the article on ...": editing is why, not what
        if any(s in _HELD for s in situations) and _LAW_TALK.search(text) is None:
            # "my friend is in lockup over a photo of the parliament building": not a debate on laws.
            down.pop("policy talk", None)
    sit = 1.0 if situations else 0.0
    strong = 1.0 if len(situations) >= 2 or (situations and "authority" in concepts) else 0.0
    specific = 1.0 if person else 0.0
    f: dict[str, float] = {}
    for s in situations:
        f[s] = 1.0
    for name in ("authority", "fear", "plea"):
        if name in concepts:
            f[name] = 1.0
    for p in person:
        f[p] = 1.0
    if now:
        f["now"] = 1.0
    for name in down:
        if name in _NEGATIVES:
            f[_FRAME_FEATURE.get(name, name)] = 1.0
    question_form = 1.0 if re.match(r"\s*(?:what|how|is|are|does|do|can|could|would|which|why|where|who|when|should)\b", text) else 0.0
    negatives = sum(1.0 for n in _NEGATIVES if n in down)
    f["situations"] = min(len(situations), 3) / 3
    f["sit*person"] = sit * specific
    f["sit*now"] = sit * now
    f["sit*person*now"] = sit * specific * now
    f["strong*person"] = strong * specific
    f["auth*person"] = ("authority" in concepts) * specific
    f["short*alarm"] = short * (1.0 if situations or "authority" in concepts or "plea" in concepts else 0.0)
    f["question"] = question_form
    f["question*nofirst"] = question_form * (0.0 if "self" in concepts or "relative" in concepts else 1.0)
    # Each frame is weighed on its own: "hypothetically" takes an alarm back more surely than "news".
    f["frames"] = min(negatives, 2) / 2
    f["selfharm*self"] = ("self-harm" in concepts) * ("self" in concepts or "third person" in concepts)
    f["fear*person"] = ("fear" in concepts) * specific
    f["generic*nofirst"] = ("generic group" in down) * (0.0 if "self" in concepts else 1.0)
    f["figure"] = 1.0 if blanked != text else 0.0
    f["long"] = 1.0 if n_tokens > 60 else 0.0
    f["_alarm"] = 1.0
    # "you" in a message that asks nothing is someone quoted ("if you value your health"): the writer.
    addressed = "?" not in text and not question_form and re.search(r"\b(?:you|your|yours|you're|you'll)\b", text) is not None
    # A statement of a few words that names nobody ("charged under the press law, court thursday")
    # is about the writer.
    telegram = _telegram(question)
    # A short question with a frame that takes it back ("doxxing policy on wiki projects?") speaks for nobody.
    short_cry = short and not ("?" in text and any(n in down for n in _NEGATIVES))
    if (person or short_cry or telegram or addressed or "self-harm" in concepts or "veiled threat" in concepts) and (situations or short or "authority" in concepts):
        f["_someone"] = 1.0
    if "laughing" in down:
        f["_joking"] = 1.0
    if "news" in down and not ({"relative", "colleague", "third person"} & set(person)) and _SINGULAR.search(text) is None:
        f["_news_about_others"] = 1.0  # "protesters were beaten in our capital; can we update the article?"
    if "news" in down and "relative" not in person and _EDITING.search(text) and _OWN_PERSON.search(text) is None:
        # "a blogger was beaten in my city; is there a source I can cite?": writing about the news.
        f["_news_about_others"] = 1.0
        f["_editing_news"] = 1.0
    if "on-wiki" in down and set(situations) <= {"accusation"}:
        f["_rudeness"] = 1.0  # a name called on a talk page, nothing more
    if civil:
        f["_civil"] = 1.0
    if short:
        f["_short"] = 1.0

    cues: list[str] = []
    for s in situations:
        cues.append(f"{s}: '{_short(concepts[s])}'")
    if "authority" in concepts:
        cues.append(f"state action: '{_short(concepts['authority'])}'")
    if person:
        cues.append(f"specific person: '{_short(concepts[person[0]])}'")
    if now:
        cues.append(f"now: '{concepts['now']}'")
    for name in down:
        if name in _NEGATIVES:
            cues.append(f"against: {name}: '{_short(down[name])}'")
    return f, tuple(cues)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def probability(feats: dict[str, float]) -> float:
    if not feats.get("_alarm"):
        return 0.0
    score = _BIAS + sum(_WEIGHTS.get(name, 0.0) * value for name, value in feats.items() if name[0] != "_")
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


# Trouble that is not yet a harmful situation ("they keep pressuring me", "I need to leave the
# country"): with someone specific and nothing that takes it back, the message is "possible".
_TROUBLE = _Lazy(
    r"\b(?:harass\w*|intimidat\w*|pressur\w*|warned|warning|warnings|surveil\w*|monitor(?:ed|ing)|wiretap\w*|blackmail\w*|extort\w*"
    r"|persecut\w*|targeted|crackdown|denounc\w*|informers?|informants?|asylum|flee|fleeing|escape|escaping|hiding|hide|unsafe"
    r"|scared|afraid|terrified|frightened|worried|panic\w*|officials?|authorities|interrogat\w*|bail|hearing"
    r"|fired (?:me|him|her)|lost (?:my|his|her) job|expelled|kicked out|leave the country|go into hiding|safe house"
    r"|help (?:me|us|him|her)|please help|pls help|need help|urgent help|sos|save (?:me|us|him|her)|emergency|crying|shaking|desperate"
    r"|blacklist\w*|on (?:a|the|their) watch ?list|strangers?|unknown (?:men|man|people|number)|men came|came to (?:my|our|his|her)|visited (?:my|our|me|us)"
    r"|asking (?:about|for) (?:me|him|her|us)|questions about (?:me|him|her|us)|knows? (?:my|where)|accused|accusing|punish\w*|revenge|payback)\b"
    # Unnamed people doing something to the writer or someone close ("they put him in", "two men
    # told my mother"): the shape of a story of coercion, whatever the verb's object.
    r"|\b(?:they|men|some men|two men|three men|a man|someone|somebody|strangers?|unknown (?:men|people))"
    r" (?:\w+ ){0,2}(?:took|grabbed|told|put|made|forced|pushed|dragged|drove|showed|promised|kept|gave|sent|left|threw|locked|tied|stopped|searched|visited|warned) (?:me|us|him|her|my|our)\b"
)
# Paperwork and events: a plea for help with these is not about a person at risk.
_ADMIN = _Lazy(
    r"\b(?:deadlines?|grants?|forms?|contracts?|visa|logo|budget|badges?|expenses?|reimbursement|domain|templates?|slides|spreadsheet"
    r"|portal|mou|paperwork|booking|registration|application|signatures?|flyer|banner|website|certificate|password|account|login|venue|hotel"
    r"|invoice|payment|bank|report due|annual report|newsletter|upload|citation|article draft|printer|projector|event|meetup|catering|wi-?fi|sign-in|sheets?|livestream|conference|session)\b"
)
_TAKEN_BACK = ("hypothetical", "past and safe", "general question", "news", "about the address", "policy talk", "laughing", "research", "on-wiki")


# Every alternative of _TROUBLE holds one of these: a text without any cannot match, and most
# questions about the FAQ are spared compiling that pattern (a few milliseconds of every start).
_TROUBLE_WORDS = (
    "harass", "intimidat", "pressur", "warn", "surveil", "monitor", "wiretap", "blackmail", "extort", "persecut",
    "targeted", "crackdown", "denounc", "inform", "asylum", "flee", "escap", "hid", "unsafe", "scared", "afraid",
    "terrified", "frightened", "worried", "panic", "official", "authorities", "interrogat", "bail", "hearing",
    "fired", "lost", "expelled", "kicked out", "leave the country", "safe house", "help", "sos", "save", "emergency",
    "crying", "shaking", "desperate", "blacklist", "watch", "stranger", "unknown", "men", "came to", "visited",
    "asking", "questions about", "know", "accus", "punish", "revenge", "payback", "they", "a man", "someone", "somebody",
)


def _trouble(question: str) -> tuple[str, ...]:
    """Cues of trouble for someone specific, when nothing in the message takes it back."""
    c = _compile()
    text = _plain_text(question)
    if not any(word in text for word in _TROUBLE_WORDS):
        return ()
    hit = _TROUBLE.search(text)
    if hit is None:
        return ()
    blanked = c.figures.sub(" ", _without_address_questions(text))
    hit = _TROUBLE.search(blanked)
    if hit is None or not (_PERSONAL.search(blanked) or _RELATIVE_WORD.search(blanked)):
        return ()
    if _ADMIN.search(blanked) or any(pattern.search(text) for name, pattern in c.down if name in _TAKEN_BACK):
        return ()
    if _CIVIL.search(text) and not _CRIMINAL.search(text):
        return ()
    return (f"trouble: '{hit.group()}'",)


_RELATIVE_WORD = _Lazy(r"\b(?:brother|sister|mother|father|mom|mum|dad|parents|son|daughter|husband|wife|cousin|uncle|aunt|family|colleague|friend)\b")


_OTHER_LANGUAGE_CUE = "(other language)"

# --- the word model ---------------------------------------------------------------------------------
WORD_BITS = 16
WORDS_VETO = 0.2  # below this, an emergency of the lexicons is "possible"
WORDS_RAISE = 0.5  # from this, an undecided "possible" of the lexicons is an emergency
WORDS_SURE = 0.8  # from this, a "possible" that something took back is an emergency all the same, if harm was named
WORDS_CERTAIN = 0.95  # from this, an emergency: a "possible" of the lexicons (not a civil dispute), or a question an entry answers (from WORDS_ALONE, "possible")
WORDS_ALONE = 0.85  # from this, an emergency where nothing else found anything (see by_words_alone)...
WORDS_POSSIBLE = 0.65  # ...and from this, "possible"
_WORD_TOKEN = _Lazy(r"[a-z']+|\d+")
_NEVER_TAKEN_BACK = _Lazy(r"\bdeath[- ]?threat|\bthreat\w* to kill\b|\b(?:kill|end|hurt|harm) (?:myself|my life|it all)\b|\bsuicid|\bwhat'?s the point\b|\bnot (?:want|wanna) to (?:live|be here)\b")
_word_weights: tuple[array[int], float, float, int] | tuple[()] | None = None  # () when the weights cannot be read


def word_features(question: str, bits: int = WORD_BITS) -> list[int]:
    """The buckets of ``question``'s words and word pairs (read as the lexicons read it)."""
    return hashed_grams(_WORD_TOKEN.findall(_plain_text(question)), bits)


@lru_cache(maxsize=64)  # asked twice of a question nothing flagged: by assess and by the matcher
def word_probability(question: str) -> float | None:
    """The word model's probability that ``question`` comes from someone in danger (None without weights)."""
    global _word_weights
    if _word_weights is None:
        from advocacy_cli import danger_words

        found = danger_words.weights()
        _word_weights = (found, danger_words.SCALE, danger_words.BIAS, danger_words.BITS) if found is not None else ()
    if not _word_weights:
        return None
    weights, scale, bias, bits = _word_weights
    z = bias + scale * sum(weights[k] for k in word_features(question, bits))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _with_words(danger: Danger, question: str) -> Danger:
    """The lexicons' reading, weighed against the word model's where they disagree."""
    p = word_probability(question)
    if p is None:
        return danger
    cue = f"words: {'like messages from people in danger' if p >= 0.5 else 'like messages that are not emergencies'} ({p:.2f})"
    text = question[:MAX_SCAN_CHARS].casefold()
    taken_back = any(reason.startswith("against:") for reason in danger.cues)
    kept = _NEVER_TAKEN_BACK.search(text) is not None  # thoughts of suicide, threats to kill
    closed = _CLOSED.search(text) is not None
    if danger.level == "emergency" and taken_back and p < WORDS_CERTAIN and closed and not kept:
        # "he was in prison, he is free since 2021": the message says it is over, and the words do not read as danger
        return Danger("possible", (cue, *danger.cues), danger.situations)
    if danger.level == "emergency" and p < WORDS_VETO and (danger.situations < 2 or taken_back) and not kept:
        # One kind of harm, in words that read like ordinary messages: two kinds are trusted, and so
        # are thoughts of suicide and threats to kill, however ordinary the words around them.
        return Danger("possible", (cue, *danger.cues), danger.situations)
    if danger.level == "possible" and not danger.civil and ((danger.unsure and p >= WORDS_RAISE) or (danger.situations and p >= WORDS_SURE) or p >= WORDS_CERTAIN) and not closed:
        return Danger("emergency", (cue, *danger.cues), danger.situations)
    return danger


# A message that says the matter is closed: the word model may not raise it back to an emergency.
_CLOSED = _Lazy(r"\b(?:is|are|has been|have been) (?:free|out|home|released) since\b|\b(?:fully|completely|all|now) resolved\b|\bno action (?:is )?needed\b|\b(?:case|charges?|investigation|ban) (?:was |were |has been |have been |is |are )?(?:closed|dropped|withdrawn|lifted)\b")


def _telegram(question: str) -> bool:
    """A statement of a few words ("stuck in a back room at the airport"), not a question."""
    text = question[:200].casefold()
    return "?" not in text and len(_WORD_TOKEN.findall(text)) <= TELEGRAM_WORDS and _QUESTION_START.match(text) is None


_QUESTION_START = _Lazy(r"\s*(?:what|how|is|are|does|do|can|could|would|which|why|where|who|when|should|any|pls|please)\b")
TELEGRAM_WORDS = 8
WORDS_SHORT = 0.5


_FICTION_PATTERN = _Lazy(_FICTION)
# A message that opens by saying it supposes ("hypothetically", "let's say"): never more than "possible".
_SUPPOSED = _Lazy(r"\W*(?:hypothetically|theoretically|in theory|suppose|supposing|let'?s say|lets say|just imagine|imagine)\b")
# A message that opens with a supposition is one, however alarming the words that follow.
_SUPPOSITION_START = _Lazy(r"\W*(?:(?:let'?s |lets )?say (?:i|we|you|someone|somebody|an? \w+)\b|suppose\b|supposing\b|imagine\b|hypothetically\b|what if\b|if (?:someone|somebody|anyone|anybody|an? (?:\w+ )?(?:editor|volunteer|member|user|wikipedian|admin|friend|colleague))\b)")


def by_words_alone(question: str, answered: bool = False) -> Danger | None:
    """The word model's reading of a question nothing else flagged: an emergency from WORDS_ALONE,
    "possible" from WORDS_POSSIBLE. When an entry's words plainly answer the question ("how do I kill
    a zombie process" in a tech FAQ is about the entry that answers it), the model must be surer:
    "possible" from WORDS_ALONE, an emergency from WORDS_CERTAIN. (Nothing below WORDS_CERTAIN there
    hid the address from some people in danger of our tuning files, whose words happened to answer an
    entry too; "possible" from WORDS_ALONE shows it to them at the cost of 0.2 points of "possible" on
    the tech-support FAQ.)"""
    if looks_non_english(question[:MAX_SCAN_CHARS]):
        return None
    p = word_probability(question)
    floor = WORDS_ALONE if answered else WORDS_SHORT if _telegram(question) else WORDS_POSSIBLE
    if p is None or p < floor:
        return None
    level = "emergency" if p >= (WORDS_CERTAIN if answered else WORDS_ALONE) else "possible"
    if level == "emergency" and _FICTION_PATTERN.search(_plain_text(question)):
        level = "possible"  # the words alarm, but what they speak of is a novel, a film or a game
    if level == "emergency" and _CLOSED.search(question[:MAX_SCAN_CHARS].casefold()):
        level = "possible"  # "...is fully resolved, the investigation was dropped"
    if level == "emergency" and _SUPPOSITION_START.match(_plain_text(question)):
        level = "possible"  # "say I travel there and they stop me at the border. what then?"
    return Danger(level, (f"words: like messages from people in danger ({p:.2f})",))


def assess(question: str) -> Danger:
    """How likely ``question`` comes from, or speaks for, a specific person at risk of serious harm now."""
    danger = _assess_one(question)
    if danger.level == "emergency" and _SUPPOSED.match(_plain_text(question)) and not _NEVER_TAKEN_BACK.search(question[:MAX_SCAN_CHARS].casefold()):
        return danger._replace(level="possible")  # "hypothetically, if my family got a visit from the police..."
    if danger.level != "emergency" and (parts := _paragraphs(question)) and not _speaks_for_all(question):
        # A message of several paragraphs is often several items (thanks, a policy question, and
        # then the worry): a danger told in one paragraph is not taken back by a policy question or
        # news in another.
        for part in parts:
            found = _assess_one(part)
            if _RANK[found.level] > _RANK[danger.level]:
                danger = found._replace(cues=(*found.cues, "in one paragraph of several"))
    return danger


_RANK = {None: 0, "possible": 1, "emergency": 2}
_PARAGRAPH_BREAK = _Lazy(r"\n\s*\n")
MAX_PARAGRAPHS = 12


def _speaks_for_all(question: str) -> bool:
    """A supposition, a look back or a joke ("for our tabletop exercise", "nothing has happened, we
    want to be prepared", "looking back on 2017") speaks for every paragraph of a message."""
    feats, _ = features(question)
    return any(feats.get(name) for name in ("hypothetical", "past and safe", "figure", "_joking"))


def _paragraphs(question: str) -> list[str]:
    """The paragraphs of a message that has more than one (none for a message of one paragraph).
    A paragraph that ends with a colon ("Could you help with:") stays with what it introduces."""
    parts: list[str] = []
    for part in _PARAGRAPH_BREAK.split(question[:MAX_SCAN_CHARS]):
        if not part.strip():
            continue
        if parts and parts[-1].rstrip().endswith(":"):
            parts[-1] += "\n" + part
        else:
            parts.append(part)
    return parts[:MAX_PARAGRAPHS] if len(parts) > 1 else []


def _assess_one(question: str) -> Danger:
    danger = _read(question)
    if any(_OTHER_LANGUAGE_CUE in cue for cue in danger.cues) or looks_non_english(question[:MAX_SCAN_CHARS]):
        return danger  # the word model knows English only
    return _with_words(danger, question)


def _read(question: str) -> Danger:
    """The lexicons' and the concept model's reading."""
    feats, cues = features(question)
    p = probability(feats)
    level = "emergency" if p >= EMERGENCY_AT else "possible" if p >= POSSIBLE_AT else None
    if level == "emergency" and not feats.get("_someone"):
        # An emergency is a person: without anyone specific ("my brother", "our treasurer", "I",
        # "he") the message may be about the world, and is at most "possible". Short cries and
        # self-harm speak for the writer.
        level = "possible"
    if level is not None and not (feats.get("situations") or feats.get("authority")) and _ADMIN.search(question[:MAX_SCAN_CHARS].casefold()):
        # Panic with nothing harmful in it, about a form or a deadline: paperwork.
        level = None
    if level == "emergency" and (feats.get("_rudeness") or feats.get("_news_about_others")):
        level = "possible"
    if level == "possible" and feats.get("_editing_news") and not feats.get("fear") and not feats.get("plea"):
        level = None
    if level == "emergency" and feats.get("_civil") and not any(feats.get(name) for name in ("mob", "violence", "detention", "disappearance", "self-harm")):
        # A lawsuit or a lawyer's letter, with nothing criminal or violent said: legal help.
        level = "possible"
    if level is not None and feats.get("_joking") and not feats.get("fear") and not feats.get("plea"):
        # Someone laughing about it ("my uncle jokes he'll arrest me, lol") may still be at risk,
        # but is not read as an emergency; without fear or a plea, as nothing.
        level = "possible" if level == "emergency" and p >= 0.9 else None
    foreign_level, foreign_cues = _assess_foreign(question)
    if foreign_level == "emergency" or (foreign_level == "possible" and level is None):
        return Danger(foreign_level, foreign_cues + cues)
    situations = round(3 * feats.get("situations", 0.0))
    if level is None and situations >= 3 and feats.get("_someone"):
        # Three kinds of harm told of someone specific: whatever takes it back ("nothing has happened
        # yet", "I'm probably overreacting"), the address is shown, calmly.
        return Danger("possible", cues, situations)
    if level is None and _unsure_about_someone(feats, question[:MAX_SCAN_CHARS].casefold()):
        # Someone specific and a sign of harm, coercion, fear or threat that nothing takes back:
        # the model is unsure, and the emergency contact is listed rather than left out.
        return Danger("possible", cues, situations, unsure=True)
    if level is None and (trouble := _trouble(question)):
        return Danger("possible", trouble, situations)
    # Undecided: the model's middle band, with someone specific and nothing taken back.
    unsure = level == "possible" and p < EMERGENCY_AT and bool(feats.get("_someone")) and not any(feats.get(name) for name in _TAKEN_BACK_FEATURES)
    return Danger(level, cues if level else (), situations, unsure, bool(feats.get("_civil")))


_PERSONS = ("self", "relative", "colleague", "third person")
# A message that opens with what was done, without saying to whom, speaks of the writer.
_SUBJECTLESS = _Lazy(r"\W*(?:(?:summoned|invited|called in|taken|detained|held|questioned|interrogated|accused|banned|charged|sentenced|convicted|jumped|beaten|attacked|stabbed)\b|(?:got|received|just got) (?:a |an |another )?(?:letter|summons|call|paper|notice|warning)\b|(?:got|been|was|am|being|getting|just got) (?:\w+ )?(?:hit|beaten|beat up|attacked|stabbed|arrested|detained|taken|followed|threatened|summoned|charged|searched|stopped|questioned|interrogated|kidnapped|abducted|jumped|shot)\b)")
_TAKEN_BACK_FEATURES = ("hypothetical", "past and safe", "general question", "news", "about the address", "figure", "_civil", "_joking", "_rudeness")


def _unsure_about_someone(feats: dict[str, float], text: str) -> bool:
    if not feats.get("_alarm"):
        return False
    if not any(feats.get(p) for p in _PERSONS):
        # Nobody named, in a message of a few words that tells of something harmful happening now
        # ("stuck at border post 5 hrs no phone soon"): the writer, most likely.
        return (
            len(text.split()) <= TELEGRAM_WORDS + 4
            and bool(feats.get("now"))
            and any(feats.get(name) for name in _HELD)
            and not any(feats.get(name) for name in _TAKEN_BACK_FEATURES)
            and not feats.get("question*nofirst")
        )
    if not (feats.get("situations") or feats.get("authority") or feats.get("fear*person") or (feats.get("_short") and feats.get("plea"))):
        return False
    if not (feats.get("situations") or feats.get("authority")) and _ADMIN.search(text):
        return False  # panic about a form or a deadline
    return not any(feats.get(name) for name in _TAKEN_BACK_FEATURES) and not feats.get("question*nofirst")


def _assess_foreign(question: str) -> tuple[str | None, tuple[str, ...]]:
    """Danger words of other languages; only a message that is not in English is read for them."""
    c = _compile()
    text = _normalise(question)
    if not looks_non_english(text):
        # A short cry without a single English word ("Nisaidie, polisi wananitafuta") is read too,
        # but needs two danger words of another language.
        tokens = c.token.findall(text)
        if not tokens or len(tokens) > 12 or any(t in c.function_words["en"] for t in tokens):
            # Mostly English, with a wish to die said in another language ("sab khatam karna chahta hoon,
            # tonight is the last"): the address is shown.
            wish = next((phrase for phrase in c.foreign_wishes if phrase in text), None)
            return ("possible", (f"selfharm {_OTHER_LANGUAGE_CUE}: '{wish}'",)) if wish else (None, ())
        kinds = _foreign(text, c)
        kinds.pop("person", None)
        if len(kinds) < 2:
            return None, ()
    kinds = _foreign(text, c)
    person = kinds.pop("person", None) is not None
    if not kinds:
        return None, ()
    cues = tuple(f"{kind} {_OTHER_LANGUAGE_CUE}: '{word}'" for kind, word in kinds.items())
    serious = [k for k in kinds if k != "plea"]
    if "selfharm" in kinds or len(serious) >= 2 or (serious and (person or "plea" in kinds)):
        return "emergency", cues
    return "possible", cues
