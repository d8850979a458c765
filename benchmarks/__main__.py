"""Runs every benchmarks/bench_*.py module (or one with `--only NAME`) and prints a table
figure | measured | baseline | ratio. A module that fails prints its error; the others still run."""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    """Names of the benchmark modules, without the "bench_" prefix, in alphabetical order."""
    return sorted(info.name[len("bench_"):] for info in pkgutil.iter_modules([str(HERE)])
                  if info.name.startswith("bench_"))


def _fmt_seconds(value) -> str:
    if value is None:
        return "-"
    value = float(value)
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(measured, baseline) -> str:
    try:
        return f"{float(measured) / float(baseline):.2f}×"
    except (TypeError, ValueError, ZeroDivisionError):
        return "-"


def format_table(rows: list[tuple[str, object, object]]) -> str:
    header = ("figure", "measured", "baseline", "ratio")
    body = [(str(f), _fmt_seconds(m), _fmt_seconds(b), _ratio(m, b)) for f, m, b in rows]
    widths = [max(_width(r[i]) for r in [header, *body]) for i in range(4)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in [header, *body]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def run_module(name: str) -> tuple[list, str | None, float]:
    """(rows, error text or None, seconds the module took)."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        rows = [(str(f), float(m), float(b)) for f, m, b in module.run()]
        return rows, None, time.perf_counter() - started
    except Exception:  # noqa: BLE001 - one failing benchmark must not stop the others
        return [], traceback.format_exc(), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", help="run one module (e.g. reports for bench_reports.py)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = discover()
    if args.only:
        wanted = args.only.removeprefix("bench_").removesuffix(".py")
        if wanted not in names:
            print(f"no benchmark named {args.only}; available: {', '.join(names) or 'none'}", file=sys.stderr)
            return 2
        names = [wanted]
    all_rows, failed = [], 0
    for name in names:
        print(f"== {name}", flush=True)
        rows, error, seconds = run_module(name)
        if error:
            failed += 1
            print(f"   FAILED after {seconds:.1f} s:\n{error}", flush=True)
            continue
        print(f"   done in {seconds:.1f} s", flush=True)
        all_rows.extend(rows)
    print()
    print(format_table(all_rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
