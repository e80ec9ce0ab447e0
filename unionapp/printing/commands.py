"""`unionapp print …` (DESIGN §8): member cards, certificates, the 会员登记表 and the calibration
page, without a screen. `register(subparsers)` adds the command; `run(db, args)` carries it out
and returns the exit status; unusable input raises UsageProblem (exit 2).

`print roster CAMPAIGN` prints a campaign's 签领表 (optionally one township's part) and
`print visit ID` a 走访慰问登记表."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

LAYOUT_CHOICES = ("cr80", "a4")


def register(subparsers) -> None:
    printing = subparsers.add_parser("print", help="打印会员卡、证书、登记表和校准页（生成 PDF）")
    sub = printing.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)

    cards = sub.add_parser("cards", help="打印会员卡，并记录发卡")
    cards.add_argument("out", metavar="OUT.pdf")
    cards.add_argument("--layout", default="cr80",
                       help="版式：cr80（卡片打印机单卡，默认）、a4（A4 每页 10 张），或模板文件路径")
    cards.add_argument("--org", help="所属工会（名称或编号），含下级工会")
    cards.add_argument("--no-card-yet", action="store_true", help="只打印尚未制卡的会员")
    cards.add_argument("--member-no", action="append", default=[], metavar="N", help="会员编号，可重复使用")
    cards.add_argument("--search", help="按姓名、拼音首字母、身份证号片段、会员编号或手机号查找")
    cards.add_argument("--all-statuses", action="store_true", help="包括已退会、除名等不在会的会员")
    cards.add_argument("--back", action="store_true", help="同时打印背面（双面）")
    cards.add_argument("--issued-on", help="发卡日期（默认今天），如 2026-11-21")
    cards.add_argument("--no-record", action="store_true", help="只生成文件，不记录为已发卡（如试印）")
    _offset_args(cards)
    cards.add_argument("--font", help="使用指定的 TrueType 字体文件")

    certificates = sub.add_parser("certificates", help="批量打印荣誉证书、获奖证书")
    certificates.add_argument("out", metavar="OUT.pdf")
    certificates.add_argument("--from", dest="source", required=True, metavar="FILE",
                              help="名单（.xlsx/.xls/.ods/.csv），列：姓名、单位、称号/奖项、证书编号、颁发单位、日期")
    certificates.add_argument("--mode", choices=("full", "overlay"), default="full",
                              help="full 空白纸整张打印（默认）；overlay 套打到预印证书上")
    certificates.add_argument("--title", help="证书名称，如 荣誉证书、获奖证书（默认取模板）")
    certificates.add_argument("--template", default=None,
                              help="证书模板：honour（荣誉证书）、award（获奖证书），或模板文件路径")
    _offset_args(certificates)
    certificates.add_argument("--font", help="使用指定的 TrueType 字体文件")

    form = sub.add_parser("member-form", help="打印会员登记表")
    form.add_argument("member_no", metavar="MEMBER_NO")
    form.add_argument("out", metavar="OUT.pdf")
    form.add_argument("--font", help="使用指定的 TrueType 字体文件")

    roster = sub.add_parser("roster", help="打印帮扶活动的签领表（发放花名册）")
    roster.add_argument("campaign", metavar="CAMPAIGN", help="活动编号，如 2026-001")
    roster.add_argument("out", metavar="OUT.pdf")
    roster.add_argument("--township", metavar="NAME", help="只打印该乡镇（街道）或工会（名称或编号）的部分")

    visit = sub.add_parser("visit", help="打印走访慰问登记表")
    visit.add_argument("visit", metavar="ID", help="登记编号（如 ZF2026-00001）或记录编号")
    visit.add_argument("out", metavar="OUT.pdf")

    calibration = sub.add_parser("calibration", help="打印校准页（测量打印机偏移）")
    calibration.add_argument("out", metavar="OUT.pdf")
    calibration.add_argument("--layout", default="cr80",
                             help="版式：cr80、a4、证书模板 honour/award，或模板文件路径")
    _offset_args(calibration)
    calibration.add_argument("--font", help="使用指定的 TrueType 字体文件")


def _offset_args(parser) -> None:
    parser.add_argument("--offset-x", type=float, default=0.0, metavar="MM", help="横向偏移（毫米，向右为正）")
    parser.add_argument("--offset-y", type=float, default=0.0, metavar="MM", help="纵向偏移（毫米，向下为正）")


def run(db, args) -> int:
    handler = {
        "cards": _cards,
        "certificates": _certificates,
        "member-form": _member_form,
        "calibration": _calibration,
        "roster": _roster,
        "visit": _visit,
    }[args.print_command]
    return handler(db, args)


def _actor(db, args):
    from unionapp import cli
    from unionapp.services.rights import Right

    actor = cli.actor_from_args(db, args)
    actor.require(Right.PRINT)
    return actor


def _fonts(db, args):
    from unionapp.printing.fonts import font_path_from_settings, load_fonts

    path = getattr(args, "font", None)
    if not path:
        with db.session() as session:
            path = font_path_from_settings(session)
    return load_fonts(path)


def _output(path: str) -> Path:
    from unionapp.cli import UsageProblem

    out = Path(path)
    if out.suffix.lower() != ".pdf":
        raise UsageProblem(f"输出文件应为 .pdf：{path}")
    if not out.parent.exists():
        raise UsageProblem(f"输出文件夹不存在：{out.parent}")
    return out


def _write_atomically(out: Path, write) -> object:
    """Write to a temporary file beside the target and rename: an interrupted run never leaves a
    half-written PDF under the name the clerk asked for."""
    tmp = out.with_name(out.name + ".part")
    try:
        result = write(str(tmp))
        if getattr(result, "cancelled", False):
            tmp.unlink(missing_ok=True)
            return result
        tmp.replace(out)
        return result
    finally:
        tmp.unlink(missing_ok=True)


def _warn_missing(missing: list[tuple[str, str]]) -> None:
    for who, chars in missing[:20]:
        print(f"注意：{who} 中的“{chars}”字当前字体无法打印，请安装含该字的字体或手工补写", file=sys.stderr)
    if len(missing) > 20:
        print(f"注意：另有 {len(missing) - 20} 条记录含无法打印的字", file=sys.stderr)


def select_member_ids(session, actor, args) -> list[int]:
    """The members the filters name, in list order."""
    from unionapp.cli import UsageProblem
    from unionapp.services.cards import member_ids_by_numbers, without_card
    from unionapp.services.member_search import MemberFilter, search_member_ids

    org_id = _org_id(session, args.org) if args.org else None
    ids: list[int] | None = None
    if args.member_no:
        ids, unknown = member_ids_by_numbers(session, actor, args.member_no)
        if unknown:
            raise UsageProblem(f"找不到会员编号：{'、'.join(unknown)}")
    if ids is None or org_id is not None or args.search:
        flt = MemberFilter(text=args.search or "", org_id=org_id, status=None if args.all_statuses else "current")
        matching = search_member_ids(session, actor, flt)
        if ids is None:
            ids = matching
        else:
            allowed = set(matching)
            ids = [i for i in ids if i in allowed]
    if args.no_card_yet:
        ids = without_card(session, actor, ids)
    return ids


def _org_id(session, value: str, label: str = "工会") -> int:
    from unionapp.cli import UsageProblem
    from unionapp.services.errors import ServiceError
    from unionapp.services.organizations import find_organization

    try:
        return find_organization(session, value, label)
    except ServiceError as exc:
        raise UsageProblem(exc.message) from None


def _parse_day(value: str | None) -> date:
    from unionapp.cli import UsageProblem
    from unionapp.domain.dates import parse_clerk_date
    from unionapp.domain.errors import DomainError

    if not value:
        return date.today()
    try:
        return parse_clerk_date(value)
    except DomainError as exc:
        raise UsageProblem(f"发卡日期有误：{exc}") from None


def _cards(db, args) -> int:
    from unionapp.cli import UsageProblem
    from unionapp.printing.card_layout import load_layout
    from unionapp.printing.member_card import render_cards
    from unionapp.services.cards import card_faces, record_issues

    out = _output(args.out)
    actor = _actor(db, args)
    layout = load_layout(args.layout)
    if args.back and layout.back is None:
        raise UsageProblem(f"版式 {layout.key} 没有背面")
    issued_on = _parse_day(args.issued_on)
    fonts = _fonts(db, args)
    with db.session() as session:
        ids = select_member_ids(session, actor, args)
    if not ids:
        raise UsageProblem("没有符合条件的会员，未生成文件")
    shown = [-1]

    def progress(done: int, total: int) -> bool:
        tenth = done * 10 // max(total, 1)
        if tenth != shown[0]:
            shown[0] = tenth
            print(f"  会员卡 {done}/{total}", file=sys.stderr)
        return True

    with db.session() as session:
        run_result = _write_atomically(out, lambda path: render_cards(
            path, card_faces(session, actor, ids), layout=layout, fonts=fonts, issued_on=issued_on, total=len(ids),
            back=args.back, offset_mm=(args.offset_x, args.offset_y), progress=progress))
    _warn_missing([(f"{m.name}（{m.member_no}）", m.characters) for m in run_result.missing])
    message = f"已生成会员卡 {run_result.cards} 张，共 {run_result.pages} 页：{out}"
    if not args.no_record:
        with db.session() as session:
            issued = record_issues(session, actor, ids, layout=layout.key, issued_on=issued_on,
                                   note=_describe_filter(args))
        message += f"；已记录发卡批次 {issued.batch_id}（其中补印 {issued.reprints} 张）"
    print(message)
    return 0


def _describe_filter(args) -> str:
    parts = []
    if args.org:
        parts.append(f"工会 {args.org}")
    if args.search:
        parts.append(f"查找 {args.search}")
    if args.member_no:
        parts.append(f"会员编号 {len(args.member_no)} 个")
    if args.no_card_yet:
        parts.append("尚未制卡")
    return "命令行：" + ("，".join(parts) if parts else "全部在会会员")


def _certificates(db, args) -> int:
    from unionapp.printing.certificate import load_template, render_certificates
    from unionapp.printing.honourees import read_honourees

    out = _output(args.out)
    _actor(db, args)
    people = read_honourees(args.source)
    key = args.template or ("award" if args.title and "获奖" in args.title else "honour")
    template = load_template(key)
    fonts = _fonts(db, args)
    result = _write_atomically(out, lambda path: render_certificates(
        path, people, template=template, fonts=fonts, mode=args.mode, doc_title=args.title,
        offset_mm=(args.offset_x, args.offset_y)))
    _warn_missing(list(result.missing))
    mode = "整张打印" if args.mode == "full" else "套打"
    print(f"已生成{args.title or template.title} {len(people)} 份（{mode}）：{out}")
    return 0


def _member_form(db, args) -> int:
    from unionapp.cli import UsageProblem
    from unionapp.printing.member_form import print_member_form
    from unionapp.services.cards import member_ids_by_numbers

    out = _output(args.out)
    actor = _actor(db, args)
    fonts = _fonts(db, args)
    with db.session() as session:
        ids, unknown = member_ids_by_numbers(session, actor, [args.member_no])
        if unknown:
            raise UsageProblem(f"找不到会员编号：{args.member_no}")
        result = _write_atomically(out, lambda path: print_member_form(session, actor, ids[0], path, fonts=fonts))
    if result.missing:
        _warn_missing([(args.member_no, result.missing)])
    print(f"已生成会员登记表（{'身份证号已隐去部分数字' if result.masked else '含完整身份证号'}）：{out}")
    return 0


def _calibration(db, args) -> int:
    from unionapp.cli import UsageProblem
    from unionapp.printing.calibration import render_calibration, render_layout_calibration
    from unionapp.printing.card_layout import LayoutError, load_layout
    from unionapp.printing.certificate import available_templates, load_template

    out = _output(args.out)
    _actor(db, args)
    fonts = _fonts(db, args)
    offset = (args.offset_x, args.offset_y)
    if args.layout in dict(available_templates()) or args.layout.endswith(".json") and "certificates" in args.layout:
        template = load_template(args.layout)
        _write_atomically(out, lambda path: render_calibration(
            path, width_mm=template.width, height_mm=template.height, fonts=fonts, title=template.title,
            offset_mm=offset))
    else:
        try:
            layout = load_layout(args.layout)
        except LayoutError as exc:
            raise UsageProblem(exc.message) from None
        _write_atomically(out, lambda path: render_layout_calibration(path, layout, fonts=fonts, offset_mm=offset))
    print(f"已生成校准页：{out}")
    return 0


def _org_by_name_or_id(session, value: str) -> int:
    from unionapp.sheets.org_lookup import OrgDirectory

    # A township as clerks write it ("龙旺庄街道" for 龙旺庄街道总工会) first: one per township.
    town = OrgDirectory(session).township(value)
    return town.id if town is not None else _org_id(session, value, "乡镇（街道）或工会")


def _roster(db, args) -> int:
    from unionapp.printing.aid_documents import print_campaign_roster
    from unionapp.services.aid_campaigns import campaign_id_by_number

    actor = _actor(db, args)
    out = _output(args.out)
    with db.session() as session:
        campaign_id = campaign_id_by_number(session, actor, args.campaign)
        org_id = _org_by_name_or_id(session, args.township) if args.township else None
        result = print_campaign_roster(session, actor, campaign_id, out, org_id=org_id)
    print(f"已生成签领表：{result.people} 人，共 {result.pages} 页，合计 {result.grand_total:,.2f} 元（{result.grand_total_capital}）：{out}")
    return 0


def _visit(db, args) -> int:
    from sqlalchemy import select

    from unionapp.cli import UsageProblem
    from unionapp.db.models import Visit
    from unionapp.domain.text import clean_text
    from unionapp.printing.aid_documents import print_visit_form

    actor = _actor(db, args)
    out = _output(args.out)
    with db.session() as session:
        text = clean_text(args.visit).upper()
        found = session.scalar(select(Visit.id).where(Visit.record_no == text))
        if found is None and text.isdigit() and session.get(Visit, int(text)) is not None:
            found = int(text)
        if found is None:
            raise UsageProblem(f"没有登记编号为“{text}”的走访记录")
        print_visit_form(session, actor, found, out)
    print(f"已生成走访慰问登记表（{out}）")
    return 0
