"""The build sequence over a :class:`~dnnd_data.pipeline.build.BuildContext`, the batch
processing in worker processes, the per-article cache and the build state.
"""
