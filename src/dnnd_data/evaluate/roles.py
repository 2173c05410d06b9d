"""Score the roles people had at the event against a labelled corpus's role groups.

Takes: an article's label and the roles its participations give each person (names
normalised as for the person field). Gives: counts for the ``role`` field: of the labelled
people the release says did something (a role other than ``mentioned``), how many did what
the label's group says (chair, directing, other speakers, notable attendees), and misses.
"""

from __future__ import annotations

from typing import Any

from dnnd_data.evaluate.report import CorpusReport

# The label's groups and the roles that agree with each ("persons elected" and presenters
# of awards are notable attendees in the corpus's conventions).
ROLES_OF_GROUP = {
    "chair_people": {"chair"},
    "directing_people": {"directing"},
    "other_speakers": {"speech", "closing_speech", "contribution"},
    "notable_attendees": {"attending", "presenting_awards"},
}


def score_roles(
    report: CorpusReport,
    file: str,
    label: dict[str, Any],
    got: dict[str, set[str]],
    norm: Any,
) -> None:
    """Count one article's labelled people by whether their roles agree with the label."""
    role = report.count("role")
    for group, agreeing in ROLES_OF_GROUP.items():
        for person in label.get(group) or []:
            name = norm(person.get("name"))
            if not name:
                continue
            role.expected += 1
            said = got.get(name, set()) - {"mentioned"}
            if not said:
                continue
            role.predicted += 1
            if said & agreeing:
                role.predicted_right += 1
                role.expected_found += 1
            else:
                report.miss(file, f"role of {name}", group, sorted(said))
