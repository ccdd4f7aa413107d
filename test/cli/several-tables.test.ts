/**
 * The command line on workbooks holding several tables: one sheet per review year stops with exit 1
 * and says how to choose a sheet (nothing is added up); a breakdown table under the main one does not
 * stop the appendix.
 */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("cli-tables-")));
afterEach(() => removeTempDir(dir));

async function save(name: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(sheet);
    rows.forEach((row) => ws.addRow(row));
  }
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const HEADER = ["TT", "Huyện, thành phố", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
const review = (year: number, poor: [number, number]): ExcelJS.CellValue[][] => [
  [`KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM ${year} TỈNH LAI CHÂU`],
  HEADER,
  [1, "Thành phố Lai Châu", 1000, poor[0], poor[0] / 10],
  [2, "Huyện Tam Đường", 2000, poor[1], poor[1] / 20],
  [null, "Toàn tỉnh", 3000, poor[0] + poor[1], (poor[0] + poor[1]) / 30],
];

describe("poverty-appendix on one sheet per review year", () => {
  it("exits 1 naming both sheets and how to choose, writes nothing, and plans the year chosen with --sheet", async () => {
    const input = await save("hai-nam.xlsx", { "Nam 2022": review(2022, [100, 400]), "Nam 2023": review(2023, [50, 300]) });
    const out = join(dir, "out.xlsx");
    const both = await runCli([input, "-o", out, "--target-households", "50"]);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain(
      'Trang "Nam 2022" (năm 2022) và trang "Nam 2023" (năm 2023) có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "Nam 2023" (năm mới nhất). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "Nam 2023").',
    );
    expect(both.stdout).toContain("Toàn tỉnh: 3.000 hộ, 350 hộ nghèo");
    expect(existsSync(out)).toBe(false);

    const chosen = await runCli([input, "-o", out, "--target-households", "50", "--sheet", "nam 2022", "--json"]);
    expect(chosen.code).toBe(0);
    const result = JSON.parse(chosen.stdout);
    expect([result.total.households, result.total.poorHouseholds, result.issues.filter((i: { severity: string }) => i.severity === "error")]).toEqual([3000, 500, []]);
    expect(existsSync(out)).toBe(true);
  });
});

describe("poverty-appendix on a sheet with a breakdown table under the main one", () => {
  it("writes the main table's appendix without --allow-errors and notes the breakdown", async () => {
    const input = await save("ha-giang.xlsx", {
      "Ha Giang": [
        ["Biểu 01: KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2023"],
        ["TT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
        [null, "Toàn tỉnh", 3000, 500, 16.67],
        [1, "Thành phố Hà Giang", 1000, 100, 10],
        [2, "Huyện Đồng Văn", 2000, 400, 20],
        [],
        ["Biểu 02: SỐ HỘ NGHÈO THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN"],
        ["TT", "Đơn vị", "Tổng số hộ nghèo", "Thiếu hụt việc làm", "Thiếu hụt y tế"],
        [null, "Toàn tỉnh", 500, 200, 150],
        [1, "Thành phố Hà Giang", 100, 40, 30],
        [2, "Huyện Đồng Văn", 400, 160, 120],
      ],
    });
    const out = join(dir, "out.xlsx");
    const { code, stdout } = await runCli([input, "-o", out, "--target-households", "50"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Kết quả kiểm tra: 0 lỗi");
    expect(stdout).toContain('Bảng ở ô B8 trang "Ha Giang" liệt kê lại các đơn vị của bảng trên nhưng không có cột "Tổng số hộ dân": coi là bảng chi tiết, không dùng để lập chỉ tiêu.');
    expect(existsSync(out)).toBe(true);
  });
});
