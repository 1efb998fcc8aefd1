"""Plain-language explanations of the technical words left on presenter cards (shown as tooltips)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

GLOSSARY: dict[str, tuple[str, str]] = {
    "pue": (
        QT_TRANSLATE_NOOP("Glossary", "PUE"),
        QT_TRANSLATE_NOOP("Glossary", "Power Usage Effectiveness: all the electricity the site uses divided by what the "
                                      "computers alone use. 1.0 would mean no energy at all for cooling; 1.2 means 20 % more."),
    ),
    "dba": (
        QT_TRANSLATE_NOOP("Glossary", "dB(A)"),
        QT_TRANSLATE_NOOP("Glossary", "Decibels weighted as the human ear hears: 30 dB(A) is a quiet bedroom, 40 a quiet "
                                      "street at night, 50 a calm office. +10 dB(A) sounds about twice as loud."),
    ),
    "rule": (
        QT_TRANSLATE_NOOP("Glossary", "the rule"),
        QT_TRANSLATE_NOOP("Glossary", "French rule for classified installations (ICPE, order of 23 January 1997): with "
                                      "the campus running, the noise at homes may exceed the usual background by at most "
                                      "5 dB(A) by day and 3 dB(A) at night (6 and 4 where the total stays between 35 and 45 dB(A))."),
    ),
    "district": (
        QT_TRANSLATE_NOOP("Glossary", "district heating"),
        QT_TRANSLATE_NOOP("Glossary", "A network of insulated hot-water pipes that heats homes and buildings of a town "
                                      "from a central source, here the heat recovered from the servers."),
    ),
    "warmer": (
        QT_TRANSLATE_NOOP("Glossary", "°C warmer"),
        QT_TRANSLATE_NOOP("Glossary", "How much warmer the air is than it would be without the campus, at the same place "
                                      "and time. The pale veil in the view marks air 2 °C warmer: invisible in life, it "
                                      "is not smoke."),
    ),
}
"""Term id -> (term, explanation), English sources."""


def glossary_html(term_ids: tuple[str, ...] | list[str]) -> str:
    """A tooltip explaining the given terms, in the language in force (empty when none)."""
    rows = []
    for term_id in term_ids:
        if term_id in GLOSSARY:
            term, text = GLOSSARY[term_id]
            rows.append(f"<p><b>{QCoreApplication.translate('Glossary', term)}</b>: {QCoreApplication.translate('Glossary', text)}</p>")
    return "".join(rows)
