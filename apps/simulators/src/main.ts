import { createSimulators } from './create-simulators';

async function main(): Promise<void> {
  const app = await createSimulators();
  const port = Number(process.env.SIM_PORT ?? 3100);
  await app.listen({ host: '127.0.0.1', port });
  process.stdout.write(`simulators (stand-ins, not real systems) on http://127.0.0.1:${port}\n`);
  const stop = (): void => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
