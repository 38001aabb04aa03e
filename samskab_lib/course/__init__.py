"""Tools for course leaders: the student pack (``samskab elevpakke``)."""
