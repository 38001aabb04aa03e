"""Goal attainment: how far a process got towards its goal."""
from __future__ import annotations

from dataclasses import dataclass

from ..formatting import number
from .checks import checked_count, checked_real, field_label, problem, raise_if


@dataclass(frozen=True)
class GoalAttainment:
    """How far a goal of *goal_share* of *baseline* has been met by *achieved*.

    Hjørring: baseline 4,500 oil boilers, goal share 0.10, so the goal is 450 boilers.
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
        """Share of the baseline achieved (phased out)."""
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


def goal_attainment(baseline: int, achieved: int, goal_share: float) -> GoalAttainment:
    """Compare *achieved* (e.g. boilers phased out) with a goal of *goal_share* of *baseline*.

    *goal_share* is a share between 0 and 1 (0.10 for 10 %).
    """
    problems: list[str] = []
    base = checked_count(baseline, "baseline", problems, positive=True)
    done = checked_count(achieved, "achieved", problems)
    share = checked_real(goal_share, "goal_share", problems)
    if share is not None:
        if share < 0:
            problems.append(problem("negative", field=field_label("goal_share"), value=number(share, 2)))
        elif share == 0:
            problems.append(problem("share_zero", field=field_label("goal_share")))
        elif share > 1:
            problems.append(problem("share_above_one", field=field_label("goal_share"),
                                   value=number(share, 2)))
    if base is not None and done is not None and done > base:
        problems.append(problem("baseline_below_achieved", baseline=number(base),
                               achieved=number(done)))
    raise_if(problems)
    return GoalAttainment(baseline=base, achieved=done, goal_share=share)  # type: ignore[arg-type]
