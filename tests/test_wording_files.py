"""The words a lawyer reviews: one file per language, the same keys and blanks in each, every key used by the code."""

from __future__ import annotations

import ast
import dataclasses
import enum
import re
import string
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk import wording
from lazeo_desk.domain import identity
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import heir_phrases, phrases, suggested_identity_items
from lazeo_desk.resources import RESOURCES_ENV, ResourceError

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = [language.value for language in Language]
# The tables read whole, field by field: their keys are those of the dataclasses they fill.
TABLES = {"identity": identity.IDENTITY_TEXTS, "letter": phrases.PHRASES, "heir": heir_phrases.HEIR_PHRASES}


# French elides "de" before "vos données" ("l'effacement de vos données"), so its sentence takes the other form.
_BLANKS_THAT_DIFFER = {"letter.rights_reminder": {"data", "of_data"}}


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_three_languages_have_the_same_keys_in_the_same_order() -> None:
    keys = {language: list(wording.entries(language)) for language in LANGUAGES}
    assert len(keys["en"]) > 300
    assert keys["nl"] == keys["en"]
    assert keys["fr"] == keys["en"]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_text_has_the_same_blanks_rule_and_repetition_as_in_english(language: str) -> None:
    english = wording.entries("en")
    for key, entry in wording.entries(language).items():
        if key in _BLANKS_THAT_DIFFER:
            assert _placeholders(entry.text) | _placeholders(english[key].text) <= _BLANKS_THAT_DIFFER[key]
        else:
            assert _placeholders(entry.text) == _placeholders(english[key].text), key
        assert entry.serves == english[key].serves, key
        assert entry.same_as == english[key].same_as, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_worded_and_names_the_rule_it_serves(language: str) -> None:
    for key, entry in wording.entries(language).items():
        assert entry.text.strip(), key
        assert entry.serves.strip(), key


def test_a_text_worded_once_reads_the_same_wherever_it_is_used() -> None:
    for language in LANGUAGES:
        words = wording.entries(language)
        repeats = [entry for entry in words.values() if entry.same_as]
        assert repeats
        for entry in repeats:
            assert not words[entry.same_as].same_as, f"{entry.key} repeats a repetition"
            assert entry.text == words[entry.same_as].text


def _flatten(value: object, prefix: str) -> Iterator[str]:
    """The keys a table was read from, as the wording module names them."""
    if isinstance(value, str):
        yield prefix
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            field_value = getattr(value, field.name)
            if field.default is dataclasses.MISSING or field_value != field.default:
                yield from _flatten(field_value, f"{prefix}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            parts = key if isinstance(key, tuple) else (key,)
            words = ".".join(str(part.value) if isinstance(part, enum.Enum) else str(part) for part in parts)
            yield from _flatten(item, f"{prefix}.{words}")
    elif isinstance(value, tuple):
        for number, item in enumerate(value, 1):
            yield from _flatten(item, f"{prefix}.{number}")
    else:
        raise AssertionError(f"{prefix}: not a text: {value!r}")


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("namespace", sorted(TABLES))
def test_a_table_reads_every_key_of_its_namespace_and_no_other(namespace: str, language: Language) -> None:
    read = list(_flatten(TABLES[namespace][language], namespace))
    in_file = [key for key in wording.entries(language) if key.startswith(namespace + ".")]
    assert sorted(read) == sorted(in_file)


def _key_arguments(node: ast.AST) -> Iterator[ast.expr]:
    """The expressions a key is given as: the argument of ``worded(…)``/``text(…)``, or a subscript."""
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in {"worded", "text"}:
            yield from node.args
    elif isinstance(node, ast.Subscript):
        yield node.slice


def _asked_for_in_code() -> tuple[set[str], list[re.Pattern[str]]]:
    """The keys the code asks for: plain strings, and f-strings whose blanks stand for one part of a key."""
    namespaces = {key.split(".", 1)[0] for key in wording.entries("en")} - set(TABLES)
    literals: set[str] = set()
    templates: list[re.Pattern[str]] = []
    for path in (ROOT / "lazeo_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for argument in _key_arguments(node):
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    if argument.value.split(".", 1)[0] in namespaces:
                        literals.add(argument.value)
                elif isinstance(argument, ast.JoinedStr):
                    first = argument.values[0]
                    if isinstance(first, ast.Constant) and str(first.value).split(".", 1)[0] in namespaces:
                        parts = [
                            re.escape(str(part.value)) if isinstance(part, ast.Constant) else r"[^.]+"
                            for part in argument.values
                        ]
                        templates.append(re.compile("".join(parts)))
    return literals, templates


def test_every_key_outside_the_tables_is_asked_for_by_the_code_and_every_key_asked_for_exists() -> None:
    literals, templates = _asked_for_in_code()
    keys = {key for key in wording.entries("en") if key.split(".", 1)[0] not in TABLES}
    assert literals and templates
    assert literals - keys == set(), "the code asks for keys the wording lacks"
    unused = {key for key in keys if key not in literals and not any(t.fullmatch(key) for t in templates)}
    assert unused == set(), "keys no code asks for"
    for template in templates:
        assert any(template.fullmatch(key) for key in keys), f"nothing in the wording matches {template.pattern}"


_BABEL_LOCALES = {"nl": "nl_BE", "fr": "fr_FR", "en": "en_GB"}


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), language=st.sampled_from(LANGUAGES))
def test_a_date_is_written_as_babel_writes_the_long_date_with_the_french_first_of_the_month(
    day: date, language: str
) -> None:
    expected = format_date(day, format="long", locale=_BABEL_LOCALES[language])
    if language == "fr" and day.day == 1:
        expected = "1er" + expected[1:]
    assert wording.long_date(day, language) == expected


def test_letters_and_the_identity_summary_write_the_first_of_april_alike() -> None:
    first = date(2026, 4, 1)
    assert phrases.long_date(first, Language.FR) == "1er avril 2026"
    assert identity.format_day(first, Language.FR) == "1er avril 2026"
    assert identity.format_day(first, Language.NL) == "1 april 2026"
    assert identity.format_day(date(2026, 3, 5), Language.EN) == "5 March 2026"


@pytest.mark.parametrize("language", list(Language))
def test_a_parent_is_asked_for_proof_of_authority_in_the_same_words_by_the_wizard_and_the_letter(
    language: Language,
) -> None:
    case = Case(
        jurisdiction=Jurisdiction.FR,
        language=language,
        channel=Channel.EMAIL,
        received=date(2026, 4, 8),
        rights=(Right.ACCESS,),
        subject=DataSubject(name="Léa Martin", birth_date=date(2016, 5, 1), minor=True),
        requester=Requester(relationship=Relationship.PARENT, name="Sophie Martin"),
    )
    wizard = identity.check_text(identity.Check.PARENTAL_AUTHORITY, language, Jurisdiction.FR)
    assert suggested_identity_items(case, language)[0] == wizard.ask


def test_the_domain_loads_the_wording_without_babel_or_qt() -> None:
    probe = (
        "import sys, pkgutil, importlib, lazeo_desk.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, prefix='lazeo_desk.domain.'): importlib.import_module(m.name)\n"
        "from lazeo_desk.domain import identity, organisation\n"
        "from lazeo_desk.domain.case import Language\n"
        "assert identity.IDENTITY_TEXTS[Language.FR].summary.one_of\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'babel', 'PySide6', 'sqlalchemy'}))\n"
    )
    finished = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "[]"


def test_a_missing_wording_file_is_named_in_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "letters").mkdir()
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    with pytest.raises(ResourceError, match="wording"):
        wording.entries.__wrapped__("fr")
