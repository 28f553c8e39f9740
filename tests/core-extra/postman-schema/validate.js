// Usage: node validate.js SCHEMA_DIR COLLECTION.json...
// Exit 0 when every collection validates; 1 (with ajv's errors) otherwise.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

// Postman's schema is kept as postmanlabs/schemas keeps it: collection.json plus one file per definition
// (collection/*.json, each with "$id": "#/definitions/<name>"). This assembles it the way that project's
// lib/index.js compile() does: every sub-schema becomes definitions.<name>.
const path = require('path');
const [schemaDir, ...files] = process.argv.slice(2);
const load = (file) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const schema = load(path.join(schemaDir, 'collection.json'));
delete schema.$schema; // draft-07, ajv's default meta-schema
schema.definitions = {};
for (const name of fs.readdirSync(path.join(schemaDir, 'collection'))) {
  const sub = load(path.join(schemaDir, 'collection', name));
  const id = sub.$id || '';
  if (!id.startsWith('#/definitions/')) continue;
  delete sub.$id;
  delete sub.$schema;
  schema.definitions[id.slice('#/definitions/'.length)] = sub;
}
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);
let failed = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: not JSON: ${e.message}`);
    failed++;
    continue;
  }
  if (check(data)) {
    console.log(`${file}: valid`);
  } else {
    failed++;
    console.log(`${file}: INVALID`);
    for (const error of check.errors.slice(0, 20))
      console.log(`  ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}
process.exit(failed ? 1 : 0);
