"""Stage 5, validate: per-table Great Expectations suites derived from the models, foreign
keys, 'nothing lost', and the release gate (``assertions.yaml``).
"""
