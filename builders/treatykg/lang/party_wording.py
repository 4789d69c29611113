"""How texts name the parties, their sides and the competent authorities they designate."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

# An authority that is a ministry (any other designated authority is an agency).
MINISTRY = re.compile(r"министрлі|Министерств")

# Competent authorities: a list that designates them, and a provision that leaves them to a later notification.
COMPETENT = re.compile(r"құзыретті\s+(?:орган|ұйым)|компетентн\w*\s+(?:орган|организаци)", re.I)
NOTIFY_COMPETENT = re.compile(
    r"(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)\w*[^.]{0,120}(?:компетентн|құзыретті)"
    r"|(?:компетентн|құзыретті)[^.]{0,120}(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)", re.I)
# "Қазақстан Республикасынан – Ұлттық қауіпсіздік комитеті": the side, a dash, the authority.
DESIGNATION_ITEM = re.compile(r"^(?P<side>[^–—-]{3,80}?)\s+[-–—]\s+(?P<authority>.+)$")
AUTHORITY_TAIL = re.compile(
    r"\s*(?:құзыретті\s+органдар\s+деп\s+белгілейді|құзыретті\s+ұйымдар\s+деп\s+белгілейді)\.?\s*$")
# Between two authorities named in one item: a comma, or "және"/"и" before the next authority's head words.
BETWEEN_AUTHORITIES = re.compile(
    rf",\s+(?=[{CYR_UPPER}])|\s+(?:және|и)\s+(?=(?:[{CYR_UPPER}]\w+\s+){{0,2}}"
    rf"(?:Республик|Министерств|Комитет|Государствен|Агентств))")
