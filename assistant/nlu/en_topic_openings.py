"""The English openings of a message that goes back to an earlier question (`topic_returns`):
the question named after a filler ("sorry, one sec —"), after a verb of going back ("going back
to", "back on", "let me fix what I said about"), by itself ("the rules one - …", "for the 'what
would be better' one earlier let me be specific: …"), as the answer given to it ("the big goal I
gave earlier was fluffy", "when you first asked what problem we're solving i waffled"), or after
the new answer ("… after all on the last one", "… on the have-we-got-data thing thats a yes");
and the words that say an answer is being revised."""

from __future__ import annotations

import re

FILLER = (
    r"(?:(?:hmm+|oh|eh|ugh|hey|ok(?:ay)?|sorry|one sec(?:ond)?|also|actually|wait|so|and|but"
    r"|(?<=actually,\s)no|(?<=actually\s)no|quick (?:one|thing|note)"
    r"|one (?:more |last )?(?:thing|thought)(?: first)?|sorry to (?:jump|go) back|"
    r"before i answer(?: that| this)?|before we go on|before we get to (?:that|this|it)|"
    r"before (?:that|this(?: one| question)?|the [a-z ]{1,20}? part"
    r"|the [a-z]{3,12}(?: bit| one| question)?(?=\s+[—–-]))"
    r"|before i forget)\b"
    r"(?:[,.:]|\s+[—–-])?\s+)*"
)
# "… the rules one", "… whether it repeats": what a question is called, after going back
AWAY = r"(?:(?:a|the)\s+(?:few|couple(?:\s+of)?)\s+questions?|earlier|a bit|a sec(?:ond)?)[,.]?\s+"
OPEN = re.compile(
    rf"^\W*{FILLER}(?:(?P<back>(?:can i |could i |let me |i want to |i'd like to |i need to )?"
    r"(?:go(?:ing)?|come|coming|circle|circling|get|getting)\s+(?:(?:all\s+)?(?:the\s+)?way\s+)?back"
    r"(?:\s+to|\s+up)?|back\s+(?:to|on)|i\s+(?:undersold|oversold|underplayed|overplayed|overstated|"
    r"understated|rushed)|"
    r"returning\s+to|(?:can i |could i |let me |(?:i )?(?:just )?want(?:ed)? to |i need to )?"
    r"(?:revisit(?:ing)?|restate|rephrase|redo)|(?:earlier,? |before,? )?when you asked(?: about)?|"
    r"i keep thinking about|(?:can you |could you |i want to |let me |i need to |i should "
    r"|i have to )?(?:fix|change|correct|update|amend) (?:what i said (?:about|for|on|to|would be)"
    r"|(?:the|my))"
    r"|scratch"
    r"|(?:let me |i want to |i need to )?(?:soften|revise|qualify|tone down|walk back) what i said"
    r" (?:about|for|on|to)"
    r"|what i said (?:about|for|on|to|would be)"
    r"|(?:my|the)(?=\s+(?:first|last|previous|earlier)\s+(?:answer|reply|response)))|about|re:?|"
    r"regarding|on|as for|thinking (?:again |more )?about|thinking back (?:to|on))"
    rf"\s+(?:{AWAY})?(?:to\s+)?(?P<topic>[^.,:;?!—–]{{2,80}}?)\s*"
    r"(?P<end>[.,:;?!—–]|\s-\s|$)",
    re.IGNORECASE,
)
# "that repeating-decision question - …": an earlier question named by itself at the opening
NAMED = re.compile(
    rf"^\W*{FILLER}(?:(?:for|on|about)\s+)?(?P<topic>(?:that|the)\s+[^.,:;?!—–]{{2,50}}?\s+"
    r"(?:question|one|bit|thing)(?:\s+(?:earlier|before))?)"
    r"(?:\s+(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?:not\s+)?(?:right|wrong|correct|accurate)"
    r"|,?\s+let me be (?:more )?(?:specific|precise|clear))?\s*(?P<end>[.,:;—–]|\s-\s"
    r"|(?<=one)\s*(?=(?:i'd|i would|we'd|we should|let's)\s+(?:rather\s+)?"
    r"(?:prefer|go|keep|build|use|train)\b))",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?;]+\s+(?=\S)")
