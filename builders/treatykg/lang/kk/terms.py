"""The Kazakh wording of defined terms (lang/term_wording.py puts the languages together): the intro of a
definitions list, the words that close a definition, "a kind of" cues, coordinators, the heading of a definitions
article and the sentences that define one term."""

from __future__ import annotations

# "The terms used in this Agreement mean:" in its usual wordings. A list is a definitions list when its
# intro names terms (ұғым, термин, түсінік; термин, понятие) and says what they mean or how they are used:
# "Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:", "используемые термины означают:". The intro of a
# treaty in either language is read with both languages' wording.
DEFINITIONS_INTRO = (r"(?:ұғым|термин|түсінік)\w*[\s,].*?(?:білдіреді|мағына\w*|пайдаланылады|қолданылады|түсініледі)"
          r"|мағына\w*\s+(?:білдіреді|береді|пайдаланылады|қолданылады)")
# "and" / "or" at the end of the next-to-last item of a list: "...; және", "...; или"
LIST_CONJUNCTION = r"және|немесе"
# "X is a kind of Y": Kazakh puts the genus before түрі (ақпаратты қорғау түрі, ... қорғаудың бір түрі): matched
# right after the use of the genus; Russian after вид / разновидность (вид защиты информации): searched at the end
# of the text before the use.
KIND_OF = r"^\s+(?:бір\s+)?(?:түрі|түрінің|түрлерінің\s+бірі|түрлерінің\s+бір)(?!\w)"
# A modifier coordinated with a term's modifier, in a shared phrase: "ақпаратты техникалық және
# криптографиялық қорғау" uses both "ақпаратты техникалық қорғау" and "ақпаратты криптографиялық қорғау".
# Either language's coordinators are allowed in a term of either language (lang.morphology.term_pattern).
COORDINATORS = r"және|мен|немесе"
# The heading of an article that gives definitions: "Термины", "Определения", "Основные понятия"; "Терминдер",
# "Анықтамалар", "Осы Келісімде пайдаланылатын терминдер". "термин" is matched as a word, not in "терминал".
DEFINITIONS_HEADING = r"(?<!\w)(?:термин(?:дер\w*)?|ұғым(?:дар\w*)?|анықтама(?:лар\w*)?)(?!\w)"
# The words that open a sentence or an item before a term: "Для целей настоящего Соглашения", "В настоящем
# Соглашении"; "Осы Келісімде", "Осы Келісімнің мақсаттары үшін", "Осы Шарттың тексті бойынша қолданылатын".
LEAD = (r"Осы\s+\w+(?:\s+(?:мақсаттары|мақсаты)\s+үшін|\s+мақсатында|\s+тексті\s+бойынша)?"
          r"(?:\s+(?:пайдаланылатын|қолданылатын|келтірілген))?\s*,?\s+")
# The verb that joins a term and its definition in the middle: "«X» означает Y", "«X» дегеніміз Y".
MEANS = r"дегеніміз"
# The verb that ends a Kazakh definition: "«Үкімет» Қазақстан Республикасының Үкіметін білдіреді."
MEANS_AT_END = r"(?:дегенді\s+)?(?:білдіреді|түсініледі|түсіндіріледі|ұғынылады)"
# The noun that names a term in an explicit term sentence: "термин «X» означает", "«X» термині", "«X» деген термин",
# "«X» ұғымы".
TERM_NOUN = r"(?:деген\s+)?(?:термин|ұғым|сөз|тіркес)(?:і|ы)?"
# "The following", standing for the list that gives the definition: "«X» деген термин мыналарды білдіреді:",
# "«X» означает:".
LIST_POINTER = r"мыналарды|мыналар|төмендегілерді|төмендегілер"
# A term noun in the locative after the term: "Осы Келісімнің мақсаттары үшін X тіркесінде Y түсіндіріледі".
TERM_NOUN_LOCATIVE = r"тіркесінде|терминінде|ұғымында|сөзінде"
# "«X» деп Y түсініледі": the term "called" Y (not "деп аталатын", named so).
CALLED = r"деп\s+(?!атал)"
# Words that never inflect inside a term: "және", "мен", "немесе", "үшін", "бойынша", "туралы".
FUNCTION_WORDS = {"және", "мен", "бен", "пен", "немесе", "не", "үшін", "бойынша", "арқылы", "туралы", "да", "де"}
