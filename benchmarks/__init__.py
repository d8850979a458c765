"""Benchmarks (`python -m benchmarks`): each benchmarks/bench_<area>.py module has a function
`run() -> list[(figure, seconds, baseline_seconds)]` that measures its figures and their baselines
in the same run; the runner prints them side by side with their ratio. Benchmarks are not tests."""
