"""The Russian wording of defined terms (lang/term_wording.py puts the languages together): the intro of a
definitions list, the words that close a definition, "a kind of" cues, coordinators, the heading of a definitions
article and the sentences that define one term."""

from __future__ import annotations

# "The terms used in this Agreement mean:" in its usual wordings. A list is a definitions list when its
# treaty in either language is read with both languages' wording.
DEFINITIONS_INTRO = (r"(?:термин|понят)\w*[\s,].*?(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)"
          r"|(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)\s.*?(?:термин|понят)\w*")
LIST_CONJUNCTION = r"и|или"
# right after the use of the genus; Russian after вид / разновидность (вид защиты информации): searched at the end
# of the text before the use.
KIND_OF = (r"(?<!\w)(?:вид|видом|виду|вида|подвид|подвидом|разновидность|разновидностью|разновидности"
          r"|(?:один|одним|одна|одной)\s+из\s+(?:видов|разновидностей))\s+$")
# Either language's coordinators are allowed in a term of either language (lang.morphology.term_pattern).
COORDINATORS = r"и|или"
# The heading of an article that gives definitions: "Термины", "Определения", "Основные понятия"; "Терминдер",
DEFINITIONS_HEADING = r"(?<!\w)(?:термин(?:ы|ов)?|определени[ея]|понятия|понятий)(?!\w)"
# The words that open a sentence or an item before a term: "Для целей настоящего Соглашения", "В настоящем
LEAD = (r"(?:(?:Для\s+целей|В\s+целях)\s+настоящ\w+\s+\w+|В\s+настоящем\s+\w+)"
          r"(?:\s+и\s+[^«\"“„,:;]{0,60}?)?\s*,?\s+")
MEANS = r"означа(?:ет|ют)|обознача(?:ет|ют)|понима(?:ется|ются)"
MEANS_AT_END = r"(?!x)x"
TERM_NOUN = r"термин|понятие|понятия|выражение|словосочетание"
# "«X» означает:".
LIST_POINTER = r"следующее|нижеследующее|следующие|следующих"
# The verbs of an explicit term sentence: "термин «X» означает / обозначает / понимается / включает / охватывает / имеет
# значение Y".
TERM_SENTENCE_VERB = r"означа\w*|обознача\w*|понима\w*|включа\w*|охватыва\w*|име\w+\s+значение"
# "под X понимается Y": the preposition before the term (in the instrumental) and the verb after it ("под оборотом …
# понимается").
UNDER = r"под"
UNDERSTOOD = r"понима(?:ется|ются)"
# Words that never inflect inside a term: conjunctions and prepositions.
FUNCTION_WORDS = {"и", "или", "в", "во", "на", "по", "от", "до", "для", "при", "без", "с", "со", "к", "ко",
                  "из", "о", "об", "за", "между", "а", "не"}
