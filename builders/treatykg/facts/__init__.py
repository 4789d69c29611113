"""Stage 2, facts: what the text states, read from the document model, each fact with the passage it came from.

Every fact is made here and only here: the act's requisites and its relation to the treaty, parties, sides and
authorities, persons, dates and places, citations, typed clauses, norms, defined terms, and the points where the
kk and ru versions disagree. An unknown value stays None.
"""
