'use strict';
// `npm run bench`: every speed and memory target, each against a floor measured in the same run.
const all = { worktree: './worktree', staged: './staged', history: './history', memory: './memory', adversarial: './adversarial' };
// Part names select what runs; other arguments (e.g. `history --repo PATH`) are read by the parts themselves.
const which = process.argv.slice(2).filter((a) => Object.hasOwn(all, a));

(async () => {
  let failed = false;
  for (const [name, mod] of Object.entries(all)) {
    if (which.length > 0 && !which.includes(name)) continue;
    try {
      await require(mod).main();
    } catch (err) {
      failed = true;
      console.error(`${name}: ${err.stack || err}`);
    }
    console.log('');
  }
  process.exit(failed ? 1 : 0);
})();
