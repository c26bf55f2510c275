"""Write pipeline/extract/data/currencies.yaml from the Unicode CLDR's English currency names.

    python tools/currencies_from_cldr.py   # with a Python that has Babel (CLDR's data)

Run by hand when CLDR changes, not at build time: Babel is no dependency of the package, the
YAML file it writes is. For each currency some territory uses as legal tender today, the
file maps its English display name, singular and plural ("Egyptian pound", "Egyptian
pounds"), to its ISO 4217 code. The bare currency nouns ("dollar", "pound", "peso") stay in
lexicon.yaml, by hand: most are shared by several currencies, and a document's own "dollar"
is decided there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "extract" / "data" / "currencies.yaml"


def current_codes() -> set[str]:
    territories = get_global("territory_currencies")
    today = date.today()
    return {
        code
        for territory in territories
        for code in get_territory_currencies(territory, start_date=today, tender=True)
    }


def names(code: str) -> set[str]:
    english = Locale("en")
    found = {english.currencies.get(code, ""), get_currency_name(code, 1, "en")}
    found.add(get_currency_name(code, 2, "en"))
    # A display name of one word is a bare noun ("Euro"): lexicon.yaml decides those.
    return {n.casefold() for n in found if n and " " in n and n != code}


def main() -> None:
    lines = [
        "# English currency names from the Unicode CLDR (tools/currencies_from_cldr.py writes",
        "# this file; do not edit by hand). Each name, singular and plural, with its ISO 4217",
        "# code, for the currencies some territory uses as legal tender (matched whatever the",
        "# case).",
        "names:",
    ]
    for code in sorted(current_codes()):
        for name in sorted(names(code)):
            lines.append(f'  "{name}": {code}')
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
