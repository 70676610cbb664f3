import { spawnSync } from 'node:child_process';

/** The document's paragraphs and table cells, read back by python-docx (an independent reader). */
export function readDocx(file: string): { paragraphs: string[]; tables: string[][][]; title: string } {
  const script = `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables], "title": d.core_properties.title}, ensure_ascii=False))`;
  const result = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}
