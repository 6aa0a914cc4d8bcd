"""Titles that name one office holder: الرئيس السوري on a date is the Syrian president of that date."""

from __future__ import annotations

from marsad.lang.ar.normalize import match_key

# Role-noun entry -> the role titles (people.yaml) it stands for.
OFFICE_TITLES: dict[str, tuple[str, ...]] = {
    "agent:president": ("president", "interim president", "transitional president"),
    "agent:head-of-state": ("president", "interim president", "king", "emir", "sultan"),
    "agent:vice-president": ("vice president", "first vice president"),
    "agent:king": ("king",),
    "agent:emir": ("emir",),
    "agent:crown-prince": ("crown prince", "crown prince and prime minister"),
    "agent:sultan": ("sultan",),
    "agent:prime-minister": ("prime minister", "premier", "head of government", "caretaker prime minister",
                             "crown prince and prime minister", "prime minister and interior minister"),
    "agent:foreign-minister": ("foreign minister", "foreign secretary", "secretary of state"),
    "agent:defence-minister": ("defence minister", "defence secretary", "secretary of defense",
                               "minister of the armed forces", "secretary of defense (secretary of war)"),
    "agent:interior-minister": ("interior minister", "home secretary", "prime minister and interior minister"),
    "agent:finance-minister": ("finance minister", "chancellor of the exchequer"),
    "agent:chief-of-staff": ("chief of the general staff", "chief of army staff", "chief of staff of the armed forces"),
    "agent:secretary-general": ("secretary-general",),
}
# Words after a title that say the person has left office (الرئيس الأمريكي السابق).
FORMER = frozenset(match_key(w) for w in (
    "\u0627\u0644\u0633\u0627\u0628\u0642", "\u0627\u0644\u0633\u0627\u0628\u0642\u0629",  # السابق السابقة
    "\u0627\u0644\u0623\u0633\u0628\u0642", "\u0627\u0644\u0631\u0627\u062d\u0644",  # الأسبق الراحل
    "\u0627\u0644\u0631\u0627\u062d\u0644\u0629", "\u0633\u0627\u0628\u0642",  # الراحلة سابق
    "\u0627\u0644\u0645\u062e\u0644\u0648\u0639", "\u0627\u0644\u0645\u0639\u0632\u0648\u0644",  # المخلوع المعزول
))
