// Spreadsheets with exceljs: header in bold, real dates, right-to-left sheets in Arabic.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CaseloadColumn, CellValue } from "./caseload-columns";
import type { IndicatorTable } from "./indicator-table";

const DATE_FORMAT = "yyyy-mm-dd";

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CPISE";
  workbook.created = new Date();
  return workbook;
}

/**
 * A caseload sheet, streamed: rows are committed batch by batch into a zip stream kept in memory,
 * so a 100 000-row file takes seconds and ~150 MB instead of minutes and ~700 MB, and the event
 * loop gets a turn between batches (the export runs in the web server's process).
 */
export function caseloadSheet(columns: CaseloadColumn[], header: string[], sheetName: string, rtl: boolean) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "CPISE";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, rightToLeft: rtl }] });
  sheet.columns = columns.map((column, index) => ({
    header: header[index],
    key: column.key,
    width: column.width,
    ...(column.format === "date" && { style: { numFmt: DATE_FORMAT } }),
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.commit();
  return {
    async addRows(rows: CellValue[][]) {
      for (const row of rows) sheet.addRow(row).commit();
      await new Promise((resolve) => setImmediate(resolve));
    },
    async toBuffer(): Promise<Buffer> {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}

export async function indicatorWorkbook(table: IndicatorTable, sheetName: string, rtl: boolean): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ rightToLeft: rtl }] });
  sheet.columns = [{ width: 34 }, { width: 26 }, { width: 36 }, { width: 10 }];
  for (const [label, value] of table.headerBlock) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = "yyyy-mm-dd hh:mm";
  }
  sheet.addRow([]);
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow([row.section, row.breakdown, row.category, row.count]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
