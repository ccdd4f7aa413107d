/**
 * Every finding's words, as the officer reads them in the pane and on the checks sheet, in both
 * languages with its parameters filled in: a missing parameter, a dropped clause or a wrong column
 * name would be a wrong instruction. The expected texts are written out by hand, numbers in each
 * language's way (3.001 and 10,00 in Vietnamese, 3,001 and 10.00 in English).
 */
import { analyze } from "../../src/engine";
import { causeWrong } from "../../src/engine/findings/cause";
import { CATALOGUE, makeIssue, type IssueCode, type IssueParams } from "../../src/engine/findings/messages";
import { grid } from "../helpers/grid";

type Row = [IssueCode, IssueParams, string, string];

const SHEET = { sheet: "Huyện A" };

const reading: Row[] = [
  ["no-table", SHEET, 'Trang "Huyện A" không có bảng số liệu theo đơn vị: không tìm thấy cột "Đơn vị" (hoặc "Tên đơn vị", "Huyện", "Xã").', 'Sheet "Huyện A" holds no table of units: no "Đơn vị" (unit) column was found.'],
  [
    "missing-column",
    { ...SHEET, field: "poorHouseholds", text: "E (Ghi chú)" },
    'Chưa có cột "Số hộ nghèo" trong bảng ở trang "Huyện A"; các cột chưa xếp được: E (Ghi chú). Hãy chọn cột đó trong thẻ bảng (dòng lệnh: --map poorHouseholds=CỘT).',
    'No "Poor households" column found in the table on sheet "Huyện A"; columns not placed: E (Ghi chú). Choose it on the table\'s card (command line: --map poorHouseholds=COLUMN).',
  ],
  [
    "missing-column",
    { ...SHEET, field: "households" },
    'Chưa có cột "Tổng số hộ dân" trong bảng ở trang "Huyện A", cũng không có tỷ lệ hộ nghèo hay hộ cận nghèo để ước tính: không có số hộ dân thì không tính được tỷ lệ, không lập được kế hoạch. Nếu bảng có cột số hộ dân, hãy chọn cột đó trong thẻ bảng (dòng lệnh: --map households=CỘT).',
    'No "Households" column found in the table on sheet "Huyện A", nor a poverty or near-poverty rate to estimate them from: without households no rate can be worked out and no plan made. If the table has a households column, choose it on the table\'s card (command line: --map households=COLUMN).',
  ],
  [
    "households-estimated",
    { ...SHEET, field: "poorRate", actual: 1203, expected: 3 },
    'Bảng ở trang "Huyện A" không có số hộ dân: đã ước tính cho 1.203 đơn vị từ số hộ và "Tỷ lệ hộ nghèo (%)" (sai số tối đa ±3 hộ mỗi đơn vị, do tỷ lệ chỉ ghi đến số thập phân đã làm tròn). Phụ lục in nghiêng các số ước tính.',
    'The table on sheet "Huyện A" gives no households: they were estimated for 1,203 units from the count and "Poverty rate (%)" (at most ±3 households per unit, as the rate is rounded). The appendix shows the estimates in italics.',
  ],
  [
    "households-estimated",
    { ...SHEET, field: "poorRate", actual: 9, expected: 47, names: ["Huyện đảo Cồn Cỏ"] },
    'Bảng ở trang "Huyện A" không có số hộ dân: đã ước tính cho 9 đơn vị từ số hộ và "Tỷ lệ hộ nghèo (%)" (sai số tối đa ±47 hộ mỗi đơn vị, do tỷ lệ chỉ ghi đến số thập phân đã làm tròn). Không ước tính được cho Huyện đảo Cồn Cỏ (số hộ hoặc tỷ lệ bằng 0 hoặc trống). Phụ lục in nghiêng các số ước tính.',
    'The table on sheet "Huyện A" gives no households: they were estimated for 9 units from the count and "Poverty rate (%)" (at most ±47 households per unit, as the rate is rounded). None could be estimated for Huyện đảo Cồn Cỏ (a count or rate of 0 or blank). The appendix shows the estimates in italics.',
  ],
  [
    "households-on-total-only",
    SHEET,
    'Bảng ở trang "Huyện A" chỉ ghi tổng số hộ dân ở dòng tổng: dùng số đó cho toàn bảng; tỷ lệ từng đơn vị để trống.',
    'The table on sheet "Huyện A" gives households on its total row only: that figure is used for the whole; the units\' rates are left blank.',
  ],
  [
    "group-mismatch",
    { name: "Khu vực thành thị", field: "poorHouseholds", actual: 1500, expected: 1499 },
    'Dòng "Khu vực thành thị": "Số hộ nghèo" ghi 1.500, cộng các đơn vị trong nhóm được 1.499.',
    'Row "Khu vực thành thị": "Poor households" says 1,500, its units add up to 1,499.',
  ],
  ["year-assumed", { actual: 2025, expected: 2026 }, "Bảng không ghi năm: coi là kết quả rà soát năm 2025, kế hoạch năm 2026. Nếu khác, hãy nhập năm (dòng lệnh: --plan-year).", "The table names no year: taken as the 2025 review and the 2026 plan. If not, set the year (command line: --plan-year)."],
  [
    "base-year-contradicts-header",
    { actual: 2024, expected: 2025, cells: "A2", yearPlace: "title" },
    "Năm rà soát đã nhập (2024) khác năm 2025 ghi ở tên bảng, ô A2; phụ lục ghi năm 2024. Nếu nhầm, hãy sửa năm rà soát (dòng lệnh: --base-year).",
    "The review year given (2024) differs from 2025, stated in the title at A2; the appendix says 2024. If that is a mistake, correct the review year (command line: --base-year).",
  ],
  [
    "plan-year-contradicts-header",
    { actual: 2027, expected: 2026 },
    "Năm kế hoạch theo năm đã nhập (2027) khác năm 2026 mà bảng ghi; phụ lục ghi năm 2027. Nếu nhầm, hãy sửa năm (dòng lệnh: --plan-year, --base-year).",
    "The plan year from the years given (2027) differs from 2026, stated in the table; the appendix says 2027. If that is a mistake, correct the year (command line: --plan-year, --base-year).",
  ],
  [
    "plan-year-not-after-header",
    { actual: 2025, expected: 2025, cells: "B3", yearPlace: "column" },
    "Năm kế hoạch đã nhập (2025) không sau năm rà soát 2025 ghi ở tiêu đề cột, ô B3. Hãy sửa năm kế hoạch (dòng lệnh: --plan-year).",
    "The plan year given (2025) does not come after the 2025 review stated in the column header at B3. Correct the plan year (command line: --plan-year).",
  ],
  [
    "plan-year-gap",
    { actual: 2026, expected: 2024, lastYear: 2026 },
    "Năm kế hoạch 2026 cách năm rà soát 2024 2 năm, nhưng phụ lục chỉ tính số hộ dân tăng một năm và không có chỉ tiêu cho năm 2025. Hãy lập kế hoạch năm 2025 (dòng lệnh: --plan-year 2025), hoặc cho từng năm 2025-2026 (dòng lệnh: --period 2025-2026).",
    "The plan year 2026 is 2 years after the 2024 review, but the appendix grows the households by one year only and has no targets for 2025. Plan 2025 (command line: --plan-year 2025), or each year of 2025-2026 (command line: --period 2025-2026).",
  ],
  ["duplicate-column", { field: "households", text: "C" }, 'Cột "Tổng số hộ dân" xuất hiện hai lần; dùng cột C, bỏ qua cột này.', '"Households" appears twice; column C is used, this one is ignored.'],
  ["near-poor-table", SHEET, 'Bảng ở trang "Huyện A" chỉ có số liệu hộ cận nghèo, không dùng để lập chỉ tiêu giảm hộ nghèo.', 'The table on sheet "Huyện A" holds near-poor households only; it is not used for the poverty targets.'],
  ["no-units", SHEET, 'Bảng ở trang "Huyện A" không có dòng đơn vị nào dưới tiêu đề.', 'The table on sheet "Huyện A" has no unit rows under its header.'],
  ["tcvn3-decoded", SHEET, 'Trang "Huyện A" được gõ bằng bảng mã TCVN3 (phông .VnTime); đã đọc chuyển sang Unicode.', 'Sheet "Huyện A" is typed in the TCVN3 encoding (.VnTime fonts); it was read as Unicode.'],
  ["total-by-sum", { name: "Cộng" }, 'Dòng "Cộng" được coi là dòng tổng vì số hộ và số hộ nghèo bằng tổng các đơn vị còn lại.', 'Row "Cộng" is taken as the total row: its households and poor households equal the other units\' sums.'],
  [
    "breakdown-rows",
    { name: "Trong đó: Các xã ĐBKK", rows: 1 },
    'Dòng "Trong đó: Các xã ĐBKK" và 1 dòng không số thứ tự sau nó là phần "trong đó" của dòng tổng, không phải đơn vị: không đưa vào phụ lục.',
    'Row "Trong đó: Các xã ĐBKK" and the 1 unnumbered row after it are the "of which" part of the total, not units: left out of the appendix.',
  ],
  [
    "breakdown-rows",
    { name: "Trong đó: thành thị", rows: 0 },
    'Dòng "Trong đó: thành thị" là phần "trong đó" của dòng tổng, không phải đơn vị: không đưa vào phụ lục.',
    'Row "Trong đó: thành thị" is the "of which" part of the total, not a unit: left out of the appendix.',
  ],
  [
    "weight-matched-loosely",
    { name: "xa tan hop", text: "Xã Tân Hợp" },
    'Hệ số cho "xa tan hop" được áp cho đơn vị "Xã Tân Hợp" (tên gần đúng, chỉ một đơn vị khớp).',
    'The weight for "xa tan hop" was applied to unit "Xã Tân Hợp" (a near match, the only unit that fits).',
  ],
  ["unlabelled-total", { text: "21" }, "Dòng 21 không ghi tên nhưng mọi số bằng tổng các đơn vị ở trên: được coi là dòng tổng.", "Row 21 has no name, but every figure equals the sum of the units above: it is taken as the total row."],
  [
    "unlabelled-row-near-total",
    { text: "21", field: "households", actual: 60570, expected: 60563 },
    'Dòng 21 không ghi tên, nằm sau các đơn vị, gần bằng tổng các đơn vị nhưng không khớp: "Tổng số hộ dân" ghi 60.570, cộng các đơn vị được 60.563. Nếu đó là dòng tổng, hãy ghi tên "Tổng cộng" và sửa số; phụ lục tự cộng các đơn vị.',
    'Row 21 has no name and follows the units, close to their sum but not equal: "Households" says 60,570, the units add up to 60,563. If it is the total, name it "Tổng cộng" and correct it; the appendix adds up the units itself.',
  ],
  ["no-total-row", SHEET, 'Bảng ở trang "Huyện A" không có dòng tổng; phụ lục tự cộng.', 'The table on sheet "Huyện A" has no total row; the appendix adds one.'],
  ["chart-too-many-units", { actual: 1204, limit: 60 }, "Phụ lục không kèm biểu đồ: 1.204 đơn vị, quá 60 đơn vị thì các thanh không đọc được.", "The appendix has no chart: 1,204 units, and beyond 60 its bars cannot be read."],
  [
    "same-units-sheets",
    { sheet: "Nam 2022", text: "Nam 2023", actual: 2022, expected: 2023 },
    'Trang "Nam 2022" (năm 2022) và trang "Nam 2023" (năm 2023) có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "Nam 2023" (năm mới nhất). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "Nam 2023").',
    'Sheets "Nam 2022" (2022) and "Nam 2023" (2023) hold the same units: they are separate tables and cannot be added up. The plan uses "Nam 2023" (the latest year). Choose one sheet: open it and choose "The active sheet" (command line: --sheet "Nam 2023").',
  ],
  [
    "same-units-sheets",
    { sheet: "Bản gốc", text: "Bản sửa", expected: 2023 },
    'Trang "Bản gốc" và trang "Bản sửa" (năm 2023) có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "Bản sửa" (trang sau cùng). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "Bản sửa").',
    'Sheets "Bản gốc" and "Bản sửa" (2023) hold the same units: they are separate tables and cannot be added up. The plan uses "Bản sửa" (the last sheet). Choose one sheet: open it and choose "The active sheet" (command line: --sheet "Bản sửa").',
  ],
  [
    "same-units-tables",
    { sheet: "Rà soát", cells: "B3", text: "B12", actual: 2022, expected: 2023 },
    'Bảng ở ô B3 (năm 2022) và bảng ở ô B12 (năm 2023) của trang "Rà soát" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy bảng ở ô B12 (năm mới nhất). Hãy chọn một bảng: chọn các ô của bảng đó và chọn "Vùng đang chọn" (dòng lệnh: chuyển bảng kia sang trang khác rồi dùng --sheet).',
    'The tables at B3 (2022) and at B12 (2023) on sheet "Rà soát" hold the same units: they are separate tables and cannot be added up. The plan uses the table at B12 (the latest year). Choose one table: select its cells and choose "The selection" (command line: move the other table to a sheet of its own and use --sheet).',
  ],
  [
    "same-units-tables",
    { sheet: "Rà soát", cells: "B3", text: "B12" },
    'Bảng ở ô B3 và bảng ở ô B12 của trang "Rà soát" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy bảng ở ô B12 (bảng ở dưới). Hãy chọn một bảng: chọn các ô của bảng đó và chọn "Vùng đang chọn" (dòng lệnh: chuyển bảng kia sang trang khác rồi dùng --sheet).',
    'The tables at B3 and at B12 on sheet "Rà soát" hold the same units: they are separate tables and cannot be added up. The plan uses the table at B12 (the lower one). Choose one table: select its cells and choose "The selection" (command line: move the other table to a sheet of its own and use --sheet).',
  ],
  [
    "breakdown-table",
    { ...SHEET, field: "poorHouseholds", cells: "B20" },
    'Bảng ở ô B20 trang "Huyện A" liệt kê lại các đơn vị của bảng trên nhưng không có cột "Số hộ nghèo": coi là bảng chi tiết, không dùng để lập chỉ tiêu.',
    'The table at B20 on sheet "Huyện A" lists the units of the table above without a "Poor households" column: taken as a breakdown, not used for the targets.',
  ],
  [
    "appendix-skipped",
    { sheet: "Phụ lục 2026" },
    'Trang "Phụ lục 2026" là phụ lục đã tạo trước đây nên không được đọc làm số liệu (chọn riêng trang này nếu muốn đọc).',
    'Sheet "Phụ lục 2026" is an appendix written earlier, so it is not read as data (choose it explicitly to read it).',
  ],
];

