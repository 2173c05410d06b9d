"""Stage 2, normalize: Unicode, look-alike characters, tone marks, typos, HTML to text,
boilerplate lines; the clean :class:`~dnnd_data.schema.articles.Article` with its offset map
back to the raw text. Pure functions over text.
"""
