"""Loading the book's extension does not import the heavy libraries a no-change build never uses."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_loading_the_extension_imports_neither_matplotlib_nor_python_docx():
    code = ("import sys; sys.path.insert(0, 'book/_ext'); import samskab_book, samskab_book.labels; "
            "print(sorted(m for m in ('matplotlib', 'docx') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
