"""Qt Designer forms (.ui); their compiled Python lives in ui/generated/ (not committed)."""
