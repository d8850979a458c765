"""Qt Designer forms (.ui); their compiled Python lives in ui/generated/ (not committed).

In a checkout, importing this package rebuilds any stale form first, so every entry point (the GUI,
the command line, the tests, the benchmarks) imports current generated modules. An installed
package or a bundle carries the modules built at package build time and writes nothing here.
"""
from app import uic as _uic

_uic.ensure_built()
