"""Norms: obligations, permissions, prohibitions and rights, with their bearer and the cue that decided them.

Unit. A norm is read from each sentence of a provision (paragraph, list intro, list item). Almost every
provision holds one sentence, so this is one Norm per normative provision; a paragraph whose sentences carry
different norms (148550 Art. 10 para 1: the requested Party takes measures, may ask for more, informs) gives
one Norm per such sentence, all with the provision's eId.

How a Norm is assembled from the grammar of lang/norm_wording.py (which reads the bearer, the main clause,
whether the treaty is the subject, and the modality, in Kazakh and in Russian; its docstring lists the wording):
  - bearer: the one named in the sentence's main clause, else anywhere in it; a list item without a bearer of
    its own takes the bearer of its intro (seed Art. 5: "the competent authorities of the Parties:"); failing
    both, any mention of the Parties makes them the bearer ("by mutual agreement of the Parties … may be made"
    -> parties); else other;
  - modality: Kazakh from the end of the sentence, Russian from its core (with the bearer: "may" + infinitive
    is a right of one Party); the Kazakh converb + "can" is a right only when one Party holds it (each-party,
    party), else a permission, so that "each of the Parties may terminate" is a right of each party in both
    languages;
  - statements are skipped, consistently: a sentence whose predicate only states a fact is not a norm of anyone
    and yields no Norm (modality ``statement`` is never emitted). So are sentences whose subject is the treaty
    itself or its operation ("this Agreement shall enter into force …", "this Agreement shall not affect …") and
    "nothing in …" clauses, unless a modal word gives a Party a permission or right ("the operation of this
    Agreement … may be terminated by any Party"); the items of an intro about the treaty ("the provisions of
    paragraph 1 of this Article …:") too, unless they name a bearer of their own. These clauses are covered by
    facts/clauses.py where they are typed (entry into force, working language ...). The wording of each example,
    in both languages, is in the docstring of lang/norm_wording.py.
``bearer_text`` is the phrase as written ("" when there is none); ``action`` is the sentence without the bearer
(kept whole when the bearer is only a mention; for an item with the intro's bearer, the item text); ``cue`` is
the word or words that decided the modality.
"""

from __future__ import annotations

import re

from treatykg.facts.provisions import Provision, evidence, provisions
from treatykg.facts.types import Norm
from treatykg.lang.norm_wording import (
    KK_CAN_CUE,
    OPENING_MARKER,
    PARTY_BEARERS,
    about_treaty,
    find_bearer,
    kazakh_modality,
    main_clause,
    parties_mentioned,
    russian_modality,
)
from treatykg.lang.sentences import split_sentences
from treatykg.text.document import Treaty

# --- the extractor -----------------------------------------------------------------------------------------------


def _strip_marker(text: str) -> str:
    return OPENING_MARKER.sub("", text).strip()


def _action(sentence: str, bearer_text: str, at: int | None) -> str:
    if bearer_text and at is not None and sentence[at:at + len(bearer_text)] == bearer_text:
        sentence = sentence[:at] + sentence[at + len(bearer_text):]
    sentence = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", sentence))
    return _strip_marker(sentence.strip(" ,"))


def _norms_of(provision: Provision, language: str, intro_bearer: tuple[str, str] | None,
              intro_about: bool = False) -> list[Norm]:
    out = []
    for sentence in split_sentences(provision.text):
        own = find_bearer(sentence, language)
        inherited = own is None and intro_bearer is not None and intro_bearer[0] != "other"
        if own:
            kind, text, at = own
        elif inherited and intro_bearer is not None:
            (kind, text), at = intro_bearer, None
        else:
            fallback = parties_mentioned(main_clause(sentence), language) or parties_mentioned(sentence, language)
            if fallback:
                kind, text, at = fallback[0], fallback[1], None   # a mention, not the subject: keep the action whole
            else:
                kind, text, at = "other", "", None
        modality = (kazakh_modality(sentence) if language == "kk"
                    else russian_modality(sentence, kind) if language == "ru"
                    else (kazakh_modality(sentence) or russian_modality(sentence, kind)))
        if modality is None or modality[0] == "statement":
            continue
        mode, cue = modality
        if mode == "right" and language != "ru" and KK_CAN_CUE.search(cue) and kind not in PARTY_BEARERS:
            mode = "permission"   # the Kazakh converb + "can" by the Parties together or an authority: they may
        about = about_treaty(sentence, language) or (intro_about and own is None)
        if about and not (mode in ("permission", "right") and kind != "other"):
            continue
        action = _strip_marker(sentence) if inherited else _action(sentence, text, at)
        out.append(Norm(mode, kind, text, action, cue, provision.eid,
                        evidence(provision.node, eid=provision.eid, text=sentence)))
    return out


def extract_norms(treaty: Treaty, language: str, provision_list: list[Provision] | None = None) -> list[Norm]:
    """Every norm of the treaty (and of its protocols), in document order; statements are skipped.
    ``provision_list``, when given, is ``provisions(treaty)``."""
    out: list[Norm] = []
    intros: dict[str, tuple[tuple[str, str], bool]] = {}
    for provision in provisions(treaty) if provision_list is None else provision_list:
        if provision.eid.endswith("__intro"):
            found = find_bearer(provision.text, language)
            # an intro about the treaty ("the provisions of paragraph 1 of this Article …:") makes its items
            # statements too
            intros[provision.eid[: -len("__intro")]] = ((found[0], found[1]) if found else ("other", ""),
                                                        about_treaty(provision.text, language))
        bearer, about = None, False
        if "__item_" in provision.eid:
            bearer, about = intros.get(provision.eid.rsplit("__item_", 1)[0], (("other", ""), False))
        out.extend(_norms_of(provision, language, bearer, about))
    return out
