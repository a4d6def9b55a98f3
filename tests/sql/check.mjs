// Independent Flink SQL syntax check: runs dt-sql-parser's FlinkSQL grammar over SQL files.
// Usage: node dist/check.cjs [--expect-errors] [--count-statements] FILE.sql ...   (no files: stdin)
// Prints every syntax error as FILE:LINE:COL: message and exits 1 when any file has one.
// --expect-errors inverts the verdict per file, so a negative test can name broken inputs.
// --count-statements also prints FILE: statements N, the statements the grammar splits it into.
import { readFileSync } from 'node:fs';
import { FlinkSQL } from 'dt-sql-parser';

function parseArgs(argv) {
  const files = [];
  let expectErrors = false;
  let countStatements = false;
  for (const arg of argv) {
    if (arg === '--expect-errors') expectErrors = true;
    else if (arg === '--count-statements') countStatements = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: check [--expect-errors] [--count-statements] [FILE.sql ...]\n');
      process.exit(0);
    } else files.push(arg);
  }
  return { files, expectErrors, countStatements };
}

function readInput(file) {
  // '-' and "no files" both mean stdin, so the checker composes with pipes.
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

function main() {
  const { files, expectErrors, countStatements } = parseArgs(process.argv.slice(2));
  const inputs = files.length ? files : ['-'];
  const parser = new FlinkSQL();
  let failed = 0;
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file;
    let sql;
    try {
      sql = readInput(file);
    } catch (err) {
      process.stderr.write(`${name}: cannot read: ${err.message}\n`);
      failed++;
      continue;
    }
    const errors = parser.validate(sql);
    for (const e of errors) {
      process.stdout.write(`${name}:${e.startLine}:${e.startColumn}: ${e.message}\n`);
    }
    if (countStatements && errors.length === 0) {
      process.stdout.write(`${name}: statements ${parser.splitSQLByStatement(sql).length}\n`);
    }
    if (expectErrors && errors.length === 0) {
      process.stdout.write(`${name}: expected syntax errors, but the grammar accepted it\n`);
      failed++;
    } else if (!expectErrors && errors.length > 0) {
      failed++;
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
