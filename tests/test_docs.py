"""The README documents what the tool does: its CLI reference matches every --help."""

from pathlib import Path

from audiopaper import clidoc

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_cli_reference_is_generated_from_current_help():
    text = README.read_text(encoding="utf-8")
    assert clidoc.updated(text) == text, "run: python -m audiopaper.clidoc"


def test_readme_starts_with_the_two_commands():
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```sh", 1)[1].split("```", 1)[0]
    assert "make demo" in first_block and "make test" in first_block
