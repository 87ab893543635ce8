"""What a real project needs: missing modules are infra (one line, before the cells run),
names missing from an installed package are failures, companions resolve per TensorFlow,
target requirements install target by target, and a target's whole tree keys the cache."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from harness.config import companions
from harness.config.companions import Needs
from harness.config.matrix import Target, load_matrix
from harness.install.output import InstallFailed
from harness.install.requires import (
    DEPENDENCIES_SCRIPT,
    STAMP,
    Dependencies,
    install_needs,
    read_dependencies,
    still_needed,
)
from harness.run import classify

from .conftest import FIXTURES, MATRIX, missing_tool, needs_tf, run_cells, verdicts_of

MATRIX_ = load_matrix(MATRIX)


# --- companions: data, resolved per environment --------------------------------------------


def test_tensorflow_probability_resolves_per_tensorflow_minor_with_tf_keras_without_deps():
    target = Target(name="p", factory="m:f", requires=("pandas", "tensorflow-probability"))
    got = {
        name: companions.needs(target, MATRIX_.environment(name))
        for name in ("tf2.15", "tf2.16-keras3", "tf2.17-keras3", "tf2.20-keras3", "tf2.21-tfkeras")
    }
    assert got["tf2.15"].requirements == ("pandas", "tensorflow-probability==0.23.0")
    assert got["tf2.15"].no_deps == ()
    assert got["tf2.16-keras3"].no_deps == ("tf-keras==2.16.0",)
    # 0.25 refuses TF < 2.18 at import, whatever its metadata says
    assert got["tf2.17-keras3"].requirements[-1] == "tensorflow-probability==0.24.0"
    assert got["tf2.20-keras3"].no_deps == ("tf-keras==2.20.1",)
    # the environment brings tf-keras itself: not installed twice
    assert got["tf2.21-tfkeras"].no_deps == ()
    nightly = companions.needs(target, MATRIX_.environment("nightly"))
    assert nightly.requirements == ("pandas", "tfp-nightly", "tf-keras-nightly")


def test_an_environment_without_a_known_companion_release_is_a_named_problem():
    env = MATRIX_.environment("tf2.21-keras3")
    old = type(env)(name="tf2.11", tensorflow="2.11.1")
    need = companions.needs(
        Target(name="p", factory="m:f", requires=("tensorflow-probability",)), old
    )
    assert need.problem is not None
    assert need.problem.startswith("no known tensorflow-probability release for TensorFlow 2.11.1")
    # a version the target writes itself is taken as written
    pinned = Target(name="p", factory="m:f", requires=("tensorflow-probability==0.25.0",))
    assert companions.needs(pinned, env).requirements == ("tensorflow-probability==0.25.0",)
    assert companions.needs(pinned, env).no_deps == ("tf-keras==2.21.0",)


def test_the_tf_extra_that_pulls_full_tensorflow_is_refused_before_anything_installs():
    problem = companions.companion_problem("tensorflow-probability[tf]")
    assert problem is not None and "full tensorflow wheel" in problem
    assert companions.distribution_for("skimage.io") == "scikit-image"
    assert companions.distribution_for("tf_keras") == "tf-keras"


@pytest.mark.parametrize(
    ("module", "distribution"),
    [
        ("attr", "attrs"),
        ("cv2", "opencv-python"),
        ("sklearn", "scikit-learn"),
        ("yaml", "PyYAML"),
        ("PIL", "pillow"),
        ("skimage", "scikit-image"),
        ("google.protobuf", "protobuf"),
        ("dateutil", "python-dateutil"),
        ("bs4", "beautifulsoup4"),
        ("pywt", "PyWavelets"),
    ],
)
def test_the_missing_dependency_hint_knows_import_names_that_differ(module, distribution):
    assert companions.load_table().modules[module] == distribution
    hint = classify.missing_dependency(f"{module}.sub", "xla-matrix.toml")
    assert hint == (
        f"missing dependency {module!r}: add --with "
        f"{companions.distribution_for(module, venvs=[])} or requires in xla-matrix.toml"
    )
    assert companions.canonical(companions.distribution_for(module, venvs=[])) == (
        companions.canonical(distribution)
    )


def test_the_hint_asks_a_venv_beside_this_one_that_has_the_module(tmp_path):
    """A module the table does not know, installed in another environment's venv: its own
    metadata names the distribution (a real venv, a real wheel, installed by uv)."""
    from .fakeindex import build_wheel

    if shutil.which("uv") is None:
        missing_tool("uv")
    wheel = build_wheel(
        tmp_path / "wheels", "Xla_Matrix.Provider", "1.0", {"xlamx_mod/__init__.py": ""}
    )
    envs = tmp_path / ".nox"
    for name in ("tf2.15", "tf2.21"):
        subprocess.run(["uv", "venv", "-q", str(envs / name)], check=True, capture_output=True)
    subprocess.run(
        ["uv", "pip", "install", "-q", "--python", str(envs / "tf2.21"), str(wheel)],
        check=True,
        capture_output=True,
    )
    siblings = companions.sibling_venvs(envs / "tf2.15")
    assert [p.relative_to(envs).parts[0] for p in siblings] == ["tf2.21"]
    assert companions.distribution_for("xlamx_mod", venvs=siblings) == "xla-matrix-provider"
    assert companions.distribution_for("xlamx_mod", venvs=[]) == "xlamx-mod"  # a guess


# --- installs, target by target (a recording installer: no network, no venv) ------------

# what uv prints for a version that does not exist, and for a registry that does not answer
NO_VERSION = """Using Python 3.11.7 environment at: .nox/xla_matrix-tf2-15
error: No solution found when resolving dependencies
  cause: Because there is no version of {req} and you require {req}, we can conclude that \
