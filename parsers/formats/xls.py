"""Legacy XLS (BIFF) via xlrd; allocation bombs are stopped by the child process memory cap and cell limit."""
from __future__ import annotations

from parsers.content import Content, Ctx, LimitExceeded
from parsers.formats.xlsx import MAX_COLS, add_sheet, cell_str


def parse(data: bytes, ctx: Ctx) -> Content:
    import xlrd

    content = Content()
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Null())
    except xlrd.biffh.XLRDError as exc:
        msg = str(exc)
        if "encrypt" in msg.lower() or "password" in msg.lower():
            content.errors.append("encrypted workbook (password protected)")
        else:
            content.errors.append(f"xls: cannot read workbook ({msg.splitlines()[0] if msg else 'XLRDError'})"[:200])
        content.failed = True
        return content
    cells = 0
    try:
        for idx in range(book.nsheets):
            sheet = book.get_sheet(idx)
            if sheet.nrows * min(sheet.ncols, MAX_COLS) + cells > ctx.limits.max_sheet_cells:
                content.errors.append(f"xls sheet {sheet.name!r}: {sheet.nrows}x{sheet.ncols} cells exceed limit "
                                      f"{ctx.limits.max_sheet_cells}; truncated")
            rows = []
            for r in range(sheet.nrows):
                ctx.check_time()
                cells += min(sheet.ncols, MAX_COLS)
                if cells > ctx.limits.max_sheet_cells:
                    break
                row = []
                for c in range(min(sheet.ncols, MAX_COLS)):
                    cell = sheet.cell(r, c)
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            row.append(cell_str(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                            row.append(cell_str(cell.value))
                    elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        row.append("")
                    else:
                        row.append(cell_str(cell.value))
                rows.append(row)
            add_sheet(content, sheet.name, rows)
            if cells > ctx.limits.max_sheet_cells:
                raise LimitExceeded(f"xls: more than {ctx.limits.max_sheet_cells} cells (limit); rest not read")
    except LimitExceeded as exc:
        content.errors.append(str(exc))
    finally:
        book.release_resources()
    return content


class _Null:
    """xlrd writes warnings to a log file object; we record errors ourselves."""

    def write(self, _s: str) -> int:
        return 0
