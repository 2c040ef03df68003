const app = require("../src/app");

test("app exists", () => {
  expect(app).toBeDefined();
});
