"""The languages of the texts: every Kazakh and Russian word the other stages look for lives here, in tables.

Alphabets, the words that carry structure, dates, numbers, morphology, gazetteers of states, places and
international organisations, and the wording of the facts a treaty states. No other module spells a Kazakh or
Russian word: the words are in lang/kk/ and lang/ru/, one module per topic, and the other modules put the
languages together (tests/unit/test_architecture.py).
"""
