"""Capitalised words as Vietnamese and foreign names write them: the capital letters, a
capitalised syllable, a run of them (a name, a place, an organization's words).

Takes: nothing (patterns). Gives: :data:`UPPER`, :data:`SYLLABLE` and :data:`RUN`, read by
the titles, the people and the awards.
"""

from __future__ import annotations

import re

from dnnd_data.extract.sentences import LOWER

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴÄÖÜÇÑÅØÆËÏÎŒÛŸ"
# A capitalised syllable; Central Highlands names may open on "H'" or "K'", joined or
# spaced ("H'Kim", "K' Mák"); Gaelic ones keep a capital after "Mc"/"Mac" ("McAuliffe").
SYLLABLE = (
    rf"[{UPPER}](?:['’] ?[{UPPER}]|(?<=M)a?c[{UPPER}](?=[{LOWER}]))?[{LOWER}]*"
    rf"(?:-[{UPPER}]?[{LOWER}]+)*"
)
# A run of capitalised syllables. The first letter comes before the check that no word
# runs into it ("(?<![\w-][UPPER])"), so the regex engine skips straight to capitals. It
# does not end on an initial ("Nguyễn V. Giang" is no "Nguyễn V").
RUN = re.compile(
    rf"[{UPPER}](?<![\w-][{UPPER}])(?:['’] ?[{UPPER}])?[{LOWER}]*(?:-[{UPPER}]?[{LOWER}]+)*"
    rf"(?: {SYLLABLE})*(?![\w-])(?!(?<= [{UPPER}])\.)"
)
