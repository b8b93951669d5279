const assert = require("node:assert");
assert.ok(true);
