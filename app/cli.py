"""The command line (argparse), calling the same services as the GUI.

`dormdesk` alone opens the GUI. Exit codes: 0 done; 2 usage error; 3 input rejected or failed
validation; 4 not found; 1 unexpected error. Actions are audited as the operating-system user on
channel `cli`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import DormDeskError, NotFound, ValidationError

# logging, random and getpass are imported where used: `dormdesk` alone must show its first dialog
# quickly (benchmarks/bench_startup.py).


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"{self.prog}: 参数错误：{message}", file=sys.stderr)
        raise SystemExit(2)


class _QuietParser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


def _top_parser(cls=argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of `dormdesk` alone (the GUI), which also come before a command."""
    top = cls(add_help=False)
    top.add_argument("--db", help="数据库地址，例如 postgresql+psycopg://user@host/dormdesk")
    top.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    top.add_argument("--smoke", action="store_true",
                     help="无窗口自检：打开首次运行或登录对话框（给出 --smoke-user 时登录并打开每个页面）后退出")
    top.add_argument("--smoke-user", help="--smoke 时登录的用户名")
    top.add_argument("--smoke-password-file", help="--smoke 时该用户的密码文件")
    return top


def _gui_args(argv: list[str]):
    """`dormdesk [options]` without a command, parsed without building every command's parser
    (that saves a few ms before the login dialog); None when argv has a command, help or an error."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    try:
        args, extra = _top_parser(_QuietParser).parse_known_args(argv)
    except UsageError:
        return None  # the full parser reports it
    if extra:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    top = _top_parser()
    # The same options after the command; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="数据库地址")
    common.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="界面语言")
    p = _Parser(prog="dormdesk", description="DormDesk 宿管台", parents=[top])
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", parents=[common], help="创建或升级数据库")
    init.add_argument("--admin", help="初始管理员用户名")
    init.add_argument("--password-file", help="存放初始管理员密码的文件")
    init.add_argument("--display-name", help="初始管理员姓名")

    demo = sub.add_parser("demo", parents=[common], help="向空数据库填充演示数据")
    demo.add_argument("--students", type=int, default=1200)
    demo.add_argument("--seed", type=int, default=2026)

    imp = sub.add_parser("import", parents=[common], help="导入数据")
    imp.add_argument("kind", choices=["students"])
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--all-or-nothing", action="store_true")
    imp.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", parents=[common], help="导出 Excel 登记表")
    exp_sub = exp.add_subparsers(dest="what", parser_class=_Parser)
    reg = exp_sub.add_parser("register", parents=[common])
    reg.add_argument("kind")
    reg.add_argument("--month")
    reg.add_argument("--from", dest="date_from")
    reg.add_argument("--to", dest="date_to")
    reg.add_argument("--building")
    reg.add_argument("-o", "--output", required=True)
    monthly = exp_sub.add_parser("monthly", parents=[common])
    monthly.add_argument("--month", required=True)
    monthly.add_argument("--building")
    monthly.add_argument("-o", "--output", required=True)

    prn = sub.add_parser("print", parents=[common], help="打印表单为 PDF")
    prn.add_argument("kind")
    prn.add_argument("number")
    prn.add_argument("-o", "--output", required=True)

    bk = sub.add_parser("backup", parents=[common], help="备份数据库")
    bk.add_argument("-o", "--output")
    rs = sub.add_parser("restore", parents=[common], help="从备份恢复数据库")
    rs.add_argument("file")
    sub.add_parser("check", parents=[common], help="检查数据库完整性")
    sh = sub.add_parser("screenshots", parents=[common], help="把每个主界面截图为 PNG")
    sh.add_argument("dir")
    return p


def cli_context(db):
    import getpass

    from app.services.context import Actor, ServiceContext
    user = getpass.getuser()
    return ServiceContext(db=db, actor=Actor(username=user, display_name=user, role="admin"), channel="cli")


def _open(args, migrate=True):
    from app.services.bootstrap import database_url, prepare
    return prepare(database_url(args.db), migrate=migrate)


def _period(args):
    from app.services.periods import parse_month, parse_range
    if args.month:
        return parse_month(args.month)
    if args.date_from and args.date_to:
        return parse_range(args.date_from, args.date_to)
    raise UsageError("需要 --month YYYY-MM 或 --from D --to D")


def cmd_init(args) -> int:
    from app.services import auth
    db = _open(args)
    ctx = cli_context(db)
    if args.admin:
        if not args.password_file:
            raise UsageError("--admin 需要同时给出 --password-file")
        password = Path(args.password_file).read_text(encoding="utf-8").strip()
        if auth.user_count(ctx):
            print("数据库中已有用户，未创建管理员。")
        else:
            auth.create_first_admin(ctx, args.admin, args.display_name or args.admin, password)
            print(f"已创建系统管理员 {args.admin}")
    print(f"数据库已就绪：{db.display_name()}")
    return 0


def cmd_demo(args) -> int:
    import random

    from app.services import demo
    db = _open(args)
    for line in demo.run(cli_context(db), random.Random(args.seed), {"students": args.students}):
        print(line)
    return 0


def cmd_import(args) -> int:
    from app.services import roster_import
    db = _open(args)
    return roster_import.run_cli(cli_context(db), Path(args.file), dry_run=args.dry_run,
                                 all_or_nothing=args.all_or_nothing, as_json=args.json)


def cmd_export(args) -> int:
    from app.services import catalog, registers
    if args.what == "monthly":
        from app.services import monthly_pack
        db = _open(args)
        path = monthly_pack.export(cli_context(db), _period(args), args.building, Path(args.output))
        print(path)
        return 0
    if args.what != "register":
        raise UsageError("用法：dormdesk export register KIND ... 或 dormdesk export monthly ...")
    sources = catalog.registers()
    if args.kind not in sources:
        raise UsageError(f"未知的登记表 {args.kind}；可用：{', '.join(sorted(sources))}")
    db = _open(args)
    path = registers.export(cli_context(db), args.kind, _period(args), args.building, Path(args.output))
    print(path)
    return 0


def cmd_print(args) -> int:
    from app.services import catalog
    sources = catalog.prints()
    if args.kind not in sources:
        raise UsageError(f"未知的表单 {args.kind}；可用：{', '.join(sorted(sources)) or '无'}")
    db = _open(args)
    path = sources[args.kind].build(cli_context(db), args.number, Path(args.output))
    print(path)
    return 0


def cmd_backup(args) -> int:
    from app.services import backup
    db = _open(args, migrate=False)
    print(backup.backup(db, Path(args.output) if args.output else None))
    return 0


def cmd_restore(args) -> int:
    from app.services import backup
    db = _open(args, migrate=False)
    safety = backup.restore(cli_context(db), Path(args.file))
    print(f"已恢复；恢复前的数据已备份到 {safety}")
    return 0


def cmd_check(args) -> int:
    from app.services import backup
    db = _open(args, migrate=False)
    result = backup.check(db)
    if result.ok:
        print("数据库检查通过。")
        return 0
    for line in result.problems:
        print(line)
    return 3


def cmd_screenshots(args) -> int:
    from app.gui_main import take_screenshots
    return take_screenshots(args)


def _install_language(language: str) -> None:
    """Registers and prints in English (`--lang en`): Qt's translator without a window."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n, uic
    uic.ensure_built()
    global _QT_APP
    _QT_APP = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(_QT_APP, language)


_QT_APP = None

COMMANDS = {"init": cmd_init, "demo": cmd_demo, "import": cmd_import, "export": cmd_export,
            "print": cmd_print, "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
            "screenshots": cmd_screenshots}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _gui_args(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from app.gui_main import run_gui
        return run_gui(args)
    import logging
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if getattr(args, "lang", None) == "en" and args.command in ("export", "print"):
        _install_language("en")
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"dormdesk: 参数错误：{exc}", file=sys.stderr)
        return 2
    except (NotFound, ValidationError, DormDeskError) as exc:
        print(f"dormdesk: {exc.text()}", file=sys.stderr)
        return exc.exit_code
    except FileNotFoundError as exc:
        print(f"dormdesk: 文件不存在：{exc.filename}", file=sys.stderr)
        return 4
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence prints, never a traceback
        logging.getLogger(__name__).debug("unexpected", exc_info=True)
        print(f"dormdesk: 意外错误：{exc}", file=sys.stderr)
        return 1
