"""The book's cases (Hjørring, Jevnaker, the fictional Nordfjordby) as checked data.

Each case is ``cases/<id>/case.yml`` (schema: ``cases/README.md``). :func:`load_case` reads
it, checks every field and returns a :class:`Case`; all problems are reported at once in a
single :class:`~samskab_lib.errors.InputError`, each naming the file and the field.
"""
