import { Writable } from 'node:stream';
import { createLogger, lazyChildLogger, PERSONAL_FIELDS, requestLine } from './logger';

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

  it("a request's search text (a rider's name or phone, issue 23) never reaches the line", () => {
    const line = requestLine({
      method: 'GET',
      url: '/bookings?day=2026-12-08&q=%D0%90%D0%B9%D0%B3%D0%B5%D1%80%D1%96%D0%BC&limit=200',
    });
    expect(line.url).toBe('/bookings?day=2026-12-08&q=[redacted]&limit=200');
    expect(requestLine({ url: '/bookings?q=77011234501' }).url).toBe('/bookings?q=[redacted]');
    expect(requestLine({ url: '/bookings?quota=1' }).url).toBe('/bookings?quota=1');
  });

  it('covers the health and free-text fields', () => {
    expect(PERSONAL_FIELDS).toEqual(
      expect.arrayContaining(['mobility', 'disabilityCategory', 'notes', 'text']),
    );
  });
});

describe('lazyChildLogger (the request logger Fastify gets)', () => {
  it('makes no pino child until something logs, then logs with the bindings and redaction', () => {
    const { lines, sink } = capture();
    const parent = createLogger('info', 'api', sink);
    const child = jest.spyOn(parent, 'child');
    const log = lazyChildLogger(parent, { reqId: 'r-1' }, {});
    expect(log.level).toBe('info');
    expect(child).not.toHaveBeenCalled();
    log.info({ iin: '900101300011' }, 'hello');
    log.debug('below the level');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ reqId: 'r-1', msg: 'hello', app: 'api' });
    expect(lines[0]).not.toContain('900101300011');
  });
});
