import type ExcelJS from 'exceljs';
import { FONT_NAME, FONT_SIZE } from './measure';

interface StylesModel {
  styles?: { model?: { fonts?: string[] } };
}

interface XlsxInternals {
  addStyles(zip: unknown, model: StylesModel): Promise<void>;
}

/**
 * Makes the sheets' font (10-point Arial) the workbook's default, which exceljs has no setting for: column widths are
 * measured in the default font's digits, so Excel and LibreOffice (with Arial's metric twin) then agree on every
 * width, and so on what fits a page. Without the hook exceljs knows, the workbook keeps Calibri and is otherwise
 * the same.
 */
export function useSheetFontAsDefault(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxInternals>;
  const addStyles = xlsx.addStyles?.bind(xlsx);
  if (!addStyles) return;
  xlsx.addStyles = (zip, model) => {
    const fonts = model.styles?.model?.fonts;
    if (fonts?.[0]?.includes('Calibri'))
      fonts[0] = `<font><sz val="${FONT_SIZE}"/><color theme="1"/><name val="${FONT_NAME}"/><family val="2"/></font>`;
    return addStyles(zip, model);
  };
}
