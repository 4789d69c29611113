"""The Kazakh suffix model: the endings a Kazakh noun or name takes, written out by kind, and the letters the rules
about them look at (lang/morphology.py matches terms with them, lang/inflection.py takes names back to the
nominative). No Kazakh analyser is installable here, so this table is the model; tests/unit/lang/test_kk_suffixes.py
tests it.

Vowel harmony and voicing pick one variant of each ending; all variants are allowed, since a form that does not
exist in the language never occurs in the text.
"""

from __future__ import annotations

PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# The third-person possessive: "құралы", "жүйесі"; after a vowel "-сы/-сі": "ұйымы", "кеңесі", "Республикасы".
POSSESSIVE = ("ы", "і", "сы", "сі")
POSSESSIVE_AFTER_VOWEL = ("сы", "сі")
CASES = (
    "ның", "нің", "дың", "дің", "тың", "тің",                  # genitive
    "ға", "ге", "қа", "ке",                                    # dative
    "ны", "ні", "ды", "ді", "ты", "ті",                        # accusative
    "да", "де", "та", "те",                                    # locative
    "дан", "ден", "тан", "тен", "нан", "нен",                  # ablative
    "мен", "бен", "пен",                                       # instrumental
    "дағы", "дегі", "тағы", "тегі",                            # locative + -ғы (adjectival)
)
# After a possessive: "құралы-ның", "жүйесі-не", "құралдары-н".
CASES_AFTER_POSSESSIVE = (
    "ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі",
)
# Final voiceless consonants that voice before a vowel: "криптографиялық" -> "криптографиялығы".
ALTERNATIONS = {"қ": "ғ", "к": "г", "п": "б"}
VOWELS = set("аәеиоөұүыіэюяё")
# The high vowels, which may drop before a vowel ending: "мүлік" -> "мүлкі", "орын" -> "орны".
HIGH_VOWELS = set("ыіұү")
# A word ending in one of these letters may already carry a possessive ("құралдары", "жүйесі") or an accusative.
POSSESSIVE_FINALS = "ыі"

# A place in the locative ("Газада", "Бішкекте", "Астанада"), or with its attributive -ғы ("Минсктегі"). The
# -нда/-нде forms follow a possessive ("қаласында") and are taken off only there.
LOCATIVE = ("дағы", "дегі", "тағы", "тегі", "да", "де", "та", "те")
POSSESSIVE_LOCATIVE = ("ндағы", "ндегі", "нда", "нде")
# A vowel that Kazakh writes between a final consonant cluster and a suffix: "Минск" -> "Минскіде".
EPENTHETIC = "ыі"
# The vowel letters, "у" included, that a possessive "-сы/-сі" follows.
VOWEL_LETTERS = set("аәеёиоөуұүыіэюя")
# Adjectives made from a name ("Қазақстандық Тарап", "ресейлік тарап"): not endings of the name itself.
ADJECTIVE = ("лық", "лік", "дық", "дік", "тық", "тік")
# Case endings after a 3rd person possessive ("Үкіметі-нің", "министрлігі-н") and on a bare stem ("Моңғолия-ның").
GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
ACCUSATIVE_ON_POSSESSIVE = "н"
# The accusative of a bare stem ("орталық-ты", "кеңес-ті", "орган-ды").
ACCUSATIVE_ON_STEM = ("ты", "ті", "ды", "ді", "ны", "ні")
# The stem is bare, not possessive, where an adjective in -ғы/-гі/-қы/-кі stands before it ("… жөніндегі
# орталықты"; a possessive "Департаменті" is a nominative).
ADJECTIVE_BEFORE = r"(?:ғы|гі|қы|кі)$"
