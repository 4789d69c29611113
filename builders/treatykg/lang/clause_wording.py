"""The wording of a treaty's typed clauses (facts/clauses.py): the treaty naming itself, entry into force,
provisional application, duration, termination, amendment, dispute settlement, working language, costs,
non-affection and equally authentic texts.

Most entries are wording tables, ``{"kk": pattern, "ru": pattern}``, read with ``lang.wording.pattern``
(case-insensitive unless the clause rule says otherwise). Some rules look for the wording of both languages in a
sentence of either (as they always have); their tables are read with every language, which gives the patterns in
the order kk, ru. A pattern that exists in one language only is a plain constant whose name ends in the language.

The wording itself, with examples from the acts, is in lang/kk/clauses.py and lang/ru/clauses.py; this module puts
each language's pattern under one name. Where a clause lists several kinds (the means of dispute settlement, the
scopes of non-affection), the order of the language table is the order of precedence.
"""

from __future__ import annotations

from treatykg.lang.kk import clauses as kk
from treatykg.lang.morphology import russian_lexeme_pattern, with_lexeme_forms
from treatykg.lang.numbers import NUMBER
from treatykg.lang.ru import clauses as ru
from treatykg.lang.ru.units import PERIOD_UNIT_LEMMAS
from treatykg.lang.wording import labelled

# What the marks of the language modules stand for: a number as written, and the Russian treaty nouns in the forms
# the dictionary gives for their lemmas.
_MARKS = {
    kk.NUMBER: NUMBER,
    ru.TREATY_NOUN: russian_lexeme_pattern(ru.TREATY_NOUN_LEMMAS, capitalised=True),
    ru.TREATY_NOUN_NOMINATIVE: russian_lexeme_pattern(ru.TREATY_NOUN_LEMMAS, frozenset({"nomn", "sing"}),
                                                      capitalised=True),
    ru.NOTE: russian_lexeme_pattern((ru.NOTE_LEMMA,)),
    ru.NOTIFICATION_NOUN: russian_lexeme_pattern((ru.NOTIFICATION_LEMMA,)),
    ru.DAYS: russian_lexeme_pattern((PERIOD_UNIT_LEMMAS["D"],)),
    ru.MONTHS: russian_lexeme_pattern((PERIOD_UNIT_LEMMAS["M"],)),
    ru.WEEKS: russian_lexeme_pattern((PERIOD_UNIT_LEMMAS["W"],)),
    ru.YEARS: russian_lexeme_pattern((PERIOD_UNIT_LEMMAS["Y"],)),
}


def filled(pattern: str) -> str:
    """A pattern of lang/kk/clauses.py or lang/ru/clauses.py with its marks replaced by the patterns they stand
    for."""
    for mark, wording in _MARKS.items():
        pattern = pattern.replace(mark, wording)
    return with_lexeme_forms(pattern)


def _filled(table: dict[str, str]) -> dict[str, str]:
    return {language: filled(pattern) for language, pattern in table.items()}


# --- the treaty naming itself ------------------------------------------------------------------------------------

TREATY_NOUN = _filled({"kk": kk.TREATY_NOUN, "ru": ru.TREATY_NOUN})
SELF_NOMINATIVE = _filled({"kk": kk.SELF_NOMINATIVE, "ru": ru.SELF_NOMINATIVE})
SELF_GENITIVE_KK = kk.SELF_GENITIVE_KK
SELF_ANY = _filled({"kk": kk.SELF_ANY, "ru": ru.SELF_ANY})

# --- entry into force -------------------------------------------------------------------------------------------

