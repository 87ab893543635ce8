"""Identity noise (#22 item 15): how far two compilations of the same code give the same HLO.

One cell per environment and target runs twice; where its runs compiled the same functions
to HLO that hashes differently, identities are no evidence of a change there and the judge
compares modules by count. Canonical HLO keeps that noise small."""

from __future__ import annotations

from harness.config.matrix import load_matrix
from harness.config.selection import Selection, select_cells, select_environments
from harness.judge.verdicts import derive_verdicts
from harness.run.scheduler import noise_cells

from .conftest import MATRIX, tolerance
from .test_verdicts import A, B, Run


def test_one_cell_per_environment_and_target_runs_twice_the_context_probe_first():
    matrix = load_matrix(MATRIX)
    selection = Selection()
    quick = [e for e in matrix.environments.values() if e.tier == "quick"]
    envs = select_environments(matrix, selection, quick)
    cells = select_cells(matrix, selection, envs)
    chosen = noise_cells(matrix, cells)
    pairs = {(c.environment, c.target) for c in cells}
    assert {(c.environment, c.target) for c in chosen} == pairs
    assert len(chosen) == len(pairs)
    assert {c.config for c in chosen} == {"jit-compile"} and not any(c.context for c in chosen)
    without_context = [c for c in cells if c.config != "jit-compile" and not c.context]
    assert {c.config for c in noise_cells(matrix, without_context)} == {"baseline"}


def test_where_identities_are_noisy_a_workaround_is_judged_by_count(tmp_path):
    run = Run(tmp_path)
    run.cell("baseline", modules=(A, B)).cell("fix", modules=(A, "translate_xla#cccccccccccc"))
    run.cell("eager", modules=())
    assert run.verdicts()["fix"].verdict == "not needed"
    run.records[0].xla.identity_noise = True  # the baseline's repeats disagreed in HLO
    v = {v.label: v for v in derive_verdicts(run.records, tolerance())}["fix"]
    assert v.verdict == "inert", v.reason
    assert "HLO identities not comparable here" in v.reason


HLO = """HloModule a_inference_translate_xla_431__.280, entry_computation_layout={{(f32[4,8]{{1,0}})->f32[4,8]{{1,0}}}}

region_0.{r} {{
  Arg_0.{a} = f32[] parameter(0)
  Arg_1.{b} = f32[] parameter(1)
  ROOT add.{c} = f32[] {op}(Arg_0.{a}, Arg_1.{b}), metadata={{op_type="Sum" op_name="{name}" source_file="{src}" source_line={line}}}
}}

ENTRY a_inference_translate_xla_431__.280 {{
  Arg_0.{p} = f32[4,8]{{1,0}} parameter(0), frontend_attributes={{_xla_compile_id="{cid}"}}
  constant.{k} = f32[] constant(0)
  reduce.{d} = f32[4]{{0}} reduce(Arg_0.{p}, constant.{k}), dimensions={{1}}, to_apply=region_0.{r}
  ROOT broadcast.{e} = f32[4,8]{{1,0}} broadcast(reduce.{d}), dimensions={{0}}
}}
"""
MODULE = "a_inference_translate_xla_431__.280"


def hlo(start: int = 1, op: str = "add", name: str = "sum", src: str = "a.py", cid: str = "7"):
    n = {k: start + i for i, k in enumerate("rabcpkde")}
    return HLO.format(**n, op=op, name=name, src=src, line=start, cid=cid)


def test_canonical_hlo_drops_what_varies_between_identical_compilations():
    from harness.cell.evidence import normalised_hlo

    first = normalised_hlo(hlo(1), MODULE)
    again = normalised_hlo(hlo(412, name="model/sum_3", src="/venv/b.py", cid="99"), MODULE)
    assert first == again, "numbering, op names, source lines and compile ids are not identity"
    assert "translate_xla" in first and "431" not in first
    assert normalised_hlo(hlo(1, op="multiply"), MODULE) != first, "another computation differs"
    wider = hlo(1).replace("f32[4,8]", "f32[4,16]")
    assert normalised_hlo(wider, MODULE) != first, "another shape differs"


def test_xla_modules_are_named_by_function_and_canonical_hlo(tmp_path):
    from harness.cell.evidence import function_name, xla_modules

    assert function_name("a_inference_translate_xla_382__.1") == "translate_xla"
    assert function_name("__inference_one_step_on_data_666") == "one_step_on_data"
    assert function_name("cluster_12") == "cluster"
    (tmp_path / f"module_0001.{MODULE}.before_optimizations.txt").write_text(hlo(1))
    (tmp_path / f"module_0001.{MODULE}.ir-no-opt.ll").write_text("llvm")
    other = "a_inference_translate_xla_900__.77"
    (tmp_path / f"module_0002.{other}.before_optimizations.txt").write_text(
        hlo(50).replace(MODULE, other)
    )
    (tmp_path / "module_0003.cluster_4.before_optimizations.txt.missing").write_text("")
    modules = xla_modules(tmp_path)
    assert [m.name for m in modules] == ["translate_xla", "translate_xla", "cluster"]
    assert modules[0].hlo == modules[1].hlo != ""
    assert modules[2].hlo == "" and modules[2].identity == "cluster"
    assert xla_modules(tmp_path / "absent") == []
