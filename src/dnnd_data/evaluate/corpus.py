"""Score a release against a labelled corpus (``labels.json``, the dev corpus's format).

Takes: a release folder and the corpus labels. Gives: per field, precision, recall and F1
(or accuracy for the per-article event fields), and every miss (file, field, expected,
got). The matching rules are those of the reference scorer the corpus ships with (names
normalised per article, positions by comma-separated parts, event fields through the
article's first linked event), so both give the same figures; on top of it, event fields
also count what was *predicted* where the label has nothing (precision).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import duckdb

from dnnd_data.evaluate.report import CorpusReport, Count
from dnnd_data.evaluate.roles import score_roles
from dnnd_data.sql import sql_string

OLD_TONE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
KIND_OF_LABEL = {
    "annual_review_conference": {"annual_review", "local_review"},
    "local_review_conference": {"local_review"},
    "plan_deployment_conference": {"plan_deployment"},
    "national_conference": {"national_conference"},
    "directive_review": {"directive_review"},
    "congress": {"congress"},
    "anniversary": {"anniversary"},
    "award_ceremony": {"award_ceremony"},
    "reception_or_exchange": {"reception_or_exchange"},
    "other_event": {"other"},
    "not_an_event": set(),
}
TABLES = (
    *("articles", "events", "event_sources", "people", "participations", "person_mentions"),
    *("organizations", "documents", "document_mentions", "awards"),
)


def norm(text: object) -> str:
    """Case-folded, NFC, modern tone marks, one space; edge punctuation dropped."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text)).replace("\u00d0", "Đ").casefold()
    for old, new in OLD_TONE.items():
        s = re.sub(rf"(?<!q){old}(?![\w])", new, s)
    s = s.replace("t.ư", "trung ương").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip(" .,;:-\"'“”")


def org_norm(text: object) -> str:
    """:func:`norm`, with TW spelled out and a trailing 'Đảng' dropped."""
    s = re.sub(r"\btw\b", "trung ương", norm(text))
    return re.sub(r" đảng$", "", s)


def close(a: object, b: object) -> bool:
    """Equal or contained in each other, once normalised."""
    x, y = norm(a), norm(b)
    return bool(x) and bool(y) and (x == y or x in y or y in x)


def atoms(position: object) -> set[str]:
    """A position's comma- or semicolon-separated parts, normalised."""
    if not position:
        return set()
    return {norm(p) for p in re.split(r",|;", str(position)) if norm(p)}


def doc_token(doc: dict[str, Any]) -> str:
    """What a build must show of a cited document: its number, else its name."""
    if doc.get("number"):
        return str(doc["number"])
    text = str(doc.get("as_written") or doc.get("name") or "")
    match = re.search(r"\d{1,3}-[A-ZĐ]{2,3}/[A-ZĐ]{2,4}", text)
    return match.group(0) if match else text