ENTRY_INTO_FORCE_VERB = {"kk": kk.ENTRY_INTO_FORCE_VERB, "ru": ru.ENTRY_INTO_FORCE_VERB}
DEEMED_ENTRY_DATE = _filled({"kk": kk.DEEMED_ENTRY_DATE, "ru": ru.DEEMED_ENTRY_DATE})
PROVISIONAL_ENTRY = {"kk": kk.PROVISIONAL_ENTRY, "ru": ru.PROVISIONAL_ENTRY}
DEFINITIVE_ENTRY = {"kk": kk.DEFINITIVE_ENTRY, "ru": ru.DEFINITIVE_ENTRY}
CONDITION_FROM_DATE = {"kk": kk.CONDITION_FROM_DATE, "ru": ru.CONDITION_FROM_DATE}
CONDITION_OPENING_RU = ru.CONDITION_OPENING_RU
ENTRY_INTO_FORCE_DELAY = _filled({"kk": kk.ENTRY_INTO_FORCE_DELAY, "ru": ru.ENTRY_INTO_FORCE_DELAY})
CONDITION_NOTIFICATION = _filled({"kk": kk.CONDITION_NOTIFICATION, "ru": ru.CONDITION_NOTIFICATION})
CONDITION_BOUNDARY = {"kk": kk.CONDITION_BOUNDARY, "ru": ru.CONDITION_BOUNDARY}
FROM_THE_DATE = {"kk": kk.FROM_THE_DATE, "ru": ru.FROM_THE_DATE}
LAST_NOTIFICATION = _filled({"kk": kk.LAST_NOTIFICATION, "ru": ru.LAST_NOTIFICATION})
SIGNATURE = _filled({"kk": kk.SIGNATURE, "ru": ru.SIGNATURE})
RATIFICATION_INSTRUMENTS = _filled({"kk": kk.RATIFICATION_INSTRUMENTS, "ru": ru.RATIFICATION_INSTRUMENTS})
DIPLOMATIC_CHANNEL = {"kk": kk.DIPLOMATIC_CHANNEL, "ru": ru.DIPLOMATIC_CHANNEL}

# --- provisional application -------------------------------------------------------------------------------------

PROVISIONAL_APPLICATION = {"kk": kk.PROVISIONAL_APPLICATION, "ru": ru.PROVISIONAL_APPLICATION}
UNTIL_ENTRY_INTO_FORCE = {"kk": kk.UNTIL_ENTRY_INTO_FORCE, "ru": ru.UNTIL_ENTRY_INTO_FORCE}
PROVISIONAL_FROM = {"kk": kk.PROVISIONAL_FROM, "ru": ru.PROVISIONAL_FROM}
PROVISIONAL_UNTIL = {"kk": kk.PROVISIONAL_UNTIL, "ru": ru.PROVISIONAL_UNTIL}

# --- duration ----------------------------------------------------------------------------------------------------

INDEFINITE_TERM = {"kk": kk.INDEFINITE_TERM, "ru": ru.INDEFINITE_TERM}
TERM_YEARS = _filled({"kk": kk.TERM_YEARS, "ru": ru.TERM_YEARS})
TACIT_RENEWAL = {"kk": kk.TACIT_RENEWAL, "ru": ru.TACIT_RENEWAL}
RENEWAL_PERIOD = {"kk": kk.RENEWAL_PERIOD, "ru": ru.RENEWAL_PERIOD}
UNTIL_CONDITION = {"kk": kk.UNTIL_CONDITION, "ru": ru.UNTIL_CONDITION}
# TERM_YEARS and UNTIL_CONDITION try a long alternation, or a scan to the end of the sentence, at every
# position, which is slow; every match of theirs holds one of these words, so a sentence without it is not searched
# (keep each language's cue in step with its pattern).
TERM_YEARS_CUE = _filled({"kk": kk.TERM_YEARS_CUE, "ru": ru.TERM_YEARS_CUE})
UNTIL_CONDITION_CUE = {"kk": kk.UNTIL_CONDITION_CUE, "ru": ru.UNTIL_CONDITION_CUE}
AFTER_ENTRY_INTO_FORCE_AND_KK = kk.AFTER_ENTRY_INTO_FORCE_AND_KK
EXPIRY_OF_PERIOD = _filled({"kk": kk.EXPIRY_OF_PERIOD, "ru": ru.EXPIRY_OF_PERIOD})

# --- termination -------------------------------------------------------------------------------------------------

