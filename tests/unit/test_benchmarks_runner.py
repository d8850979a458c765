"""`python -m benchmarks`: runs every bench module, prints the table with ratios, survives a failing
module, and `--only` runs one."""
from __future__ import annotations

import sys
import types

import benchmarks.__main__ as runner


def _install(monkeypatch):
    good = types.ModuleType("benchmarks.bench_good")
    good.run = lambda: [("写入 1000 行", 0.5, 0.25), ("quick", 2.0, 4.0)]
    bad = types.ModuleType("benchmarks.bench_bad")

    def boom():
        raise RuntimeError("database missing")

    bad.run = boom
    monkeypatch.setitem(sys.modules, "benchmarks.bench_good", good)
    monkeypatch.setitem(sys.modules, "benchmarks.bench_bad", bad)
    monkeypatch.setattr(runner, "discover", lambda: ["bad", "good"])


def test_table_with_ratios_and_a_failing_module(monkeypatch, capsys):
    _install(monkeypatch)
    assert runner.main([]) == 1
    out = capsys.readouterr().out
    assert "database missing" in out
    lines = out.splitlines()
    header = next(ln for ln in lines if ln.startswith("figure"))
    assert [c.strip() for c in header.split("|")] == ["figure", "measured", "baseline", "ratio"]
    row = next(ln for ln in lines if ln.startswith("写入 1000 行"))
    assert [c.strip() for c in row.split("|")] == ["写入 1000 行", "500.0 ms", "250.0 ms", "2.00×"]
    assert any(ln.startswith("quick") and "0.50×" in ln for ln in lines)


def test_only_runs_one_module(monkeypatch, capsys):
    _install(monkeypatch)
    assert runner.main(["--only", "good"]) == 0
    out = capsys.readouterr().out
    assert "== good" in out and "== bad" not in out
    assert runner.main(["--only", "nothing"]) == 2


def test_discovers_the_real_modules():
    assert "reports" in runner.discover()