const cells: Row[] = [
  ["error-value", { text: "#DIV/0!", field: "households", name: "Xã B" }, 'Ô chứa lỗi #DIV/0! thay cho "Tổng số hộ dân" (Xã B).', 'The cell holds the error #DIV/0! instead of "Households" (Xã B).'],
  [
    "formula-without-value",
    { field: "poorHouseholds", name: "Xã B" },
    'Ô có công thức chưa có giá trị ("Số hộ nghèo" (Xã B)): mở tệp bằng Excel và lưu lại để công thức được tính.',
    'The cell holds a formula saved without its value ("Poor households" (Xã B)): open the file in Excel and save it so the formula is calculated.',
  ],
  ["not-a-number", { text: "khoảng 30", field: "poorHouseholds", name: "Xã B" }, '"khoảng 30" không phải là số ("Số hộ nghèo" (Xã B)).', '"khoảng 30" is not a number ("Poor households" (Xã B)).'],
  ["not-whole", { field: "households", name: "Xã B", actual: 1000.5 }, '"Tổng số hộ dân" (Xã B) phải là số nguyên, ô ghi 1.000,5.', '"Households" (Xã B) must be a whole number, the cell holds 1,000.5.'],
  ["negative", { field: "poorHouseholds", actual: -4 }, '"Số hộ nghèo" không được âm (-4).', '"Poor households" cannot be negative (-4).'],
  ["missing-value", { field: "poorHouseholds", name: "Xã C" }, 'Thiếu "Số hộ nghèo" (Xã C).', '"Poor households" (Xã C) is missing.'],
  ["total-mismatch", { field: "households", actual: 3001, expected: 3000 }, 'Dòng tổng: "Tổng số hộ dân" ghi 3.001, cộng các đơn vị được 3.000.', 'Total row: "Households" says 3,001, the units add up to 3,000.'],
  [
    "ratio-mismatch",
    { field: "poorRate", name: "Cộng", actual: 2, expected: 10, cells: "D5/C5" },
    '"Tỷ lệ hộ nghèo (%)" (Cộng) ghi 2, tính lại từ D5/C5 được 10,00.',
    '"Poverty rate (%)" (Cộng) says 2, recomputed from D5/C5 it is 10.00.',
  ],
  [
    "ratio-mismatch",
    { field: "poorRate", name: "Cộng", actual: 2.5, expected: 2.45, cells: "D9/C9", cause: "C9" },
    '"Tỷ lệ hộ nghèo (%)" (Cộng) ghi 2,5, tính lại từ D9/C9 được 2,45 (do ô C9 khác tổng các đơn vị; sửa ô đó trước).',
    "\"Poverty rate (%)\" (Cộng) says 2.5, recomputed from D9/C9 it is 2.45 (because C9 differs from its units' sum; fix that cell first).",
  ],
  [
    "ratio-follows-sum",
    { field: "poorRate", name: "Cộng", actual: 2, expected: 1.99, cause: "C9" },
    '"Tỷ lệ hộ nghèo (%)" (Cộng) ghi 2, khớp với số của dòng, nhưng ô C9 khác tổng các đơn vị: sửa ô đó thì tỷ lệ là 1,99.',
    "\"Poverty rate (%)\" (Cộng) says 2, which fits its row, but C9 differs from its units' sum: with that cell fixed the rate is 1.99.",
  ],
  [
    "plan-rate-mismatch",
    { field: "remainingRate", name: "Xã A", actual: 3.5, expected: 3.48, cells: "M8/K8" },
    '"Tỷ lệ hộ nghèo kế hoạch (%)" (Xã A) ghi 3,5, tính lại từ M8/K8 được 3,48; phụ lục ghi số tính lại.',
    '"Planned poverty rate (%)" (Xã A) says 3.5, recomputed from M8/K8 it is 3.48; the appendix writes the recomputed figure.',
  ],
  [
    "rates-disagree",
    { field: "nearPoorRate", other: "poorRate", name: "Xã A", actual: 4, expected: 4.17, cells: "E8" },
    '"Tỷ lệ hộ cận nghèo (%)" (Xã A) ghi 4, không khớp với "Tỷ lệ hộ nghèo (%)" ở E8: cùng một số hộ dân thì phải là 4,17. Một trong hai tỷ lệ sai.',
    '"Near-poverty rate (%)" (Xã A) says 4, which does not fit "Poverty rate (%)" at E8: for the same households it would be 4.17. One of the two rates is wrong.',
  ],
  [
    "poor-and-near-poor-sum",
    { name: "Xã A", actual: 81, expected: 80 },
    '"Tổng số hộ nghèo và hộ cận nghèo" (Xã A) ghi 81, hộ nghèo + hộ cận nghèo được 80.',
    '"Poor and near-poor households" (Xã A) say 81, poor + near-poor households make 80.',
  ],
  [
    "rates-as-fractions",
    { field: "nearPoorRate", rows: 14, cells: "K6", actual: 0.1422, expected: 14.22 },
    'Cột "Tỷ lệ hộ cận nghèo (%)" ghi tỷ lệ dạng phần của 1, không phải phần trăm: ở 14 dòng, số ghi bằng 1/100 tỷ lệ tính từ số hộ (K6 ghi 0,1422, tức 14,22%). Phụ lục tính lại tỷ lệ theo phần trăm; hãy nhân cột này với 100 hoặc định dạng ô là %.',
    'Column "Near-poverty rate (%)" holds fractions of 1, not percents: in 14 rows the figure is 1/100 of the rate the counts give (K6 says 0.1422, that is 14.22%). The appendix recomputes the rates in percent; multiply this column by 100 or format its cells as %.',
  ],
  [
    "fraction-rate-mismatch",
    { field: "nearPoorRate", name: "Xã Mù Cả", cells: "I7/D7", actual: 0.1151, expected: 10.51 },
    '"Tỷ lệ hộ cận nghèo (%)" (Xã Mù Cả) ghi 0,1151, tức 11,51%; tính lại từ I7/D7 được 10,51% (dạng phần của 1 như cả cột: 0,1051).',
    '"Near-poverty rate (%)" (Xã Mù Cả) says 0.1151, that is 11.51%; recomputed from I7/D7 it is 10.51% (0.1051 as a fraction of 1, as in the rest of the column).',
  ],
  ["shares-sum", { name: "Xã A", actual: 99.5 }, "Các tỷ lệ trong tổng số hộ nghèo (Xã A) cộng lại 99,5, phải là 100.", "The shares of poor households (Xã A) add up to 99.5, not 100."],
  [
    "parts-sum",
    { name: "Xã A", actual: 1001, expected: 1000 },
    "Hộ nghèo thuộc CS BTXH + CS giảm nghèo (Xã A) = 1.001, khác số hộ nghèo 1.000.",
    "Poor households under social assistance + poverty policy (Xã A) = 1,001, not the 1,000 poor households.",
  ],
  [
    "poverty-kinds-sum",
    { field: "incomePoor", other: "deprivationPoor", name: "Huyện Cẩm Xuyên", cells: "F16 + G16", actual: 988, expected: 979 },
    '"Hộ nghèo về thu nhập" + "Hộ nghèo thiếu hụt đa chiều" (Huyện Cẩm Xuyên): F16 + G16 = 988, khác số hộ nghèo 979.',
    '"Income-poor households" + "Poor households lacking basic services" (Huyện Cẩm Xuyên): F16 + G16 = 988, not the 979 poor households.',
  ],
  ["poor-exceeds-households", { name: "Xã A", actual: 1200, expected: 1000 }, "Số hộ nghèo (Xã A): 1.200, lớn hơn tổng số hộ dân (1.000).", "Poor households (Xã A): 1,200, more than all households (1,000)."],
  ["target-exceeds-poor", { name: "Xã A", actual: 40, expected: 30 }, "Số hộ phấn đấu giảm (Xã A): 40, lớn hơn số hộ nghèo (30).", "The target (Xã A): 40, more than the poor households (30)."],
  [
    "target-exceeds-near-poor",
    { name: "Huyện Bác Ái", actual: 700, expected: 640 },
    "Số hộ cận nghèo phấn đấu giảm (Huyện Bác Ái): 700, lớn hơn số hộ cận nghèo (640).",
    "The near-poor target (Huyện Bác Ái): 700, more than the near-poor households (640).",
  ],
  ["duplicate-unit", { name: "Xã A", cells: "B8" }, 'Đơn vị "Xã A" xuất hiện hai lần (lần đầu ở B8).', 'Unit "Xã A" appears twice (first at B8).'],
  ["duplicate-unit", { name: "Xã A", text: "Khu vực I", cells: "B8" }, 'Đơn vị "Xã A" xuất hiện hai lần trong nhóm "Khu vực I" (lần đầu ở B8).', 'Unit "Xã A" appears twice in group "Khu vực I" (first at B8).'],
  ["projection-below-baseline", { name: "Xã A", actual: 990, expected: 1000 }, "Số hộ dân dự kiến (Xã A): 990, thấp hơn số hộ dân hiện có (1.000).", "Projected households (Xã A): 990, fewer than the households now (1,000)."],
  ["projection-below-baseline", { name: "Xã A", actual: 990, expected: 1000, year: 2025 }, "Số hộ dân dự kiến (Xã A): 990, thấp hơn số hộ dân năm 2025 (1.000).", "Projected households (Xã A): 990, fewer than the households of 2025 (1,000)."],
  ["projection-differs", { name: "Xã A", actual: 1010, expected: 1007, growth: 1.25 }, "Số hộ dân dự kiến (Xã A) ghi 1.010, tăng 1,25% thì được 1.007; giữ số của bảng.", "Projected households (Xã A) say 1,010, 1.25% growth gives 1,007; the table's figure is kept."],
  [
    "plan-mismatch",
    { field: "remainingPoor", name: "Xã A", actual: 250, expected: 225 },
    '"Số hộ nghèo dự kiến còn lại" (Xã A) ghi 250, tính lại được 225; phụ lục ghi số tính lại.',
    '"Remaining poor households" (Xã A) says 250, recomputed it is 225; the appendix writes the recomputed figure.',
  ],
  [
    "plan-mismatch",
    { field: "rateReduction", name: "Xã A", actual: 1, expected: 1.5 },
    '"Tỷ lệ nghèo giảm (%)" (Xã A) ghi 1, tính lại được 1,50; phụ lục ghi số tính lại.',
    '"Rate reduction (points)" (Xã A) says 1, recomputed it is 1.50; the appendix writes the recomputed figure.',
  ],
];

