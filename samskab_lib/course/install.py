"""What a student pack needs to install itself on a fresh Python: the library as a wheel and a
requirements file naming it, the library's dependencies and JupyterLab.

The wheel is built from the project checkout once per process with ``pip wheel --no-deps``.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..errors import InputError
from ..texts import text

WHEELS_FOLDER = "wheels"
REQUIREMENTS_NAME = "requirements.txt"
#: Packages a student needs besides the library's own dependencies (which its wheel names).
STUDENT_EXTRAS = ("jupyterlab", "ipykernel", "ipywidgets")


@lru_cache(maxsize=4)
def _built_wheel(root: Path) -> Path:
    """Build the library's wheel from *root* into a scratch folder kept for this process."""
    folder = Path(tempfile.mkdtemp(prefix="samskab-wheel-"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
         str(folder), str(root)], capture_output=True, text=True, check=False)
    wheels = sorted(folder.glob("samskab_lib-*.whl"))
    if result.returncode != 0 or not wheels:
        raise InputError(text("student_pack.wheel_failed", root=root,
                              detail=(result.stderr or result.stdout).strip()[-500:]))
    return wheels[-1]


def write_install_files(dest: Path, root: Path) -> str:
    """Put the library's wheel and the requirements file into the pack at *dest*.

    Returns the wheel's file name. Versions are pinned as in the project's requirements, so
    students get the combination the book was tested with.
    """
    wheel = _built_wheel(root)
    (dest / WHEELS_FOLDER).mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel, dest / WHEELS_FOLDER / wheel.name)
    pins = _pins(root / "requirements.txt")
    lines = [f"# {line}" for line in text("student_pack.requirements_comment").splitlines()]
    lines.append(f"./{WHEELS_FOLDER}/{wheel.name}")
    names = dict.fromkeys(name.lower() for name in (*_dependencies(), *STUDENT_EXTRAS))
    lines += [pins.get(name, name) for name in names]
    (dest / REQUIREMENTS_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return wheel.name


def _dependencies() -> list[str]:
    """The names of the library's own dependencies, as installed."""
    try:
        required = metadata.requires("samskab-lib") or []
    except metadata.PackageNotFoundError:
        return []
    return [re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0] for requirement in required]


def _pins(requirements: Path) -> dict[str, str]:
    """``name==version`` of each package in the project's lock, by lower-case name.

    A lock entry may go on with an environment marker and hashes (``pkg==1.0 ; ... \\``); the
    pack's own requirements file names only the version.
    """
    if not requirements.is_file():
        return {}
    found = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==([^\s;\\]+)", line)
        if match:
            found[match[1].lower()] = f"{match[1]}=={match[2]}"
    return found
