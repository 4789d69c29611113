"""The Russian wording of defined terms (lang/term_wording.py puts the languages together): the intro of a
definitions list, the words that close a definition, "a kind of" cues, coordinators, the heading of a definitions
article and the sentences that define one term."""

from __future__ import annotations

# "The terms used in this Agreement mean:" in its usual wordings. A list is a definitions list when its intro names
# terms ("термин", "понятие") and says what they mean or how they are used: "используемые термины
# означают:". The intro of a treaty in either language is read with both languages' wording.
DEFINITIONS_INTRO = (r"(?:термин|понят)\w*[\s,].*?(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)"
          r"|(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)\s.*?(?:термин|понят)\w*")
# "and" / "or" at the end of the next-to-last item of a list: "...; или"
LIST_CONJUNCTION = r"и|или"
# "X is a kind of Y": Russian puts the genus after "вид" / "разновидность" ("вид защиты информации"): searched at the
# end of the text before the use.
KIND_OF = (r"(?<!\w)(?:вид|видом|виду|вида|подвид|подвидом|разновидность|разновидностью|разновидности"
          r"|(?:один|одним|одна|одной)\s+из\s+(?:видов|разновидностей))\s+$")
# A modifier coordinated with a term's modifier, in a shared phrase: uses both and. Either language's coordinators are
# allowed in a term of either language (lang.morphology.term_pattern).
COORDINATORS = r"и|или"
# The heading of an article that gives definitions: "Термины", "Определения", "Основные понятия". "термин" is matched
# as a word, not in "терминал".
DEFINITIONS_HEADING = r"(?<!\w)(?:термин(?:ы|ов)?|определени[ея]|понятия|понятий)(?!\w)"
# The words that open a sentence or an item before a term: "Для целей настоящего Соглашения", "В настоящем
# Соглашении".
LEAD = (r"(?:(?:Для\s+целей|В\s+целях)\s+настоящ\w+\s+\w+|В\s+настоящем\s+\w+)"
          r"(?:\s+и\s+[^«\"“„,:;]{0,60}?)?\s*,?\s+")
# The verb that joins a term and its definition in the middle: "«X» означает Y".
MEANS = r"означа(?:ет|ют)|обознача(?:ет|ют)|понима(?:ется|ются)"
# The verb that ends a Kazakh definition
MEANS_AT_END = r"(?!x)x"
# The noun that names a term in an explicit term sentence: "термин «X» означает".
TERM_NOUN = r"термин|понятие|понятия|выражение|словосочетание"
# "The following", standing for the list that gives the definition: "«X» означает:".
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
