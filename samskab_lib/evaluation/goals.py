"""Goal attainment: how far a process got towards its goal."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..formatting import number
from ..texts import text
from .checks import checked_count, checked_real, field_label, passed, problem, raise_if


@dataclass(frozen=True)
class GoalAttainment:
    """How far a goal of *goal_share* of *baseline* has been met by *achieved*.

    A goal share of 0.10 of a baseline of 1,000 is a goal of 100.
    """

    baseline: int
    achieved: int
    goal_share: float

    @property
    def goal_count(self) -> float:
        """The goal as a number (baseline × goal share)."""
        return self.baseline * self.goal_share

    @property
    def achieved_share(self) -> float:
        """Share of the baseline achieved."""
        return self.achieved / self.baseline

    @property
    def attainment(self) -> float:
        """Share of the goal reached; above 1 when the goal is exceeded."""
        return self.achieved / self.goal_count

    @property
    def remaining(self) -> float:
        """How many are still missing to reach the goal (0 once it is reached)."""
        return max(self.goal_count - self.achieved, 0.0)

    @property
    def reached(self) -> bool:
        return self.achieved >= self.goal_count


def goal_attainment(baseline: int, achieved: int, goal_share: float, *,
                    what: str | None = None) -> GoalAttainment:
    """Compare *achieved* with a goal of *goal_share* of *baseline*.

    *goal_share* is a share between 0 and 1 (0.10 for 10 %), e.g. 300 of 4,500 households
    reached against a goal of 10 %. Problems name *achieved* as *what* (e.g. "Udfasede
    oliefyr"), or generically.
    """
    problems: list[str] = []
    base = checked_count(baseline, "baseline", problems, positive=True)
    done = checked_count(achieved, "achieved", problems, label=what or "")
    share = _checked_share(goal_share, problems)
    if base is not None and done is not None and done > base:
        problems.append(problem("baseline_below_achieved", baseline=number(base),
                               achieved=number(done)))
    raise_if(problems)
    return GoalAttainment(baseline=base, achieved=done, goal_share=share)  # type: ignore[arg-type]


def goal_progress(baseline: int, per_period: Sequence[int], goal_share: float, *,
                  what: str | None = None) -> tuple[GoalAttainment, ...]:
    """Goal attainment after each period of a plan, counting the periods' results together.

    *per_period* holds what is achieved in period 1, 2, … (e.g. houses per year). Problems
    name the period and *what* is counted (e.g. ``what="afkoblinger"``), in Danish.
    """
    problems: list[str] = []
    base = checked_count(baseline, "baseline", problems, positive=True)
    share = _checked_share(goal_share, problems)
    if isinstance(per_period, (str, bytes)) or np.ndim(per_period) != 1:
        problems.append(problem("not_a_list", field=label_or(what, "per_period"),
                               value=per_period))
        raise_if(problems)
    if len(per_period) == 0:
        problems.append(problem("empty_list", field=label_or(what, "per_period")))
        raise_if(problems)
    label = what or field_label("achieved")
    counts = [checked_count(value, "achieved", problems,
                            label=text("evaluation.fields.in_period", what=label, period=index))
              for index, value in enumerate(per_period, start=1)]
    raise_if(problems)
    base = passed(base)
    totals = np.cumsum([passed(count) for count in counts]).tolist()
    if totals[-1] > base:
        problems.append(problem("baseline_below_achieved", baseline=number(base),
                               achieved=number(totals[-1])))
    raise_if(problems)
    return tuple(GoalAttainment(baseline=base, achieved=int(total), goal_share=share)  # type: ignore[arg-type]
                 for total in totals)


def label_or(what: str | None, name: str) -> str:
    """*what* the learner counts (``"Afkoblinger"``), or the field's Danish name."""
    return what or field_label(name)


def _checked_share(goal_share: object, problems: list[str]) -> float | None:
    """*goal_share* as a share above 0 and at most 1, else ``None`` after recording why."""
    share = checked_real(goal_share, "goal_share", problems)
    if share is None:
        return None
    if share < 0:
        problems.append(problem("negative", field=field_label("goal_share"), value=number(share, 2)))
    elif share == 0:
        problems.append(problem("share_zero", field=field_label("goal_share")))
    elif share > 1:
        problems.append(problem("share_above_one", field=field_label("goal_share"),
                               value=number(share, 2)))
    else:
        return share
    return None
