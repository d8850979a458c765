"""Excel registers: one declarative engine (register.py) and one shared style (style.py)."""
