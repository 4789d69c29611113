"""``treatykg evaluate``: build the gold set the way a user does, read what the graph says about each language
version with the queries of queries/evaluate/, and compare it with the gold facts written by hand.

1. goldset: the acts and their gold files (gold/INDEX.json);
2. treatykg.build.corpus_build.build: every act read, parsed, extracted, graphed and validated, into a store;
3. reading: what the graph says about each language version (its named graph), in the gold files' shape;
4. fields and scoring: one check per gold field (per item for sets), each correct, correct-null, missing, wrong
   or invented;
5. invariants: what must hold for every act, with or without gold;
6. report: tables per field and per document, JSON for tools, and the floors that CI holds them to.
"""

from treatykg.evaluation.run import Evaluation, evaluate

__all__ = ["Evaluation", "evaluate"]
