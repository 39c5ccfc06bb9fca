// Validates the Kubernetes manifests under deploy/k8s against the Kubernetes schemas
// (kubernetes-models), since no cluster runs in CI. Its own process because kubernetes-models is
// ESM-only. Usage: node scripts/validate-manifests.mjs [dir]; exits 1 naming each bad document.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAll } from 'js-yaml';
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as batch from 'kubernetes-models/batch/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';

const models = {
  v1: core,
  'apps/v1': apps,
  'batch/v1': batch,
  'policy/v1': policy,
  'autoscaling/v2': autoscaling,
};

const root = process.argv[2] ?? 'deploy/k8s';
const files = (function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : [];
  });
})(root);

const problems = [];
let checked = 0;
const names = new Set();
for (const file of files) {
  const where = relative(process.cwd(), file);
  for (const doc of loadAll(readFileSync(file, 'utf8'))) {
    if (!doc) continue;
    if (doc.kind === 'Kustomization') {
      // Every resource a kustomization names must exist beside it.
      for (const r of doc.resources ?? []) {
        try {
          statSync(join(file, '..', r));
        } catch {
          problems.push(`${where}: resource ${r} does not exist`);
        }
      }
      continue;
    }
    const Model = models[doc.apiVersion]?.[doc.kind];
    if (!Model) {
      problems.push(`${where}: ${doc.apiVersion} ${doc.kind} has no schema here (add it to scripts/validate-manifests.mjs)`);
      continue;
    }
    try {
      new Model(doc).validate();
      checked++;
      names.add(`${doc.kind}/${doc.metadata?.name}`);
    } catch (e) {
      problems.push(`${where}: ${doc.kind} ${doc.metadata?.name}: ${e.message}`);
    }
  }
}
for (const p of problems) console.error(p);
console.log(`manifests: ${checked} valid, ${problems.length} invalid (${[...names].sort().join(', ')})`);
process.exit(problems.length ? 1 : 0);
