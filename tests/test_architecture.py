"""The library never depends on the book's build machinery."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "samskab_lib"
FORBIDDEN = ("samskab_book", "sphinx", "docutils", "myst_nb", "sphinxcontrib", "pybtex")


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_no_library_module_imports_the_book_build_or_sphinx() -> None:
    offenders = [f"{path.relative_to(ROOT)}: {name}"
                 for path in sorted(LIBRARY.rglob("*.py"))
                 for name in _imported_modules(path)
                 if name.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_importing_the_whole_public_api_loads_no_sphinx() -> None:
    code = ("import sys, samskab_lib as s\n"
            "[getattr(s, n) for n in s.__all__]\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{FORBIDDEN!r}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_the_book_extension_is_outside_the_library() -> None:
    assert not list(LIBRARY.rglob("sphinx*.py"))
    assert (ROOT / "book" / "_ext" / "samskab_book" / "__init__.py").is_file()


def test_no_module_is_far_over_300_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in LIBRARY.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 350}
    assert long == {}
