"""The words of the exploration figures (explore/networks.py, explore/timeline.py) in Kazakh and Russian
(lang/kk/figures.py, lang/ru/figures.py), so that a figure drawn in one language reads in that language throughout;
the English words are the keys.

Each table is ``{language: {english: word}}``, with the languages of ``lang.wording.LANGUAGES``.
"""

from __future__ import annotations

from treatykg.lang.kk import figures as kk
from treatykg.lang.ru import figures as ru

RELATION_WORDS = {"kk": kk.RELATION_WORDS, "ru": ru.RELATION_WORDS}
EVENT_WORDS = {"kk": kk.EVENT_WORDS, "ru": ru.EVENT_WORDS}
