"""Stage 1, ingest: find the raw files (never following links out of the raw folder),
read and decode each, hash its bytes. The only stage that reads ``raw/``.
"""
