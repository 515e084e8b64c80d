// Checks xAPI statements with @learninglocker/xapi-validation 3 (an independent
// implementation of the xAPI 1.0.3 rules; the test LRS bundles its own older one).
// Reads one statement a line on standard input; writes one JSON line for each:
// {"id": ..., "problems": [...]} (an empty list: valid). Exit 0.
"use strict";
const validate = require("@learninglocker/xapi-validation").default;
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!line.trim()) return;
  let statement;
  try {
    statement = JSON.parse(line);
  } catch (error) {
    process.stdout.write(JSON.stringify({ id: null, problems: [`not JSON: ${error.message}`] }) + "\n");
    return;
  }
  let problems;
  try {
    problems = validate(statement).map(describe); // a list of warnings; empty when valid
  } catch (error) {
    problems = [`the validator failed: ${error.message || error}`];
  }
  process.stdout.write(JSON.stringify({ id: statement && statement.id, problems }) + "\n");
});

function describe(warning) {
  const path = (warning.path || []).join(".");
  const name = warning.constructor ? warning.constructor.name : "Warning";
  let data = "";
  try {
    data = JSON.stringify(warning.data);
  } catch (error) {
    data = String(warning.data);
  }
  return `${path}: ${name}${warning.message ? " " + warning.message : ""} (got ${data})`;
}
