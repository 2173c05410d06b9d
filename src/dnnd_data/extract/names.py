"""The extractor's name finders, as the cleaner asks for them (see ``NamesIn`` in
:mod:`dnnd_data.normalize.boilerplate`): the cleaner runs before extraction and must not
import it, so the pipeline hands it these."""

from __future__ import annotations

from dnnd_data.extract.organizations import find_organizations
from dnnd_data.extract.people import find_names, find_positions


class LexiconNames:
    """Person names (anchored or not) and organizations, from the extraction lexicons."""

    def people(self, text: str) -> list[str]:
        """Candidate person names in ``text``."""
        return [name for _, _, name in find_names(text)]

    def people_and_organizations(self, text: str) -> list[str]:
        """Organizations not inside a position title, then person names."""
        titles = find_positions(text)
        orgs = [
            m.surface
            for m in find_organizations(text)
            if not any(t.start <= m.start < t.end for t in titles)
        ]
        return orgs + self.people(text)