const expectTexts = (rows: Row[]) => {
  const made = rows.map(([code, params]) => [code, makeIssue(code, { sheet: "Huyện A", cell: null }, params).message]);
  expect(made).toEqual(rows.map(([code, , vi, en]) => [code, { vi, en }]));
};

describe("the findings' words", () => {
  it("name the sheet, the table and the year as read", () => expectTexts(reading));
  it("name the cell's column, unit and figures as checked", () => expectTexts(cells));
});

describe("a finding", () => {
  it("carries its code's severity, its place, its figures and its cause", () => {
    const issue = makeIssue("ratio-mismatch", { sheet: "Huyện A", cell: "E9" }, { field: "poorRate", actual: 2.5, expected: 2.45, cells: "D9/C9", cause: "C9" });
    expect(issue).toMatchObject({ code: "ratio-mismatch", severity: "error", sheet: "Huyện A", cell: "E9", actual: 2.5, expected: 2.45, cause: "C9" });
    expect(makeIssue("no-total-row", { sheet: "Huyện A", cell: null }, SHEET)).toEqual({
      code: "no-total-row",
      severity: "info",
      sheet: "Huyện A",
      cell: null,
      message: { vi: 'Bảng ở trang "Huyện A" không có dòng tổng; phụ lục tự cộng.', en: 'The table on sheet "Huyện A" has no total row; the appendix adds one.' },
      expected: null,
      actual: null,
    });
  });

  it("writes the growth of a projection it recomputed as each language writes a decimal", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân dự kiến"], [1, "Xã A", 1000, 100, 1010], [2, "Xã B", 1000, 100, 1007]]);
    // 1,000 × 1.007 = 1,007, not the table's 1,010.
    const differs = analyze([g], { growthPercent: 0.7, targetHouseholds: 20 }).issues.filter((i) => i.code === "projection-differs");
    expect(differs.map((i) => [i.cell, i.message])).toEqual([
      ["E2", { vi: "Số hộ dân dự kiến (Xã A) ghi 1.010, tăng 0,7% thì được 1.007; giữ số của bảng.", en: "Projected households (Xã A) say 1,010, 0.7% growth gives 1,007; the table's figure is kept." }],
    ]);
  });

  it("names the cell a knock-on finding follows from, with its column when the table maps it", () => {
    expect([causeWrong("K17", "Số hộ nghèo", "vi"), causeWrong("K17", null, "vi")]).toEqual(["K17 (Số hộ nghèo) sai", "K17 sai"]);
    expect([causeWrong("K17", "Poor households", "en"), causeWrong("K17", null, "en")]).toEqual(["K17 (Poor households), which is wrong", "K17, which is wrong"]);
  });

  it("is an error only where the appendix cannot be trusted", () => {
    const bySeverity = (severity: string) =>
      Object.entries(CATALOGUE)
        .filter(([, entry]) => entry.severity === severity)
        .map(([code]) => code)
        .sort();
    expect(bySeverity("info")).toEqual([
      "appendix-skipped",
      "breakdown-rows",
      "breakdown-table",
      "chart-too-many-units",
      "column-set-aside-for-map",
      "goal-allocated",
      "goal-from-rate",
      "households-on-total-only",
      "near-poor-table",
      "no-total-row",
      "older-year-column",
      "start-of-year-column",
      "table-named-after-file",
      "targets-from-points",
      "tcvn3-decoded",
      "total-by-sum",
      "unlabelled-total",
      "weight-matched-loosely",
    ]);
    expect(bySeverity("warning")).toEqual([
      "allocation-needs-households",
      "base-year-contradicts-header",
      "duplicate-column",
      "goal-rate-without-units",
      "households-estimated",
      "minimum-exceeds-goal",
      "missing-target",
      "period-poor-only",
      "period-too-long",
      "period-unit-out-of-poor",
      "plan-mismatch",
      "plan-rate-mismatch",
      "plan-rate-without-growth",
      "plan-short-of-points",
      "plan-year-contradicts-header",
      "plan-year-not-after-header",
      "projection-below-baseline",
      "projection-differs",
      "rates-as-fractions",
      "ratio-follows-sum",
      "step-exceeds-share",
      "units-without-figures",
      "unlabelled-row-near-total",
      "weight-unknown-unit",
      "year-assumed",
    ]);
    expect(bySeverity("error")).toEqual([
      "duplicate-unit",
      "error-value",
      "formula-without-value",
      "fraction-rate-mismatch",
      "goal-exceeds-poor",
      "goal-needs-households",
      "group-mismatch",
      "households-mistyped",
      "missing-column",
      "missing-value",
      "negative",
      "no-table",
      "no-target",
      "no-units",
      "not-a-number",
      "not-whole",
      "parts-sum",
      "period-needs-goal",
      "plan-year-gap",
      "points-blank",
      "points-exceed-poor",
      "points-in-period",
      "points-need-households",
      "points-negative",
      "poor-and-near-poor-sum",
      "poor-exceeds-households",
      "poverty-kinds-sum",
      "rates-disagree",
      "ratio-mismatch",
      "same-units-sheets",
      "same-units-tables",
      "shares-sum",
      "target-exceeds-near-poor",
      "target-exceeds-poor",
      "total-mismatch",
    ]);
  });
});
