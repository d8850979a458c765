"""Translation upkeep: `python -m tools.i18n update` collects every translatable string of app/ and
ui/ into resources/translations/dormdesk_en.ts (pyside6-lupdate, keeping existing translations);
`missing` lists the strings still without English; `apply FILE.tsv` writes translations
(context<TAB>source<TAB>translation per line) into the .ts, which stays the one source of truth."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree as SafeET

from app.paths import PROJECT_ROOT

TS = PROJECT_ROOT / "resources" / "translations" / "dormdesk_en.ts"


def sources() -> list[str]:
    files = sorted(str(p.relative_to(PROJECT_ROOT)) for p in (PROJECT_ROOT / "app").rglob("*.py"))
    files += sorted(str(p.relative_to(PROJECT_ROOT)) for p in (PROJECT_ROOT / "reports").rglob("*.py"))
    files += sorted(str(p.relative_to(PROJECT_ROOT)) for p in (PROJECT_ROOT / "ui").glob("*.ui"))
    return files


def update() -> None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(exe) if exe.exists() else "pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none",
           "-source-language", "zh_CN", "-target-language", "en_US", "-ts", str(TS)]
    subprocess.run(cmd, check=True, cwd=PROJECT_ROOT)


def unfinished(path: Path = TS) -> list[tuple[str, str]]:
    tree = SafeET.parse(path)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                out.append((name, message.findtext("source")))
    return out


def apply(tsv: Path) -> int:
    import xml.etree.ElementTree as ET  # writing our own file; parsing above is via defusedxml
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip():
            wanted[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
    tree = ET.parse(TS)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key in wanted:
                tr = message.find("translation")
                tr.text = wanted[key]
                tr.attrib.pop("type", None)
                count += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "missing":
        for ctx, src in unfinished():
            print(f"{ctx}\t{src!r}")
    elif command == "apply":
        print(f"{apply(Path(argv[1]))} translations written")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
