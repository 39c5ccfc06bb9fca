import { Writable } from 'node:stream';
import { createLogger, PERSONAL_FIELDS } from './logger';

function capture(): { lines: string[]; sink: Writable } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { lines, sink };
}

describe('createLogger redaction', () => {
  const iin = '900101300801';
  const personal = {
    iin,
    fullName: 'Айгерім Сейітова',
    phone: '+77011234501',
    address: 'улица Туркестан, 14',
  };

  it('redacts personal fields at the top, one and two levels down, and bearer tokens', () => {
    const { lines, sink } = capture();
    const log = createLogger('debug', 'test', sink);
    log.info(personal, 'top');
    log.info({ person: personal }, 'one down');
    log.warn({ job: { data: personal } }, 'two down');
    log.debug({ req: { headers: { authorization: 'Bearer secret-token' } } }, 'headers');
    const text = lines.join('');
    expect(lines).toHaveLength(4);
    for (const v of [...Object.values(personal), 'secret-token']) expect(text).not.toContain(v);
    expect(text.match(/\[redacted\]/g)?.length).toBe(13);
  });

  it('covers the health and free-text fields', () => {
    expect(PERSONAL_FIELDS).toEqual(
      expect.arrayContaining(['mobility', 'disabilityCategory', 'notes', 'text']),
    );
  });
});