def _people(label: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key in ("chair_people", "directing_people", "other_speakers", "notable_attendees"):
        for person in label.get(key) or []:
            if person.get("name"):
                out[norm(person["name"])] = atoms(person.get("position"))
    return out


class _Release:
    """The release's tables, queried per article."""

    def __init__(self, folder: Path) -> None:
        self.con = duckdb.connect()
        for table in TABLES:
            path = folder / f"{table}.parquet"
            if path.exists():
                self.con.execute(
                    f"CREATE VIEW {table} AS SELECT * FROM read_parquet({sql_string(str(path))})"
                )
        self.has_mentions = (folder / "person_mentions.parquet").exists()
        rows = self.q("SELECT article_id, source_path FROM articles")
        self.article_of = {Path(path).name: aid for aid, path in rows}
        self.org_names: dict[str, set[str]] = {}
        for org_id, name, acronym, aliases in self.q(
            "SELECT org_id, name, acronym, aliases FROM organizations"
        ):
            self.org_names[org_id] = {org_norm(n) for n in [name, acronym, *(aliases or [])] if n}

    def q(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def people(self, aid: str) -> dict[str, set[str]]:
        rows = self.q(
            "SELECT p.full_name, pa.position FROM participations pa JOIN people p "
            "USING (person_id) WHERE pa.article_id = ?",
            aid,
        )
        if self.has_mentions:
            rows += self.q(
                "SELECT p.full_name, m.position FROM person_mentions m JOIN people p "
                "USING (person_id) WHERE m.article_id = ?",
                aid,
            )
        got: dict[str, set[str]] = {}
        for name, position in rows:
            got.setdefault(norm(name), set()).update(atoms(position))
        return got

    def roles(self, aid: str) -> dict[str, set[str]]:
        rows = self.q(
            "SELECT p.full_name, pa.role FROM participations pa JOIN people p "
            "USING (person_id) WHERE pa.article_id = ?",
            aid,
        )
        got: dict[str, set[str]] = {}
        for name, role in rows:
            got.setdefault(norm(name), set()).add(role)
        return got

    def event(self, aid: str) -> tuple[Any, ...]:
        rows = self.q(
            "SELECT e.held_on, e.location, e.organizer_org_id, e.attendance_count, "
            "e.attendance_qualifier, e.kind FROM events e JOIN event_sources s USING (event_id) "
            "WHERE s.article_id = ?",
            aid,
        )
        return rows[0] if rows else (None,) * 6

    def kinds(self, aid: str) -> list[str]:
        rows = self.q(
            "SELECT e.kind FROM events e JOIN event_sources s USING (event_id) "
            "WHERE s.article_id = ?",
            aid,
        )
        return [kind for (kind,) in rows]

    def documents(self, aid: str) -> list[str]:
        rows = self.q(
            "SELECT DISTINCT concat_ws(' ', d.doc_type, d.number, d.title) FROM documents d "
            "JOIN document_mentions m USING (document_id) WHERE m.article_id = ?",
            aid,
        )
        return [text for (text,) in rows]

    def awards(self, aid: str) -> list[str]:
        return [t for (t,) in self.q("SELECT award_type FROM awards WHERE article_id = ?", aid)]


def score_release(release: Path, labels: Path) -> CorpusReport:
    """Score a release folder against a corpus's ``labels.json``."""
    data = _Release(release)
    report = CorpusReport()
    for label in json.loads(labels.read_text(encoding="utf-8")):
        file = Path(label["file"]).name
        aid = data.article_of.get(file, "")
        if not aid:
            report.miss(file, "article", "an article row", None)
        _score_people(report, file, _people(label), data.people(aid))
        score_roles(report, file, label, data.roles(aid), norm)
        _score_event(report, file, label, data, aid)
        _score_documents(report, file, label, data.documents(aid))
        _score_awards(report, file, label, data.awards(aid))
    return report


def _score_people(
    report: CorpusReport, file: str, gold: dict[str, set[str]], got: dict[str, set[str]]
) -> None:
    person, position = report.count("person"), report.count("position")
    person.predicted += len(got)
    person.predicted_right += len(set(got) & set(gold))
    person.expected += len(gold)
    person.expected_found += len(set(got) & set(gold))
    for name in sorted(set(got) - set(gold)):
        report.miss(file, "person (not labelled)", None, name)
    for name, gold_positions in gold.items():
        found = got.get(name, set())
        if name not in got:
            report.miss(file, "person", name, None)
        hits = sum(any(close(x, y) for y in found) for x in gold_positions)
        position.expected += len(gold_positions)
        position.expected_found += hits
        position.predicted_right += hits
        if name in got:
            position.predicted += len(found)
            if hits < len(gold_positions) or len(found) > hits:
                report.miss(file, f"position of {name}", sorted(gold_positions), sorted(found))


def _score_event(
    report: CorpusReport, file: str, label: dict[str, Any], data: _Release, aid: str
) -> None:
    held, location, org_id, count, qualifier, _ = data.event(aid)
    kinds = KIND_OF_LABEL.get(str(label.get("event_kind")))
    if kinds is not None and label.get("event_kind"):
        if label["event_kind"] == "annual_review_conference" and label.get("scope"):
            kinds = {"annual_review"} if label["scope"] == "national" else {"local_review"}
        got_kinds = data.kinds(aid)
        right = (not got_kinds) if not kinds else bool(set(got_kinds) & kinds)
        _tally(report.count("event_kind"), bool(got_kinds) or not kinds, right, True)
        if not right:
            report.miss(file, "event_kind", sorted(kinds) or "no event", got_kinds)
    gold_org = org_norm(label.get("organizer"))
    got_org = data.org_names.get(org_id, set())
    org_right = bool(gold_org) and any(
        n == gold_org or n in gold_org or gold_org in n for n in got_org
    )
    checks = [
        ("held_on", label.get("held_on"), held, str(held) == label.get("held_on")),
        ("location", label.get("location"), location, close(label.get("location"), location)),
        (
            "organizer",
            label.get("organizer"),
            org_id,
            org_right,
        ),
    ]
    attendance = label.get("attendance") or {}
    gold_number, gold_qualifier = attendance.get("number"), attendance.get("qualifier")
    right = (
        gold_number is not None and count == gold_number and norm(qualifier) == norm(gold_qualifier)
    )
    gold_attendance = [gold_number, gold_qualifier] if attendance else None
    checks.append(("attendance", gold_attendance, count, right))
    for name, gold, got, right in checks:
        _tally(report.count(name), got is not None, right, bool(gold))
        if (gold or got is not None) and not right:
            report.miss(file, name, gold, got)


def _tally(count: Count, predicted: bool, right: bool, expected: bool) -> None:
    count.predicted += predicted
    count.predicted_right += predicted and right
    count.expected += expected
    count.expected_found += expected and right


def _score_documents(
    report: CorpusReport, file: str, label: dict[str, Any], docs: list[str]
) -> None:
    count = report.count("documents")
    tokens = [doc_token(d) for d in label.get("documents_referenced") or []]
    text = " ".join(norm(d) for d in docs)
    for token in tokens:
        found = bool(norm(token)) and norm(token) in text
        count.expected += 1
        count.expected_found += found
        if not found:
            report.miss(file, "document", token, docs)
    count.predicted += len(docs)
    for doc in docs:
        right = any(norm(t) and norm(t) in norm(doc) for t in tokens)
        count.predicted_right += right
        if not right:
            report.miss(file, "document (not labelled)", None, doc)


def _score_awards(
    report: CorpusReport, file: str, label: dict[str, Any], awards: list[str]
) -> None:
    count = report.count("awards")
    types = [a["type_as_written"] for a in label.get("awards") or [] if a.get("type_as_written")]
    for typ in types:
        found = any(close(typ, a) for a in awards)
        count.expected += 1
        count.expected_found += found
        if not found:
            report.miss(file, "award", typ, awards)
    count.predicted += len(awards)
    for award in awards:
        right = any(close(t, award) for t in types)
        count.predicted_right += right
        if not right:
            report.miss(file, "award (not labelled)", None, award)