your requirements are unsatisfiable.
"""
REFUSED = """Using Python 3.11.7 environment at: .nox/xla_matrix-tf2-15
error: Request failed after 3 retries in 6.0s
  cause: Failed to fetch: http://127.0.0.1:9/simple/scipy/
  cause: error sending request for url (http://127.0.0.1:9/simple/scipy/)
  cause: Connection refused (os error 111)
"""


class RecordingInstaller:
    """Installs succeed unless a requirement is in `refuse` (the resolver's words) or the
    registry is `down`; `installed` follows them. A requirement brings what `deps` says it
    depends on, as an installer would; `new` counts what each call added."""

    def __init__(
        self,
        refuse: tuple[str, ...] = (),
        down: bool = False,
        deps: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.refuse = refuse
        self.down = down
        self.deps = {"tensorflow-cpu": ("numpy",), **(deps or {})}
        self.calls: list[list[str]] = []
        self.present = {"tensorflow-cpu": "2.15.1", "numpy": "1.26.4"}
        self.removed: list[str] = []
        self.new: list[list[str]] = []

    def install(self, args: list[str]) -> None:
        self.calls.append(args)
        if self.down:
            raise InstallFailed(REFUSED)
        refused = [r for r in self.refuse if r in args]
        if refused:
            raise InstallFailed(NO_VERSION.format(req=refused[0]))
        added: list[str] = []
        if "--dry-run" not in args:
            todo = [companions.split_requirement(r)[0] for r in args if not r.startswith("-")]
            while todo:
                name = todo.pop(0)
                if name not in self.present:
                    self.present[name] = "1"
                    added.append(name)
                    if "--no-deps" not in args:
                        todo += list(self.deps.get(name, ()))
        self.new.append(added)

    def installed(self) -> dict[str, str]:
        return dict(self.present)

    def dependencies(self) -> Dependencies:
        return Dependencies({name: self.deps.get(name, ()) for name in self.present})

    def uninstall(self, names: list[str]) -> None:
        self.removed += names
        for name in names:
            self.present.pop(name, None)

    def log(self, message: str) -> None:
        pass


PINS = "in tf2.15 (pins: tensorflow-cpu==2.15.1)"


def messages(unavailable) -> dict[str, str]:
    return {name: why.message for name, why in unavailable.items()}


def test_a_requirement_that_cannot_be_installed_names_itself_its_reason_and_only_its_target(
    tmp_path,
):
    env = MATRIX_.environment("tf2.15")
    needs = [
        Needs("good", ("tabulate",)),
        Needs("bad", ("pandas", "numpy>=2")),
        Needs("old", problem="no known tensorflow-probability release for TensorFlow 2.11.1"),
    ]
    installer = RecordingInstaller(refuse=("numpy>=2",))
    rejected = install_needs(env, needs, installer, tmp_path, [["tensorflow-cpu==2.15.1"]])
    # uv's reason, in neutral words: nothing here conflicts with the pins
    reason = (
        "No solution found when resolving dependencies: Because there is no version of "
        "numpy>=2 and you require numpy>=2, we can conclude that your requirements are "
        "unsatisfiable."
    )
    assert messages(rejected) == {
        "bad": f"could not install 'numpy>=2' {PINS}: {reason}",
        "old": "no known tensorflow-probability release for TensorFlow 2.11.1",
    }
    assert rejected["bad"].detail == tuple(reason.split(": ", 1))
    # each target resolved together with the environment's pins
    assert installer.calls[0] == ["tensorflow-cpu==2.15.1", "tabulate"]
    assert "tabulate" in installer.present and "pandas" not in installer.present


def test_a_failed_install_is_tried_again_by_the_next_run(tmp_path):
    """A registry that did not answer once must not make a target infra for good: the stamp
    that names a rejected target is never 'unchanged'."""
    env = MATRIX_.environment("tf2.15")
    needs = [Needs("mine", ("pandas", "scipy")), Needs("other", ("tabulate",))]
    down = RecordingInstaller(down=True)
    rejected = install_needs(env, needs, down, tmp_path, [])
    assert messages(rejected)["mine"] == (
        f"could not install 'pandas', 'scipy' {PINS}: Request failed after 3 retries in 6.0s: "
        "Failed to fetch: http://127.0.0.1:9/simple/scipy/; error sending request for url "
        "(http://127.0.0.1:9/simple/scipy/); Connection refused (os error 111)"
    ), "not a resolver's refusal: no requirement is blamed alone, no dry runs"
    assert all("--dry-run" not in call for call in down.calls)

    back = RecordingInstaller()
    assert install_needs(env, needs, back, tmp_path, []) == {}
    assert {"pandas", "scipy", "tabulate"} <= set(back.present)
    assert back.removed == [], "nothing the same selection installed is removed"

    again = RecordingInstaller()
    again.present = dict(back.present)
    assert install_needs(env, needs, again, tmp_path, []) == {}
    assert again.calls == [], "once everything installed, an unchanged venv makes no call"


def test_two_targets_that_need_the_same_packages_name_them_once(tmp_path):
    env = MATRIX_.environment("tf2.15")
    same = ("pandas", "scipy", "tensorflow-probability==0.23.0")
    installer = RecordingInstaller()
    install_needs(env, [Needs("a", same), Needs("b", (*same, "tabulate"))], installer, tmp_path, [])
    assert installer.calls[1] == ["tensorflow-cpu==2.15.1", *same, "tabulate"]


def test_installer_reason_keeps_uv_s_informative_lines_printable_and_bounded():
    from harness.install.output import DETAIL_LINE_CHARS, DETAIL_LINES, installer_reason

    noisy = "Using Python 3.11 environment at: x\nResolved 3 packages\n" + REFUSED.replace(
        "Connection refused", "\x1b[31mConnection\x07 refused"
    )
    lines = installer_reason(noisy)
    assert lines[0] == "Request failed after 3 retries in 6.0s"
    assert lines[-1] == "Connection refused (os error 111)"  # escapes and controls gone
    assert all(line.isprintable() for line in lines)
    flood = "error: boom\n" + "".join(f"  cause: {'x' * 1000}\n" for _ in range(100))
    lines = installer_reason(flood)
    assert len(lines) == DETAIL_LINES and max(map(len, lines)) <= DETAIL_LINE_CHARS
    # no error line at all: the last lines it printed
    assert installer_reason("Resolved 1 package\nsomething odd happened\n") == (
        "something odd happened",
    )


def test_a_run_that_wants_less_removes_what_the_last_one_added(tmp_path):
    env = MATRIX_.environment("tf2.15")
    installer = RecordingInstaller()
    install_needs(env, [Needs("t", ("tabulate",))], installer, tmp_path, [])
    assert "tabulate" in installer.present and (tmp_path / STAMP).is_file()
    install_needs(env, [Needs("t")], installer, tmp_path, [])
    assert installer.removed == ["tabulate"]
    assert "tabulate" not in installer.present and "tensorflow-cpu" in installer.present


def test_changed_requirements_install_the_difference_and_remove_what_nothing_needs(tmp_path):
    """A target that wants one package more installs that package; one that wants one less
    loses it and what only it needed, never what another requirement still reaches."""
    env = MATRIX_.environment("tf2.15")
    deps = {
        "csbdeep": ("numpy", "scipy", "tifffile", "matplotlib"),
        "matplotlib": ("numpy", "pillow"),
        "segmentation-models": ("scipy", "efficientnet"),
    }
    installer = RecordingInstaller(deps=deps)
    install_needs(env, [Needs("care", ("csbdeep",))], installer, tmp_path, [])
    assert sorted(installer.new[-1]) == ["csbdeep", "matplotlib", "pillow", "scipy", "tifffile"]

    both = [Needs("care", ("csbdeep",)), Needs("sm", ("segmentation-models",))]
    install_needs(env, both, installer, tmp_path, [])
    assert installer.removed == [], "what is there and still wanted stays"
    assert sorted(installer.new[-1]) == ["efficientnet", "segmentation-models"]

    install_needs(env, [Needs("sm", ("segmentation-models",))], installer, tmp_path, [])
    assert sorted(installer.removed) == ["csbdeep", "matplotlib", "pillow", "tifffile"]
    assert "scipy" in installer.present, "segmentation-models still needs it"
    assert "numpy" in installer.present, "the environment's own: never removed"

    installer.removed.clear()
    install_needs(env, [Needs("sm")], installer, tmp_path, [])
    assert sorted(installer.removed) == ["efficientnet", "scipy", "segmentation-models"]
    assert set(installer.present) == {"tensorflow-cpu", "numpy"}


def test_what_is_still_needed_follows_extras_and_markers_of_the_venv():
    venv = Dependencies(
        {
            "tensorflow": (
                "numpy>=1.26",
                'nvidia-cudnn-cu12; extra == "and-cuda"',
                'tensorflow-io-gcs-filesystem; python_version < "3.12"',
                'typing-extensions; python_version < "3.0"',
            ),
            "numpy": (),
            "nvidia-cudnn-cu12": ("nvidia-cublas-cu12",),
            "nvidia-cublas-cu12": (),
            "tensorflow-io-gcs-filesystem": (),
            "typing-extensions": (),
            "pandas": ("numpy",),
        },
        {"python_version": "3.11"},
    )
    plain = still_needed(["tensorflow==2.21.0", "--pre"], venv)
    assert plain == {"tensorflow", "numpy", "tensorflow-io-gcs-filesystem"}
    cuda = still_needed(["tensorflow[and-cuda]==2.21.0"], venv)
    assert cuda == plain | {"nvidia-cudnn-cu12", "nvidia-cublas-cu12"}


def test_the_dependencies_script_reads_this_interpreter(tmp_path):
    import sys

    done = subprocess.run(
        [sys.executable, "-c", DEPENDENCIES_SCRIPT], capture_output=True, text=True, check=True
    )
    venv = read_dependencies(done.stdout)
    assert "packaging" in venv.requires
    assert venv.markers["python_version"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert "packaging" in still_needed(["packaging"], venv)


# --- the preflight and the classification, with real TensorFlow in real children -------


@needs_tf
@pytest.mark.tf
def test_preflight_makes_a_missing_package_infra_with_one_line_and_no_verdict(tmp_path):
    project = FIXTURES / "tfp_project"
    proc, records = run_cells(
        tmp_path / "run",
        "-t",
        "tfpmodels:create_model",
        "--target-path",
        str(project),
        "-s",
        "n128-then-64",
        "--no-cache",
    )
    line = "missing dependency 'tabulate': add --with tabulate or requires in matrix.toml"
    assert proc.returncode == 0, proc.stderr  # --no-report: the report judges
    assert proc.stderr.count(f"local / tfpmodels.create_model: 6 cells infra: {line}") == 1
    # the quick default's configs but the spike's switch (4), the 2 workarounds @ jit-compile
    assert len(records) == 6, sorted(records)
    for record in records.values():
        assert (record.status, record.failure_class, record.message) == (
            "infra",
            "missing-dependency",
            line,
        )
        assert record.stage.name == "preflight"
        log = (tmp_path / "run" / record.log).read_text()
        assert f"# not run: {line}" in log and "[xla-matrix] stage" not in log  # never run
    from harness.judge.verdicts import derive_verdicts

    assert {v.verdict for v in derive_verdicts(list(records.values()))} == {"infra"}


@needs_tf
@pytest.mark.tf
def test_a_target_that_cannot_be_imported_is_infra_named_once_by_the_preflight(tmp_path):
    """`from numpy import NoSuchThing` at the top of the target: no model is ever built, so
    its cells are infra (import-incompatible) with the ImportError's line, in the record and
    in the verdicts alike, and none of them is run."""
    proc, records = run_cells(
        tmp_path / "run",
        "-t",
        "incompatible:create_model",
        "--target-path",
        str(FIXTURES),
        "-s",
        "n128-then-64",
    )
    line = (
        "ImportError loading the target: cannot import name 'NoSuchThingInThisNumpy' from 'numpy'"
    )
    assert proc.returncode == 0, proc.stderr  # --no-report: the report judges
    assert proc.stderr.count(f"local / incompatible.create_model: 8 cells infra: {line}") == 1
    assert len(records) == 8, sorted(records)
    for record in records.values():
        assert (record.status, record.failure_class) == ("infra", "import-incompatible")
        assert record.message.startswith(line), record.message
        assert record.stage.name == "preflight"
        assert record.exception.type == "ImportError"
        log = (tmp_path / "run" / record.log).read_text()
        assert "# not run: ImportError loading the target" in log
        assert "[xla-matrix] stage" not in log  # never run
    assert {v.verdict for v in verdicts_of(tmp_path / "run")} == {"infra"}


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_imports_inside_a_factory_missing_module_is_infra_missing_name_is_a_failure(tmp_path):
    factories = ("missing_dependency", "missing_name", "missing_submodule")
    args = [a for f in factories for a in ("-t", f"faulty:imports_a_{f}")]
    _, records = run_cells(
        tmp_path / "run",
        *args,
        "--target-path",
        str(FIXTURES),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
        "--no-cache",
    )
    r = {key.split("/")[0].removeprefix("faulty.imports_a_"): rec for key, rec in records.items()}
    dep = r["missing_dependency"]
    assert (dep.status, dep.failure_class, dep.stage.name) == (
        "infra",
        "missing-dependency",
        "build",
    )
    assert dep.message.startswith(
        "missing dependency 'xla_matrix_absent_dependency': add --with xla-matrix-absent-dependency"
    )
    for name in ("missing_name", "missing_submodule"):
        assert (r[name].status, r[name].failure_class) == ("fail", "import-incompatible"), r[name]
    assert "cannot import name 'NoSuchLayerInThisKeras'" in r["missing_name"].message
    assert "keras.src.no_such_submodule" in r["missing_submodule"].message


# --- the cache key covers the target's whole tree ----------------------------------------


def _tree(root: Path) -> Path:
    root.mkdir()
    (root / "tinymodel.py").write_text((FIXTURES / "faulty.py").read_text())
    (root / "data").mkdir()
    (root / "data" / "settings.json").write_text('{"probe_scale": 4.0}\n')
    return root


def _cached(reports: Path, name: str, tree: Path, env: dict[str, str] | None = None) -> bool:
    _, records = run_cells(
        reports / name,
        "-t",
        "tinymodel:noisy",
        "--target-path",
        str(tree),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
        cache=reports / "cache",
        env=env,
    )
    (record,) = records.values()
    assert record.status == "pass", record.message
    return bool(record.cached_from)


@needs_tf
@pytest.mark.tf
def test_editing_any_file_of_a_plain_tree_reruns_its_cells(tmp_path):
    tree = _tree(tmp_path / "project")
    reports = tmp_path / "reports"
    assert not _cached(reports, "one", tree)
    assert _cached(reports, "two", tree)
    (tree / "data" / "settings.json").write_text('{"probe_scale": 2.0}\n')  # not Python
    assert not _cached(reports, "three", tree)
    (tree / "notes").mkdir()
    (tree / "notes" / "new.txt").write_text("a new file\n")
    assert not _cached(reports, "four", tree)
    assert _cached(reports, "five", tree)


@needs_tf
@pytest.mark.tf
def test_a_git_checkout_is_keyed_by_its_files_with_their_uncommitted_changes(tmp_path):
    tree = _tree(tmp_path / "project")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(tree), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    (tree / ".gitignore").write_text("scratch/\n")
    git("add", "-A")
    git("commit", "-qm", "first")
    reports = tmp_path / "reports"
    assert not _cached(reports, "one", tree)
    (tree / "scratch").mkdir()
    (tree / "scratch" / "ignored.txt").write_text("ignored by git\n")
    assert _cached(reports, "two", tree), "an ignored file is not source"
    (tree / "data" / "settings.json").write_text('{"probe_scale": 2.0}\n')
    assert not _cached(reports, "three", tree), "an uncommitted change reruns"
    (tree / "untracked.txt").write_text("new\n")
    assert not _cached(reports, "four", tree), "an untracked file reruns"
    git("add", "-A")
    git("commit", "-qm", "second")
    assert _cached(reports, "five", tree), "committed as they were: the same files"
    (tree / "tinymodel.py").write_text((FIXTURES / "faulty.py").read_text() + "\n# edited\n")
    git("commit", "-qam", "third")
    assert not _cached(reports, "six", tree), "a committed change reruns"
    assert _cached(reports, "seven", tree)


@needs_tf
@pytest.mark.tf
def test_bytecode_and_tool_caches_a_cell_writes_into_a_checkout_keep_its_key(tmp_path):
    """With PYTHONDONTWRITEBYTECODE unset the cells write __pycache__/ into the target's
    tree; in a git checkout without a .gitignore that is an untracked file like any other,
    and it made every later run miss the cache."""
    tree = _tree(tmp_path / "project")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "first"]):
        subprocess.run(
            ["git", "-C", str(tree), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True,
            capture_output=True,
        )
    reports = tmp_path / "reports"
    writes_bytecode = {"PYTHONDONTWRITEBYTECODE": ""}  # empty: Python writes .pyc files
    assert not _cached(reports, "one", tree, writes_bytecode)
    assert list((tree / "__pycache__").glob("tinymodel.*.pyc")), "the cell wrote bytecode"
    (tree / ".pytest_cache" / "v").mkdir(parents=True)
    (tree / ".pytest_cache" / "v" / "lastfailed").write_text("{}\n")
    (tree / "data" / "settings.pyc").write_bytes(b"\0")
    assert _cached(reports, "two", tree, writes_bytecode)
    (tree / "data" / "notes.txt").write_text("an untracked file of the project\n")
    assert not _cached(reports, "three", tree, writes_bytecode)


def test_infra_records_never_replace_a_settled_result(tmp_path):
    from harness.config.names import Cell
    from harness.results import store
    from harness.results.records import Status

    done = Cell("tf2.15", "mine", "n128-then-64", "baseline")
    todo = Cell("tf2.15", "mine", "n128-then-64", "eager")
    store.write_record(tmp_path, store.new_record(done, "baseline", Status.PASS))
    count = store.write_infra_records(tmp_path, [done, todo], {}, "could not install x")
    assert count == 1
    assert store.read_record(store.result_path(tmp_path, done))[0].status is Status.PASS
    assert store.read_record(store.result_path(tmp_path, todo))[0].status is Status.INFRA


def test_an_unavailable_target_is_infra_with_a_log_that_says_why_without_running(tmp_path):
    """--infra-target (the noxfile's --infra-targets): each cell is written as not run, with
    its own log, and nothing is launched (no TensorFlow needed)."""
    from .conftest import run_cells

    args = ("-t", "plain", "-s", "n128-then-64", "--infra-target", "plain=no wheel for it")
    proc, records = run_cells(tmp_path / "run", *args)
    # said once for the 6 cells; --no-report leaves the exit code to the report
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("no wheel for it") == 1, proc.stderr
    assert "xla-matrix: local / plain: 6 cells infra: no wheel for it" in proc.stderr
    assert len(records) == 6, sorted(records)  # no-xla-translate is not plain's switch
    for record in records.values():
        assert (record.status, record.failure_class, record.message) == (
            "infra",
            "install",
            "no wheel for it",
        )
        assert record.stage is not None and record.stage.name == "install"
        assert record.run_id == "run" and record.exception is None
        log = (tmp_path / "run" / record.log).read_text()
        assert log == f"# xla-matrix cell {record.id}\n# not run: no wheel for it\n"


def test_bad_requirements_stop_with_one_line_before_anything_runs(tmp_path):
    from .conftest import run_cli

    for arg, message in (
        (
            "--with=--index-url=http://x",
            "--with: must be requirements such as 'pandas>=2', not pip",
        ),
        (
            "--with=tensorflow-probability[tf]",
            "target plain: 'tensorflow-probability[tf]': a companion is installed without extras",
        ),
    ):
        proc = run_cli("run", "--run-dir", str(tmp_path / "run"), "-t", "plain", arg)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith(f"xla-matrix: error: {message}"), proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_a_target_path_that_is_no_folder_stops_with_one_line_before_anything_runs(tmp_path):
    from .conftest import run_cli

    project = tmp_path / "project"
    project.mkdir()
    (project / "xla-matrix.toml").write_text(
        '[[target]]\nname = "no-path"\npath = "does-not-exist"\nfactory = "m:create_model"\n'
    )
    run_dir = tmp_path / "reports" / "run"
    for args, message in (
        (
            ["--matrix", str(MATRIX), "-t", "plain", "--target-path", "../nonexistent"],
            f"--target-path: no folder '../nonexistent' (from {project})",
        ),
        (
            ["--matrix", str(project / "xla-matrix.toml")],
            f"{project / 'xla-matrix.toml'}: target.no-path.path: no folder "
            f"'{project / 'does-not-exist'}'",
        ),
    ):
        proc = run_cli("run", "--run-dir", str(run_dir), *args, cwd=project)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr == f"xla-matrix: error: {message}\n"
        assert not run_dir.parent.exists(), "nothing is written before the selection is checked"


def test_bisect_probes_install_the_targets_requirements_for_their_tensorflow():
    from harness.bisect.probe import probe_environment, probe_steps

    target = Target(name="p", factory="m:f", requires=("tabulate", "tensorflow-probability"))
    env = probe_environment(MATRIX_, "tensorflow-cpu", "2.17.1", "auto")
    name, steps = probe_steps(env, target, pre=False)
    assert steps[0] == [
        "tensorflow-cpu==2.17.1",
        "keras==3.4.1",
        "tabulate",
        "tensorflow-probability==0.24.0",
    ]
    assert steps[1] == ["--no-deps", "tf-keras==2.17.0"]
    assert name.startswith("tensorflow-cpu-2.17.1-") and name != env.name
    bare, _ = probe_steps(env, Target(name="q", factory="m:f"), pre=False)
    assert bare == env.name
    with pytest.raises(ValueError, match="no known tensorflow-probability release"):
        probe_steps(probe_environment(MATRIX_, "tensorflow-cpu", "2.11.1", "auto"), target, False)


def test_the_report_names_the_companions_each_environment_had(tmp_path):
    from harness.config.names import Cell
    from harness.report.build import report_dirs
    from harness.results import store
    from harness.results.records import Status

    for env, tfp in (("tf2.15", "0.23.0"), ("tf2.16-keras3", "0.24.0"), ("tf2.21-keras3", None)):
        record = store.new_record(Cell(env, "p", "s", "baseline"), "baseline", Status.PASS)
        record.fingerprint = {
            "tensorflow": env[2:6],
            "keras": "3",
            "keras_flavour": "keras3",
            "numpy": "1.26.4",
            "companions": {"tensorflow-probability": tfp} if tfp else {},
        }
        store.write_record(tmp_path, record)
    from harness.config.matrix import load_matrix

    from .conftest import MATRIX

    report_dirs([tmp_path], tmp_path, quiet=True, matrix=load_matrix(MATRIX))
    markdown = (tmp_path / "xla_matrix.md").read_text()
    assert "## Companions installed" in markdown
    assert (
        "- tf2.15: TensorFlow 2.15, keras3 3, numpy 1.26.4; tensorflow-probability 0.23.0"
        in markdown
    )
    assert "tf2.16-keras3: TensorFlow 2.16" in markdown and "tf2.21-keras3: Tens" not in markdown