# "the big goal I gave earlier was fluffy. …": the topic as the answer given to it
GIVEN = re.compile(
    rf"^\W*{FILLER}(?P<topic>(?:the|my|our)\s+[^.,:;?!—–]{{2,40}}?)\s+(?:i|we)\s+"
    r"(?:gave|said|put|wrote|mentioned)\b",
    re.IGNORECASE,
)
# "multi-objective, changing it.", "wait. objective q, take it back.", "cost q. not sure anymore": a
# topic named alone, then taken up again
TERSE = re.compile(
    rf"^\W*{FILLER}(?P<topic>[a-z][\w' -]{{1,30}}?)(?:\s+q)?\s*[,.:]\s*"
    r"(?=(?P<back>(?:i'm\s+|im\s+)?(?:changing|change)\s+(?:it|that|my answer)|take it back"
    r"|taking it back|not sure anymore)\b)",
    re.IGNORECASE,
)
# "when i stated the problem at the start i was too fuzzy. …": the topic as the answer given
WHEN = re.compile(
    rf"^\W*{FILLER}when\s+(?:(?:i|we)\s+(?:stated|described|gave|explained|said|put|wrote)"
    r"|you\s+(?:first\s+)?asked(?:\s+about)?)\s+(?P<topic>(?:the|my|our|what)\s+[^.,:;?!—–]{2,40}?)"
    r"(?:\s+(?:at the start|at first|earlier|first))?\s+(?:i|we)\s+"
    r"(?:(?:was|were)\b(?!\s+(?:told|asked|given|shown|sent))|waffled|rambled)",
    re.IGNORECASE,
)
# the question named after the new answer: "… so that changes my answer on the data question",
# "separate models after all on the last one, …", "… on the have-we-got-data thing thats a yes"
NAMED_LATE = re.compile(
    r"\bchanges? my answer (?:on|to|for|about) (?P<topic>[^.,:;?!]{2,60})"
    r"|\bafter all,?\s+(?:on|for|re|about)\s+(?P<last>the\s+(?:last|previous)\s+(?:one|question|q))"
    r"\b|\b(?:on|for)\s+the\s+(?P<named>[\w' -]{2,40}?)\s+(?:thing|one|question|bit),?\s+"
    r"(?:that's|thats|it's|its)\s+a\s+(?:yes|no)\b",
    re.IGNORECASE,
)
SIGNAL = re.compile(
    r"\b(?:i|we)\s+(?:said|told you|answered|put|wrote|mentioned|picked|chose)\b|turns out|"
    r"\bforget (?:the|that|what|about)\b|\btoo (?:general|vague|specific|broad)\b|"
    r"\b(?:i was (?:being )?|(?:was|is) )(?:a bit |way |far |pretty |really )?(?:too )?"
    r"(?:woolly|fuzzy|vague|fluffy)\b|"
    r"\bi forgot (?:that )?we already\b|(?:i'll|i will|let me) put a number on (?:it|that)\b|"
    r"\bforgot (?:that|it) (?:even )?exists[.!]*$|"
    r"\bi (?:undersold|oversold|underplayed|overplayed|overstated|understated) it\b|"
    r"on second thought|thinking (?:more |again )?about it\b|\bthinking\b[^.!?]{0,60}\bagain\b|"
    r"i'd change|changes my answer|\b(?:too quick|too fast|too hasty) to (?:say|answer)\b|"
    r"\b(?:thing|one|question|answer|said)\s+(?:isn't|isnt|wasn't|wasnt) right\b",
    re.IGNORECASE,
)
MARKER = re.compile(r"^\W*(?:actually|wait|oops)\b", re.IGNORECASE)
