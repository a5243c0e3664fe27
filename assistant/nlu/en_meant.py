"""English that asks what the coach meant by its own question: "what do you mean by …", "what
kind of data you're after", "as in A or B", "define catastrophic", "which data are we talking
about", "…, or do you mean …", and a view asked of the coach ("what do you recommend")."""

from __future__ import annotations

import re

# English: about the coach's own question ("what you mean by …", "what kind of data you're after")
ASKS_WHAT_IS_MEANT = re.compile(
    r"(?<!depends )(?<!depends on )(?<!depending on )\bwhat (?:do |did )?you (?:mean|meant)\b"
    r"|\bdepends (?:on )?what you mean\b[^.!?]*[.!?\s]*$"  # not "… by learned lol. there's some …"
    r"|\bdepends (?:on )?what you (?:count|call|consider) as\b"  # not "…, so idk": not sure
    r"(?!.*\b(?:idk|i dunno|dunno|not sure|can'?t (?:really )?say"
    r"|can'?t give (?:you )?a (?:straight|clear|simple) answer)(?:\s+[\w']+){0,4}\W*$)"
    r"|\bwhat (?:\w+ ){0,3}(?:you're|you are|are you|were you) "
    r"(?:asking|after|looking for|getting at)\b"
    r"|\b(?:are|were) you asking\b|\bin what sense\b"
    # "where's the line between supporting decisions and automating, in your terms" (not "…?
    # for us a person always signs off, so supporting")
    r"|^(?:so |but )?where(?:'s| is| do you draw) the line between\b[^?.!,]*"
    r"(?:,\s*in your (?:terms|words|book))?\W*$"
    r"|\bdo you (?:just |only |really )?mean\b"
    r"|^(?:i'm |i am )?not sure i (?:follow|understand|get)\b"
    r"|^i (?:don't|do not) (?:really |quite )?(?:follow|get what|understand what)\b"
    r"|\b(?:is|would|does) (?:that|it|this) (?:count as |be )?[^.?!]*\bor\b[^.?!]*\?$"
    r"|^[^.?!]*\bas in\b[^.?!]*\?$"
    r"|\b(?:like|as) in (?:the |a )?[\w-]+ sense\?"  # "optimise like in the maths sense?"
    r"|(?:^|[.?!]\s*)(?:sorry,?\s+)?(?:i'm |im |i am )?not following(?:,? sorry)?[.!]*$"
    r"|^[^.?!]{0,60}\b(?:as in|meaning(?: like)?)\b[^.?!]*\bor\b[^.?!]*\??$"  # "X as in A or B"
    r"|^(?:how|what|which)\b[^.!?]{1,60}\?\s*(?:or\s+)?[\w-]+\??$"  # "…, like ten? fifty"
    r"|^how (?:many|much|often|long|big)\b[^.!?]{1,40}\blike\b[^.!?]*\bor\b[^.!?]*$"  # 5 or 50
    # "wouldn't separate models be a pain": a subject between them (not "wouldn't really be")
    r"|^(?:wouldn't|wouldnt|won't|shouldn't|couldn't|isn't|aren't)\s+(?!(?:be|really|say|even"
    r"|necessarily|actually|exactly|quite|just)\b)\w+(?:\s+\w+){0,3}\s+be\b[^.!]*$"
    r"|^when you say\b[^.!?]*\b(?:is that|do you mean|does that|you mean)\b"
    r"|\b(?:what's|whats|what is|which is|who's|who is)\b[^.!?]{1,40}\bhere,? though\b"
    r"|\bas in what(?=\s*(?:exactly\b|[,?.!]|$))"  # not "as in what we do by hand"
    r"|^(?:(?:so|oh|ah)\s+)?you mean\b(?![^.!]*\?\s*(?:yes|yeah|yep|no|nope)\b)[^.!]*$"
    # "gap between prediction and right answer - you mean like a loss function?"
    r"|^(?!(?:yes|yeah|yep|no|nope)\b)[^.!?—–-]{1,60}\s[—–-]\s(?:so\s+)?you mean\b[^.!?]*\?"
    r"\s*(?:(?:sorry|sry|lol|haha|apologies)\b[^?]*)?$"  # not answered after: "… ? Absolutely, …"
    # "by rules you mean like if-then stuff in a spreadsheet" (not "by data you mean the
    # spreadsheets, we have years of them")
    r"|^by [\w'-]+(?: [\w'-]+){0,3} you mean\b[^.!?,]*\??$"
    # "define catastrophic lol, like someone gets hurt or just we lose money"
    r"|^(?:(?:ok|okay|so|sorry|pls|please),?\s+)?define\b(?:\s+[\w'-]+){1,3}"
    r"(?:\s+(?:lol|haha|pls|please))?(?:,\s*(?:like|as in|e\.?g\.?) [^.!?,]*\bor\b[^.!?,]*)?$"
    r"|\b(?:not sure|need to know|want to know|wondering|wonder) (?:whether|if) [^.?!]*"
    r"\bcounts? as\b"
    r"|^(?:i assume|i guess|i take it|so) you (?:want|need|mean|are after|'re after)\b[^.?!]*\bor\b"
    r"|\bdifference between\b[^.!?]*\?$"
    r"|^(?:(?:sorry|ok|okay|so|hmm|wait|but),?\s+)?(?:what's|whats|what is) the"
    r" (?:real |main )?difference\b"
    r"|^(?:(?:like|so|but) )?(?:if [^.!?]{1,100}?,?\s*)?(?:does|would|do|will)"
    r" (?:it|that|this|they|those|these|\w+(?: \w+){0,3}) (?:still |even |really )?count\b"
    r"|^[^.!?]{0,40}\b(?:for|to|by|according to) whom\b"
    r"|^(?:so |but )?(?:is|isn't|are|aren't) [^.?!]{1,60}\b(?:the same (?:as|thing as)"
    r"|(?:any |really )?different (?:from|than|to))\b"
    r"|\bmeaning what\b|\b(?:compared (?:to|with)|relative to|measured against|vs\.?|versus)"
    r" what(?=\s*(?:[,?.!—–-]|$|exactly\b|though\b|like\b|here\b))"  # not "… what we pay now"
    r"|\bcompared (?:to|with) what(?: [\w-]+){1,3} (?:exactly|though)\b"  # "… what simpler thing"
    r"|\bwhich (?:of (?:those|these|them|your options)|option)\b[^.!?]*\?$"
    r"|^(?:(?:so|but|ok|okay|sorry|wait),?\s+)?which [a-z][\w-]*(?: [a-z][\w-]*)? (?:tho|though)\b"
    # "what sort of cost are we talking, …", "which data are we talking about": the reading meant
    r"|^(?:what|which) (?:(?:sort|kind|type)s? of\b)?[^.!?]{0,40}\b(?:are we talking|do you mean"
    r"|are you (?:asking|talking|thinking of|referring to)|do you have in mind|did you mean)\b"
    r"|,\s*or (?:do |did )?you mean\b[^.!?]*$"  # "hand written rules like …, or you mean …"
    # the coach asked for a view: "where would you suggest", "what do you recommend"
    r"|^(?:where|what|which|how|who|when)(?: [\w-]+){0,2} (?:would|do|should|could|can|will)"
    r" you (?:suggest|recommend|advise|propose|think|say|mean)\b(?: here| for this| for us)?\W*$"
)
