"""PDF forms and Excel registers. Plain functions `build_x(data, path, progress=None) -> Path`; no Qt."""
