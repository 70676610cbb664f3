"""Dumps an .xlsx workbook as JSON with openpyxl, an independent reader: sheets, cells with their styles,
freeze panes, print setup, header/footer, document properties, defined names, tables, comments and images.

Usage: python3 xlsx_dump.py FILE.xlsx
"""
import datetime
import json
import re
import sys
import zipfile

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"date": value.strftime("%Y-%m-%d")}
    return value


def header_footer(part):
    return {side: getattr(part, side).text for side in ("left", "center", "right")}


def images_per_sheet(path):
    """Counts picture anchors per sheet straight from the package (sheet → drawing → anchors)."""
    counts = {}
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        workbook = package.read("xl/workbook.xml").decode("utf8")
        rels = package.read("xl/_rels/workbook.xml.rels").decode("utf8")
        targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            sheet_file = "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
            sheet_rels = sheet_file.replace("worksheets/", "worksheets/_rels/") + ".rels"
            count = 0
            if sheet_rels in names:
                for target in re.findall(r'Target="([^"]+drawing[^"]+)"', package.read(sheet_rels).decode("utf8")):
                    drawing = "xl/drawings/" + target.split("/")[-1]
                    xml = package.read(drawing).decode("utf8")
                    count += len(re.findall(r"<xdr:pic>", xml))
            counts[name] = count
        media = [n for n in names if n.startswith("xl/media/") and not n.endswith("/")]
        charts = [n for n in names if n.startswith("xl/charts/") and not n.endswith("/")]
        app = package.read("docProps/app.xml").decode("utf8") if "docProps/app.xml" in names else ""
        company = re.search(r"<Company>([^<]*)</Company>", app)
    return counts, media, charts, company.group(1) if company else None


def main(path):
    book = openpyxl.load_workbook(path)
    images, media, charts, company = images_per_sheet(path)
    props = book.properties
    out = {
        "properties": {
            "title": props.title,
            "subject": props.subject,
            "creator": props.creator,
            "lastModifiedBy": props.lastModifiedBy,
            "created": props.created.isoformat() if props.created else None,
            "keywords": props.keywords,
            "category": props.category,
            "description": props.description,
            "language": props.language,
            "company": company,
        },
        "definedNames": [{"name": d.name, "value": d.attr_text} for d in book.defined_names.definedName],
        "media": media,
        "chartParts": charts,
        "sheets": [],
    }
    for ws in book.worksheets:
        cells = []
        comments = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.comment is not None:
                    comments.append({"ref": cell.coordinate, "text": cell.comment.text})
                if cell.value is None:
                    continue
                cells.append(
                    {
                        "ref": cell.coordinate,
                        "row": cell.row,
                        "col": cell.column,
                        "value": plain(cell.value),
                        "bold": bool(cell.font and cell.font.b),
                        "numFmt": cell.number_format,
                    }
                )
        setup = ws.page_setup
        out["sheets"].append(
            {
                "name": ws.title,
                "state": ws.sheet_state,
                "freeze": ws.freeze_panes,
                "paperSize": int(setup.paperSize) if setup.paperSize is not None else None,
                "orientation": setup.orientation,
                "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                "fitToWidth": setup.fitToWidth,
                "fitToHeight": setup.fitToHeight,
                "printTitleRows": ws.print_title_rows,
                "rowBreaks": [b.id for b in ws.row_breaks.brk],
                "mergedCells": [str(r) for r in ws.merged_cells.ranges],
                "header": header_footer(ws.oddHeader),
                "footer": header_footer(ws.oddFooter),
                "columnWidths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
                "tables": [
                    {
                        "name": t.name,
                        "ref": t.ref,
                        "columns": [c.name for c in t.tableColumns],
                        "headerRowCount": t.headerRowCount,
                        "totalsRowCount": t.totalsRowCount,
                        "autoFilter": t.autoFilter.ref if t.autoFilter else None,
                    }
                    for t in ws.tables.values()
                ],
                "images": images.get(ws.title, 0),
                "comments": comments,
                "cells": cells,
            }
        )
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
