"""The book's content as data: the five steps (and their figure), KS' 18 keys and their
ranking, the typology of co-creation and the exercises. Pure readers of ``samskab_lib/data``."""
