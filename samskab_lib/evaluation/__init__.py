"""Evaluation figures for a co-creative process, and their tables, charts and widgets.

Figures (pure functions returning frozen dataclasses, Danish errors via ``InputError``):
``goals``, ``energy``, ``costs``, ``reach`` (funnel, representativeness), ``survey`` (Likert),
with shared input checks in ``checks``. Plans: ``plan`` (time line and resources of a filled
plan) and ``plan_charts``. Presentation: ``tables``, ``charts``, ``widgets``.
"""
