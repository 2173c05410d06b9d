"""Stage 4, assemble: set duplicates and near-duplicates aside, merge the per-article facts
across articles into table rows (events, organizations, documents, people and their
timelines), streamed into an on-disk :class:`~dnnd_data.assemble.table_store.TableStore`.
"""
