"""What a student pack needs to install itself on a fresh Python: the library as a wheel and a
requirements file naming it, the library's dependencies and JupyterLab.

In a checkout the wheel is built once per process with ``pip wheel --no-deps`` in a temporary
folder removed at once; an installed library is packed again from its own installed files
(which are the files of the wheel it came from), so the command needs no checkout. Either way
the pack's wheel leaves out the solutions the library carries for course leaders.
"""
from __future__ import annotations

import base64
import hashlib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..errors import InputError
from ..texts import languages, text

WHEELS_FOLDER = "wheels"
REQUIREMENTS_NAME = "requirements.txt"
DISTRIBUTION = "samskab-lib"
#: Packages a student needs besides the library's own dependencies (which its wheel names).
STUDENT_EXTRAS = ("jupyterlab", "ipykernel", "ipywidgets")
#: Files pip adds to an installed distribution's metadata that are no part of its wheel.
_INSTALLER_FILES = {"INSTALLER", "REQUESTED", "direct_url.json", "RECORD"}
#: What the library holds for course leaders only, left out of the wheel a pack hands out: every
#: exercise's solution and the notebooks with their solution cells.
LEADER_ONLY = ("samskab_lib/data/exercise_texts.yml", "samskab_lib/_bundled/book/",
               *(f"samskab_lib/data/{language}/exercise_texts.yml" for language in languages()))


@lru_cache(maxsize=4)
def pack_wheel(root: Path) -> tuple[str, bytes]:
    """The library's wheel for a pack (file name, content), without what only course leaders
    may read (:data:`LEADER_ONLY`): built from the checkout at *root*, or packed from the
    installed library when *root* is no checkout."""
    name, files = _built_wheel(root) if (root / "pyproject.toml").is_file() else _installed_wheel()
    kept = {path: content for path, content in files.items()
            if not path.startswith(LEADER_ONLY) and not path.endswith(".dist-info/RECORD")}
    return name, _wheel_bytes(kept)


def _built_wheel(root: Path) -> tuple[str, dict[str, bytes]]:
    with tempfile.TemporaryDirectory(prefix="samskab-wheel-") as folder:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
             folder, str(root)], capture_output=True, text=True, check=False)
        wheels = sorted(Path(folder).glob("samskab_lib-*.whl"))
        if result.returncode != 0 or not wheels:
            raise InputError(text("student_pack.wheel_failed", root=root,
                                  detail=(result.stderr or result.stdout).strip()[-500:]))
        with zipfile.ZipFile(wheels[-1]) as wheel:
            return wheels[-1].name, {name: wheel.read(name) for name in wheel.namelist()}


def _installed_wheel() -> tuple[str, dict[str, bytes]]:
    """The installed library's files as its wheel held them (what pip added left out)."""
    try:
        distribution = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError as error:
        raise InputError(text("student_pack.library_not_installed")) from error
    files = [f for f in distribution.files or () if "__pycache__" not in f.parts
             and ".." not in f.parts  # the command pip wrote from the wheel's entry points
             and not (f.parts[0].endswith(".dist-info") and f.name in _INSTALLER_FILES)]
    if not any(f.as_posix() == "samskab_lib/__init__.py" for f in files):  # an editable install
        raise InputError(text("student_pack.library_not_installed"))
    name = f"samskab_lib-{distribution.version}-py3-none-any.whl"
    return name, {f.as_posix(): Path(str(f.locate())).read_bytes() for f in files}


def _wheel_bytes(files: dict[str, bytes]) -> bytes:
    """*files* (path in the wheel: content) as a wheel, with a RECORD of their hashes."""
    info = next(path.split("/")[0] for path in files if path.split("/")[0].endswith(".dist-info"))
    buffer, record = io.BytesIO(), []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files, key=lambda path: (path.startswith(info), path)):
            archive.writestr(path, files[path])
            digest = base64.urlsafe_b64encode(hashlib.sha256(files[path]).digest()).rstrip(b"=")
            record.append(f"{path},sha256={digest.decode()},{len(files[path])}")
        archive.writestr(f"{info}/RECORD", "\n".join([*record, f"{info}/RECORD,,"]) + "\n")
    return buffer.getvalue()


def write_install_files(dest: Path, root: Path) -> str:
    """Put the library's wheel and the requirements file into the pack at *dest*.

    Returns the wheel's file name. Versions are pinned as in the project's requirements, so
    students get the combination the book was tested with.
    """
    name, content = pack_wheel(root)
    (dest / WHEELS_FOLDER).mkdir(parents=True, exist_ok=True)
    (dest / WHEELS_FOLDER / name).write_bytes(content)
    pins = _pins(root / "requirements.txt")
    lines = [f"# {line}" for line in text("student_pack.requirements_comment").splitlines()]
    lines.append(f"./{WHEELS_FOLDER}/{name}")
    names = dict.fromkeys(name.lower() for name in (*_dependencies(), *STUDENT_EXTRAS))
    lines += [pins.get(name, name) for name in names]
    (dest / REQUIREMENTS_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name


def _dependencies() -> list[str]:
    """The names of the library's own dependencies, as installed."""
    try:
        required = metadata.requires(DISTRIBUTION) or []
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
