"""The library's error for bad input: a Danish message per problem, all problems at once."""
from __future__ import annotations

from collections.abc import Sequence


class InputError(ValueError):
    """Bad input from a user. ``problems`` holds one Danish sentence per problem found.

    Each sentence names the field (and the file, where there is one) and says what to do.
    """

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))
