"""Prefect flows: the library's build sequence with stages as tasks, and its schedule.
The only place that imports Prefect.
"""
