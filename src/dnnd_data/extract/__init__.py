"""Stage 3, extract: pure functions from a clean article to facts (events, dates, places,
organizations, people and positions, roles, documents, awards), each with its span and
sentence. Lexicons are YAML files under ``lexicons/`` beside their loader (``lexicon.py``).
"""
