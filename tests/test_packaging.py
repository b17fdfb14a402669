"""The built wheel, installed in a fresh virtual environment and run as real processes from elsewhere.

The wheel is installed without touching the network: its dependencies are the ones this test run
already uses, linked into the new environment (everything but advocacy-cli itself, so nothing can
be imported from the source tree by accident).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from conftest import BUNDLED_ENTRIES
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from advocacy_cli import __version__

pytestmark = [pytest.mark.packaging, pytest.mark.xdist_group("packaging")]

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600
POSIX = os.name == "posix"


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCACY_CLI", "PYTHON", "PIP_REQUIRE", "VIRTUAL_ENV"))}
    env.update(NO_COLOR="1", COLUMNS="100", **extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    args = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "--quiet", "--wheel-dir", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        args.insert(-1, "--no-build-isolation")  # the build backend is here already: no download needed
    done = _run(args, cwd=out, env=_clean_env())
    if done.returncode != 0:
        offline = any(word in done.stderr for word in ("NewConnectionError", "Temporary failure in name resolution", "No matching distribution found for hatchling"))
        if offline and not os.environ.get("CI"):
            pytest.skip("building the wheel needs hatchling, which is not installed, and PyPI is unreachable")
        pytest.fail(f"pip wheel failed:\n{done.stdout}\n{done.stderr}")
    (found,) = out.glob("advocacy_cli-*.whl")
    return found


def _runtime_distributions() -> list[metadata.Distribution]:
    """advocacy-cli's dependencies, and theirs, as installed in this environment (extras left out)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in metadata.requires("advocacy-cli") or ()]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen[name] = metadata.distribution(requirement.name)
        pending.extend(Requirement(r) for r in seen[name].requires or ())
    return list(seen.values())


def _link_distribution(dist: metadata.Distribution, site_packages: Path) -> None:
    tops = {Path(str(f)).parts[0] for f in dist.files or () if not str(f).startswith("..")}
    for top in tops - {"__pycache__"}:
        source = Path(str(dist.locate_file(top)))
        target = site_packages / top
        if target.exists() or not source.exists():
            continue
        if POSIX:
            target.symlink_to(source, target_is_directory=source.is_dir())
        elif source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv") / "env"
    done = _run([sys.executable, "-m", "venv", "--without-pip", str(home)])
    assert done.returncode == 0, done.stderr
    python = home / ("bin/python" if POSIX else "Scripts/python.exe")
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip()
    for dist in _runtime_distributions():
        _link_distribution(dist, Path(purelib))
    done = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--no-cache-dir", "--quiet", str(wheel)],
        env=_clean_env(),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return home


def _tool(venv: Path, name: str) -> str:
    return str(venv / ("bin" if POSIX else "Scripts") / (name if POSIX else f"{name}.exe"))


def test_wheel_contains_the_package_and_its_data(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        data = archive.read("advocacy_cli/data/faq.toml")
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
        meta = archive.read(f"{dist_info}/METADATA").decode()
    assert "advocacy_cli/__init__.py" in names and "advocacy_cli/cli.py" in names
    assert data == (ROOT / "data" / "faq.toml").read_bytes()
    assert "advocacy = advocacy_cli.cli:main" in entry_points
    assert f"Version: {__version__}" in meta
    for dependency in ("typer", "rich", "rapidfuzz", "tomli-w"):
        assert f"Requires-Dist: {dependency}" in meta
    assert not any(n.startswith(("tests/", "benchmarks/", ".venv/", "src/")) for n in names)
    for name in ("vectors.i8", "vectors.scales", "vectors.json", "vocab.txt", "VECTORS-LICENSE", "VECTORS-NOTICE", "danger_words.i8", "danger_self_harm.i8", "danger_watched.i8", "danger_state.i8", "entry_model.i8", "entry_model.json"):
        assert f"advocacy_cli/data/{name}" in names, name
    assert wheel.stat().st_size < 15 * 1024 * 1024


def test_installed_command_answers_from_another_folder(venv: Path, tmp_path: Path) -> None:
    done = _run([_tool(venv, "advocacy"), "ask", "can the Foundation help me find a lawyer?", "--json", "--explain"], cwd=tmp_path, env=_clean_env())
    assert done.returncode == 0 and done.stderr == "", done.stderr
    answer = json.loads(done.stdout)
    assert answer["matches"][0]["id"] == "legal-help"
    assert answer["explain"]["candidates"][0]["learned"] is not None  # the installed entry model was read and used
    assert answer["contacts"][0]["email"] == "legal@wikimedia.org"


def test_python_dash_m_version(venv: Path, tmp_path: Path) -> None:
    done = _run([_tool(venv, "python"), "-m", "advocacy_cli", "--version"], cwd=tmp_path, env=_clean_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"advocacy {__version__}\n"


def test_bundled_data_comes_from_the_installed_package(venv: Path, tmp_path: Path) -> None:
    code = "import advocacy_cli, advocacy_cli.session as s; print(advocacy_cli.__file__); print(s.bundled_data_path())"
    done = _run([_tool(venv, "python"), "-c", code], cwd=tmp_path, env=_clean_env())
    assert done.returncode == 0, done.stderr
    package_file, data_file = (Path(line) for line in done.stdout.splitlines())
    assert venv.resolve() in package_file.resolve().parents
    assert data_file.resolve() == package_file.resolve().parent / "data" / "faq.toml"
    assert ROOT not in data_file.resolve().parents
    report = json.loads(_run([_tool(venv, "advocacy"), "validate", "--json"], cwd=tmp_path, env=_clean_env()).stdout)
    assert report["valid"] is True and report["entries"] == BUNDLED_ENTRIES
    assert Path(report["file"]).resolve() == data_file.resolve()


@pytest.mark.skipif(not POSIX, reason="needs a POSIX shell and head")
def test_output_cut_short_by_a_pipe_ends_quietly(venv: Path, tmp_path: Path) -> None:
    advocacy = _tool(venv, "advocacy")
    done = _run(["/bin/sh", "-c", f"'{advocacy}' list | head -1"], cwd=tmp_path, env=_clean_env())
    assert done.returncode == 0
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1
    # Far more output than a pipe buffers, so the writer really meets a closed pipe.
    questions = tmp_path / "questions.txt"
    questions.write_text("can the Foundation help me find a lawyer?\n" * 20000, encoding="utf-8")
    with questions.open("rb") as stdin:
        process = subprocess.Popen([advocacy, "ask", "-", "--json"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=_clean_env())
        first = process.stdout.readline()
        process.stdout.close()  # what `head -1` does once it has its line
        stderr = process.stderr.read()
        code = process.wait(TIMEOUT)
    process.stderr.close()
    assert json.loads(first)["matches"][0]["id"] == "legal-help"
    assert stderr == b"", "no traceback, no 'Broken pipe' noise"
    assert code >= 0, "ended by itself, not killed by SIGPIPE"
