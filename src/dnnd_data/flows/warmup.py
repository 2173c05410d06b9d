"""What a Prefect-engine build loads while Prefect's temporary API starts.

The API starts in a subprocess (:mod:`dnnd_data.flows.api`, about 3 s); meanwhile this
process imports Great Expectations (validation needs it, 2-6 s) and loads the
extractor's lexicons and reference place lists, work the build would do anyway.
"""

from dnnd_data.extract.facts import warm_up
from dnnd_data.validate.gx import preload_great_expectations


def import_while_api_starts() -> None:
    """Import GX and load the extractor's lexicons now."""
    preload_great_expectations()
    warm_up()
