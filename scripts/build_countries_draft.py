"""Draft the country list for src/marsad/data/actors/countries.yaml.

This is where the first draft of countries.yaml came from: the 193 UN member states plus
the extra entities the coding guide needs (PSE, KOS, TWN, ESH, VAT), with the English
name from pycountry and the Arabic name from the CLDR data shipped with babel
(``Locale('ar').territories``), stripped of diacritics and parenthesised glosses.

The committed YAML was then enriched by hand (spelling variants used in Arabic news,
nisba adjectives, broken plurals, capitals, seats of power): the YAML is the product,
and this script is not re-run over it. Usage::

    python scripts/build_countries_draft.py > /tmp/countries.draft.yaml
"""

from __future__ import annotations

import re
import sys

import pycountry
from babel import Locale

from marsad.lang.ar.normalize import normalize

UN_MEMBERS = ["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"]

# Not UN members, but actors in Arabic news. KOS is the coding guide's code for Kosovo
# (ISO has no alpha-3 for it; CLDR's territory code is XK).
EXTRAS = {"PSE": "PS", "KOS": "XK", "TWN": "TW", "ESH": "EH", "VAT": "VA"}
ENGLISH_OVERRIDES = {"KOS": "Kosovo", "PSE": "Palestine", "TWN": "Taiwan", "VAT": "Vatican City"}


def arabic(alpha_2: str, territories: dict[str, str]) -> str:
    name = territories.get(alpha_2, "")
    name = re.sub(r"\s*\(.*?\)", "", name)  # "ميانمار (بورما)" -> "ميانمار"
    return normalize(name).strip()


def main() -> int:
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193
    territories = Locale("ar").territories
    out = sys.stdout
    out.write('name: countries\nversion: "0.0.0"\nschema: marsad.actors.countries/1\nentries:\n')
    codes = [(c, pycountry.countries.get(alpha_3=c).alpha_2) for c in UN_MEMBERS]
    codes += list(EXTRAS.items())
    for alpha_3, alpha_2 in sorted(codes):
        country = pycountry.countries.get(alpha_2=alpha_2)
        english = ENGLISH_OVERRIDES.get(alpha_3) or getattr(country, "common_name", None) or country.name
        out.write(f"- id: {alpha_3}\n  name: {english}\n")
        out.write(f"  names: [{arabic(alpha_2, territories)}]\n")
        out.write("  adjectives: []\n  plurals: []\n  capitals: []\n  seats: []\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