TERMINATE = _filled({"kk": kk.TERMINATE, "ru": ru.TERMINATE})
TREATY_OPERATION = _filled({"kk": kk.TREATY_OPERATION, "ru": ru.TREATY_OPERATION})
DENOUNCE = _filled({"kk": kk.DENOUNCE, "ru": ru.DENOUNCE})
WITHDRAWAL = _filled({"kk": kk.WITHDRAWAL, "ru": ru.WITHDRAWAL})
EACH_PARTY = {"kk": kk.EACH_PARTY, "ru": ru.EACH_PARTY}
EITHER_PARTY = {"kk": kk.EITHER_PARTY, "ru": ru.EITHER_PARTY}
MUTUAL_AGREEMENT = {"kk": kk.MUTUAL_AGREEMENT, "ru": ru.MUTUAL_AGREEMENT}
WRITTEN_NOTIFICATION = _filled({"kk": kk.WRITTEN_NOTIFICATION, "ru": ru.WRITTEN_NOTIFICATION})
NOTIFICATION = _filled({"kk": kk.NOTIFICATION, "ru": ru.NOTIFICATION})
NOTICE_PERIOD = _filled({"kk": kk.NOTICE_PERIOD, "ru": ru.NOTICE_PERIOD})
NOTICE_BEFORE = _filled({"kk": kk.NOTICE_BEFORE, "ru": ru.NOTICE_BEFORE})
NOTICE_DAY = {"kk": kk.NOTICE_DAY, "ru": ru.NOTICE_DAY}
UNTIL_NOTICE = _filled({"kk": kk.UNTIL_NOTICE, "ru": ru.UNTIL_NOTICE})
ENDS_ON_EVENT = {"kk": kk.ENDS_ON_EVENT, "ru": ru.ENDS_ON_EVENT}
PARTIAL_SCOPE = {"kk": kk.PARTIAL_SCOPE, "ru": ru.PARTIAL_SCOPE}
FROM_RECEIPT = {"kk": kk.FROM_RECEIPT, "ru": ru.FROM_RECEIPT}
FROM_SENDING = {"kk": kk.FROM_SENDING, "ru": ru.FROM_SENDING}

# --- amendment ---------------------------------------------------------------------------------------------------

AMENDMENT = {"kk": kk.AMENDMENT, "ru": ru.AMENDMENT}
BY_SEPARATE_PROTOCOLS = {"kk": kk.BY_SEPARATE_PROTOCOLS, "ru": ru.BY_SEPARATE_PROTOCOLS}
BY_PROTOCOL = {"kk": kk.BY_PROTOCOL, "ru": ru.BY_PROTOCOL}
INTEGRAL_PART = {"kk": kk.INTEGRAL_PART, "ru": ru.INTEGRAL_PART}

# --- dispute settlement ------------------------------------------------------------------------------------------

DISPUTE = _filled({"kk": kk.DISPUTE, "ru": ru.DISPUTE})
SETTLE = _filled({"kk": kk.SETTLE, "ru": ru.SETTLE})
# The means of settlement, each found in a sentence of either language (both languages' wording): the clause lists
# them in the order the sentence names them.
DISPUTE_MEANS = labelled({"kk": kk.DISPUTE_MEANS,
                          "ru": {means: filled(cue) for means, cue in ru.DISPUTE_MEANS.items()}})

# --- working language --------------------------------------------------------------------------------------------

WORKING_LANGUAGE = {"kk": kk.WORKING_LANGUAGE, "ru": ru.WORKING_LANGUAGE}
WORKING_LANGUAGE_CUE = _filled({"kk": kk.WORKING_LANGUAGE_CUE, "ru": ru.WORKING_LANGUAGE_CUE})

# --- costs -------------------------------------------------------------------------------------------------------

COSTS = _filled({"kk": kk.COSTS, "ru": ru.COSTS})
OWN_COSTS = {"kk": kk.OWN_COSTS, "ru": ru.OWN_COSTS}
COSTS_AS_AGREED = {"kk": kk.COSTS_AS_AGREED, "ru": ru.COSTS_AS_AGREED}

# --- non-affection -----------------------------------------------------------------------------------------------

NOT_AFFECT = {"kk": kk.NOT_AFFECT, "ru": ru.NOT_AFFECT}
# What is not affected, each found in a sentence of either language (both languages' wording); the one named first
# wins, and of two at one place the one listed first.
NON_AFFECTION_SCOPES = labelled({"kk": kk.NON_AFFECTION_SCOPES, "ru": ru.NON_AFFECTION_SCOPES})

# --- authentic languages -----------------------------------------------------------------------------------------

EQUALLY_AUTHENTIC = {"kk": kk.EQUALLY_AUTHENTIC, "ru": ru.EQUALLY_AUTHENTIC}
