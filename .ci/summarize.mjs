// Prints `N passed, N failed` over every suite CI ran: the steps of .ci/run
// plus each unit and end-to-end test from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let [passed, failed] = process.argv.slice(2).map(Number);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  console.log(`unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}

const e2e = read('test-results/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
  passed += expected + flaky;
  failed += unexpected + skipped; // nothing may be skipped where CI runs
  console.log(`e2e tests: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
