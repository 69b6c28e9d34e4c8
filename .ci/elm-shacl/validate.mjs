// Validates Europass ELM v3 JSON-LD files offline, in two steps:
//  1. JSON-LD expansion in safe mode with the contexts held locally (the EDC application profile context read from the
//     ELM directory, the W3C credentials v1 context from the pinned credentials-context package). Safe mode fails on
//     any property or type that the contexts do not map to an IRI, so nothing is dropped silently.
//  2. SHACL validation of the resulting RDF against EDC-generic-no-cv.ttl with rdf-validate-shacl.
// No document is ever fetched from the web: the document loader knows the two contexts and refuses everything else.
//
// Usage: node validate.mjs [--elm-dir DIR] [--allow-unsealed] [--expect-failure] FILE...
//   --allow-unsealed  tolerates the two results an unsealed credential has until it is issued (see SEALED below).
//   --expect-failure  inverts the exit code: used as a negative control, to show that the check can fail.
// Exit code 0 when every file expands with no dropped term and has no SHACL violation (other than those tolerated).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import datasetFactory from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

const require = createRequire(import.meta.url);
const credentials = require('credentials-context');

const args = process.argv.slice(2);
let elmDir = process.env.ECVET_ELM_DIR ?? resolve(import.meta.dirname, '../../../shared/data/elm-v3');
let allowUnsealed = false;
let expectFailure = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--elm-dir') elmDir = args[++i];
  else if (args[i] === '--allow-unsealed') allowUnsealed = true;
  else if (args[i] === '--expect-failure') expectFailure = true;
  else files.push(args[i]);
}

if (files.length === 0) {
  console.error('usage: node validate.mjs [--elm-dir DIR] [--allow-unsealed] [--expect-failure] FILE...');
  process.exit(2);
}

const edcContext = JSON.parse(readFileSync(resolve(elmDir, 'edc-ap-context.jsonld'), 'utf8'));
const contexts = new Map([
  ['http://data.europa.eu/snb/model/context/edc-ap', edcContext],
  ['https://data.europa.eu/snb/model/context/edc-ap', edcContext],
  [credentials.CONTEXT_URL, credentials.CONTEXT],
]);

const documentLoader = async (url) => {
  const document = contexts.get(url);
  if (document === undefined) {
    throw new Error(`refusing to fetch ${url}: only the locally held contexts are allowed`);
  }

  return { contextUrl: null, documentUrl: url, document };
};

// What an unsigned credential lacks until the issuing service seals it, as the official unsigned sample
// (Sample-MC-Annex1-unsigned.jsonld) shows with exactly these two results: its issue date (cred:issued, at least one
// value) and the issuer's eIDAS legal identifier (edc:IssuerNodeShape, whose only constraint is one
// elm:eidasLegalIdentifier). Tolerated only with --allow-unsealed.
const isSealingResult = (r) =>
  (r.path === 'https://www.w3.org/2018/credentials#issued' && r.component === 'MinCountConstraintComponent') ||
  (r.path === 'https://www.w3.org/2018/credentials#issuer' && r.component === 'NodeConstraintComponent' && r.message.includes('IssuerNodeShape'));

const shapes = datasetFactory.dataset(new Parser({ format: 'text/turtle' }).parse(readFileSync(resolve(elmDir, 'EDC-generic-no-cv.ttl'), 'utf8')));
const validator = new SHACLValidator(shapes);

let failures = 0;
for (const file of files) {
  const input = JSON.parse(readFileSync(file, 'utf8'));
  let nquads;
  try {
    const expanded = await jsonld.expand(input, { documentLoader, safe: true });
    nquads = await jsonld.toRDF(expanded, { format: 'application/n-quads', safe: true });
  } catch (error) {
    failures++;
    console.log(`${file}: JSON-LD expansion failed: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 400) : ''}`);
    continue;
  }

  const quads = new Parser({ format: 'application/n-quads' }).parse(nquads);
  const report = await validator.validate(datasetFactory.dataset(quads));
  const results = report.results.map((r) => ({
    severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', ''),
    focus: r.focusNode?.value,
    path: r.path?.value,
    component: r.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', ''),
    message: r.message.map((m) => m.value).join('; '),
  }));
  const tolerated = results.filter((r) => allowUnsealed && isSealingResult(r));
  const counted = results.filter((r) => !tolerated.includes(r));
  console.log(`${file}: ${quads.length} triples, ${counted.length} SHACL results${tolerated.length ? `, ${tolerated.length} tolerated until sealed` : ''}`);
  for (const r of results) {
    console.log(`  ${tolerated.includes(r) ? '(tolerated) ' : ''}${r.severity} ${r.path ?? ''} at ${r.focus}: ${r.message}`);
  }

  if (counted.length > 0) failures++;
}

const failed = failures > 0;
console.log(`${files.length - failures} valid, ${failures} invalid`);
if (expectFailure) {
  console.log(failed ? 'negative control failed as expected' : 'negative control unexpectedly passed');
  process.exit(failed ? 0 : 1);
}

process.exit(failed ? 1 : 0);
