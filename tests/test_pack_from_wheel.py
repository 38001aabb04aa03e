"""`samskab elevpakke` from an installed library (a wheel, not the checkout) writes the same pack
as the checkout does."""
from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from samskab_lib.course import student_pack

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _wheel_names(pack: Path) -> list[str]:
    return sorted(zipfile.ZipFile(next(pack.glob("wheels/*.whl"))).namelist())


@pytest.mark.slow
def test_pack_from_an_installed_wheel_matches_the_pack_from_the_checkout(tmp_path: Path):
    """SLOW (about a minute): builds the wheel, installs it into a fresh venv (no downloads:
    the dependencies come from this environment's site-packages through a .pth file, which
    does not run this environment's editable .pth), then runs the command outside the checkout."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "--wheel-dir", str(tmp_path / "dist"), str(ROOT)], check=True)
    wheel = next((tmp_path / "dist").glob("samskab_lib-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(subprocess.run([venv / "bin" / "python", "-c",
                                "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    subprocess.run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True)
    outside = tmp_path / "kursus"
    outside.mkdir()
    environment = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path),
                   "LANG": os.environ.get("LANG", "C.UTF-8")}
    where = subprocess.run([venv / "bin" / "python", "-c", "import samskab_lib; print(samskab_lib.__file__)"],
                           cwd=outside, env=environment, check=True, capture_output=True, text=True)
    assert where.stdout.startswith(str(site)), where.stdout
    result = subprocess.run([venv / "bin" / "samskab", "elevpakke", "--alle", "--ud", "pakke"],
                            cwd=outside, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    installed = outside / "pakke"

    from_checkout = student_pack.write_pack(None, tmp_path / "fra-kopien")
    assert _files(installed) == _files(from_checkout)
    same, different, errors = filecmp.cmpfiles(
        installed, from_checkout, [f for f in _files(installed) if f.endswith((".md", ".ipynb", ".txt"))],
        shallow=False)
    assert different == [] and errors == [] and "LAES-MIG.md" in same
    assert _wheel_names(installed) == _wheel_names(from_checkout)
    assert not any(n.endswith("exercise_texts.yml") or "/_bundled/book/" in n
                   for n in _wheel_names(installed))
    leader = subprocess.run([venv / "bin" / "samskab", "elevpakke", "oevelse-jevnaker",
                             "--loesninger", "--pdf", "--ud", "underviser"],
                            cwd=outside, env=environment, capture_output=True, text=True)
    assert leader.returncode == 0, leader.stderr[-2000:]
    sheet = (outside / "underviser" / "LAES-MIG.md").read_text(encoding="utf-8")
    assert "400.000 NOK / 80 deltagere" in sheet and "Bedømmelsesguide" in sheet
    assert (outside / "underviser" / "kursusmappe.pdf").stat().st_size > 0
