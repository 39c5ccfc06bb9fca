import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const validate = (dir: string) =>
  spawnSync(process.execPath, ['scripts/validate-manifests.mjs', dir], { cwd: ROOT, encoding: 'utf8' });

/** Issue 24, item 4: the Kubernetes manifests are checked against the Kubernetes schemas in CI. */
describe('deployment manifests (deploy/k8s)', () => {
  it('every document validates against its Kubernetes schema', () => {
    const r = validate('deploy/k8s');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const kind of [
      'Deployment/api',
      'Deployment/dispatcher',
      'HorizontalPodAutoscaler/api',
      'PodDisruptionBudget/api',
      'Job/migrate',
    ]) {
      expect(r.stdout).toContain(kind);
    }
  });

  it('a document that breaks its schema fails the check, named with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'invataxi-k8s-'));
    try {
      cpSync(join(ROOT, 'deploy/k8s'), dir, { recursive: true });
      const api = join(dir, 'app', 'api.yaml');
      writeFileSync(
        api,
        readFileSync(api, 'utf8').replace('containerPort: 3000', "containerPort: 'three thousand'"),
      );
      const r = validate(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/api\.yaml: Deployment api: .*containerPort must be integer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the probes and the migration command are the ones the api image has', () => {
    const api = readFileSync(join(ROOT, 'deploy/k8s/app/api.yaml'), 'utf8');
    const controller = readFileSync(join(ROOT, 'apps/api/src/health/health.controller.ts'), 'utf8');
    expect(api).toMatch(/readinessProbe:\s+httpGet: \{ path: \/ready,/);
    expect(api).toMatch(/livenessProbe:\s+httpGet: \{ path: \/health,/);
    expect(controller).toContain("@Get('ready')");
    expect(controller).toContain("@Get('health')");
    const job = readFileSync(join(ROOT, 'deploy/k8s/migrate/job.yaml'), 'utf8');
    const compose = readFileSync(join(ROOT, 'docker/compose.yml'), 'utf8');
    const command = "['node', 'dist/apps/api/scripts/migrate.js', 'run']";
    expect(job).toContain(command);
    expect(compose).toContain(command);
    // the images the manifests run are built on a maintained Node.js
    for (const f of ['Dockerfile.api', 'Dockerfile.dispatcher']) {
      const from = readFileSync(join(ROOT, 'docker', f), 'utf8').match(/^FROM node:(\d+)/gm) ?? [];
      expect(from.length).toBeGreaterThan(0);
      for (const line of from) expect(Number(line.replace('FROM node:', ''))).toBeGreaterThanOrEqual(24);
    }
  });
});
