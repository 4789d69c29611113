"""The Kazakh wording of the approving act (lang/act_wording.py puts the languages together): its type, its header,
its enacting formula, its issuers and the verbs by which it approves or ratifies a treaty."""

from __future__ import annotations

# The word that names an act's type, by canonical type (the values are ours, in English): "қаулы", "Жарлығы", "Заңы".
ACT_TYPES = {"resolution": r"қаулы", "decree": r"жарлы", "law": r"заң"}
# The issuer in the genitive in an act's header: "Қазақстан Республикасы Үкіметінің 1996 жылғы 20 наурыздағы № 337".
ISSUER_GENITIVE = r"Үкіметінің|Үкіметiнiң|Президентінің|Парламентінің"
# A header that ends in the act's type after its number: "… № 337 қаулысы".
ACT_HEADER_NUMBER_FIRST = r"(?:№|N)\s*\d+[\w\-/]*\s*(?:Қаулысы|Жарлығы|Заңы|қаулысы|жарлығы|заңы)\s*$"
# The word of the header that names the act's type: Kazakh puts it last.
ACT_TYPE_WORD = r"(Қаулысы|Жарлығы|Заңы)\s*$"
# "ҚАУЛЫ ЕТЕДІ:", "қаулы етемін:"
ENACTING_FORMULA = r"ҚАУЛЫ\s+ЕТЕДІ|қаулы\s+етеді|ҚАУЛЫ\s+ЕТЕМІН|қаулы\s+етемін"
# The first person of the enacting formula: a decree of the President.
PRESIDENTIAL_FORMULA = r"ЕТЕМІН|етемін"
# An issuer that is the Government: "Үкіметі".
GOVERNMENT = r"Үкімет"
# The parliament: the Supreme Council of 1990-1995, then the Parliament and its chambers.
PARLIAMENT = r"Жоғарғы\s+Кеңес"
PARLIAMENT_CHAMBERS = r"Мәжіліс"
# A signer who is the President (the word is the same in both languages).
PRESIDENT = r"Президент"
# How a point of the act relates it to the treaty, by relation: "Келісімнің жобасы мақұлдансын", "Шарт
# ратификациялансын", "Келісім бекітілсін".
APPROVALS = {"approves-draft": r"жобасы\s+мақұлдансын", "ratifies": r"ратификациялансын", "approves": r"бекітілсін"}
