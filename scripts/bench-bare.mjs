// The yardstick for `npm run bench`: exceljs alone reading a workbook and writing it back, in a
// process of its own as the command line runs. Usage: node scripts/bench-bare.mjs IN OUT
import ExcelJS from "exceljs";

const [input, output] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(input);
await workbook.xlsx.writeFile(output);
