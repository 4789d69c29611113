"""The Russian wording of recitals: where one recital of a preamble ends and the next begins
(lang/recital_wording.py). A Russian recital opens with its head: "учитывая …", "руководствуясь …", "в целях …"."""

from __future__ import annotations

import re

# A purpose or prepositional opener of a Russian recital.
PURPOSE = re.compile(r"(?:в\s+целях|с\s+целью|в\s+соответствии\s+с|в\s+качестве|имея\s+в\s+виду|в\s+интересах)\b",
                        re.I)
# Words that may stand before a recital's head: "вновь подтверждая", "а также, придавая".
BEFORE_HEAD = {"вновь", "также", "далее", "а", "и", "особо", "глубоко", "твердо"}
# A purpose phrase joined to the recital before it: "стремясь …, а также с целью …".
JOINED_PURPOSE = re.compile(r"^а\s+также\s+(?:с\s+целью|в\s+целях)\b", re.I)
# Inside a paragraph only these purpose openers begin a recital ("в соответствии с" there governs a phrase).
PURPOSE_INSIDE = re.compile(r"(?:в\s+целях|с\s+целью)\b", re.I)
