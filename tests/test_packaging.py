"""The package finds its data from anywhere, in a checkout and as an installed wheel."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_data_found_from_another_working_directory(tmp_path: Path):
    code = "from samskab_lib import resources as r; print(r.templates_dir()); print(r.cases_dir())"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout.split()
    assert Path(out[0]) == ROOT / "templates"
    assert Path(out[1]) == ROOT / "cases"


def test_wheel_bundles_templates_cases_and_locale(tmp_path: Path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("samskab_lib-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "samskab_lib/locale/da/steps.yml" in names
    assert "samskab_lib/data/steps.yml" in names
    assert any(n.startswith("samskab_lib/_bundled/templates/") for n in names)
    assert any(n.startswith("samskab_lib/_bundled/cases/") for n in names)
    # what `samskab elevpakke` copies, so it works from an installed library
    assert "samskab_lib/data/exercise_texts.yml" in names
    assert "samskab_lib/_bundled/requirements.txt" in names
    assert "samskab_lib/_bundled/book/notesboeger/kom-i-gang.ipynb" in names
    assert "samskab_lib/_bundled/book/oevelser/jevnaker-beregning.ipynb" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "samskab = samskab_lib.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
