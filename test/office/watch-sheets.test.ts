import { watchSheets } from "../../src/office/watch-sheets";
import { FakeExcel, installOffice, typeInto } from "../helpers/fake-excel";

function districts(): FakeExcel {
  const excel = new FakeExcel("1.7");
  installOffice(excel);
  for (const name of ["A Lưới", "Nam Đông", "Phụ lục 2021"]) excel.addSheet(name, [["TT", "Đơn vị"]]);
  return excel;
}

test("hears of edits to the watched sheets only, in 1 sync, and stops in 1 more", async () => {
  const excel = districts();
  const heard = jest.fn();
  const stop = await watchSheets(excel.context, ["A Lưới", "Nam Đông"], heard);
  expect(excel.syncs).toHaveLength(1);
  await typeInto(excel, "Nam Đông", "C2", 410);
  await typeInto(excel, "Phụ lục 2021", "C2", 1);
  expect(heard).toHaveBeenCalledTimes(1);

  await stop();
  expect(excel.syncs).toHaveLength(2);
  expect(excel.changeHandlers).toHaveLength(0);
  await typeInto(excel, "A Lưới", "C2", 820);
  expect(heard).toHaveBeenCalledTimes(1);
});

test("a source sheet deleted meanwhile is said as Excel says it", async () => {
  const excel = districts();
  await expect(watchSheets(excel.context, ["Phú Lộc"], jest.fn())).rejects.toMatchObject({ code: "ItemNotFound" });
});
