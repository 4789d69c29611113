"""The Kazakh wording of recitals: where one recital of a preamble ends and the next begins
(lang/recital_wording.py). A Kazakh recital ends with its head: "… ескере отырып", "… мақсатында"."""

from __future__ import annotations

import re

# Where a Kazakh recital ends inside a paragraph: at "отырып", "мақсатында" or "сәйкес" followed by a comma or a
# semicolon, and at a converb ("… сүйеніп,") that "сондай-ақ" (also) follows.
RECITAL_END = re.compile(r"(?<![\w-])(?:отырып|мақсатында|сәйкес)\s*[,;]\s+(?=\S)"
                     r"|(?<=[а-яәғқңөұүһі])(?:ып|іп|п)\s*,\s+(?=сондай-ақ\b)")
# A purpose phrase joined to the recital before it: "… ұмтыла отырып, сондай-ақ … мақсатында".
JOINED_PURPOSE = re.compile(r"^сондай-ақ\b.*мақсатында\W*$", re.S)
