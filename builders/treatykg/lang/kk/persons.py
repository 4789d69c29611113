"""The Kazakh wording of persons in acts (lang/person_wording.py puts the languages together): who is authorised to
sign or conclude a treaty, and the dative of a name."""

from __future__ import annotations

# The offices an authorised person holds, last in the office: "… Сыртқы істер министрі Ержан Хозеұлы Қазыхановқа …
# өкілеттік берілсін".
AUTHORISED_OFFICES = (r"министрі|Министрі|Төрағасы|төрағасы|орынбасары|Елшісі|елшісі|басшысы|Басшысы|Президенті"
                      r"|Премьер-Министрі")
# What grants the authority, after the name: "өкілеттік берілсін", "уәкілеттік берілсін".
AUTHORITY_GRANTED = r"(?:өкілеттік|уәкілеттік)\s+берілсін"
# A word that all the matches of such an authorisation hold (tried first, because the pattern is slow to fail).
AUTHORITY_GRANTED_CUE = "берілсін"
# A body of the state charged to conclude or sign the treaty on the Government's behalf: "Қазақстан Республикасының
# Сыртқы істер министрлігі … аталған Келісімді Қазақстан Республикасының Үкіметі атынан жасассын".
STATE = r"Қазақстан\s+Республикасы(?:ның)?"
BODY = r"(?:министрлігі|комитеті|агенттігі|елшілігі|Елшілігі|банкі|Банкі)"
ON_GOVERNMENTS_BEHALF = r"Үкіметі\s+атынан\s+(?:жасассын|қол\s+қойсын)"
ON_BEHALF_CUE = "атынан"
# The dative of a name ("Қазыхановқа", "Ержановке"): the ending, and the surname endings it may follow.
DATIVE = r"(?:қа|ке|ға|ге|на|не|а|е)$"
DATIVE_SURNAME = r"(?:ов|ев|ин|ұлы|қызы)(?:қа|ке|ға|ге|а|е)$"
