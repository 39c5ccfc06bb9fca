import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsIn,
  IsInt,
  IsLatitude,
  IsNotEmpty,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ArgumentsHost } from '@nestjs/common';
import type { Language } from '@invataxi/domain';
import type { Logger } from '@invataxi/platform';
import { ErrorFilter } from './error.filter';
import { RequestValidationPipe, say, ToleratesUnknownFields } from './validation';

class Stop {
  @IsLatitude()
  lat!: number;
}

class Body {
  @IsInt()
  @Min(1)
  @Max(90)
  termDays!: number;

  @IsString()
  @MinLength(6)
  @MaxLength(12)
  plate!: string;

  @Length(2, 4)
  code!: string;

  @IsIn(['a', 'b'])
  kind!: string;

  @IsUUID()
  driverId!: string;

  @IsNotEmpty()
  note!: string;

  @Matches(/^\d{12}$/, { message: 'bin must be 12 digits' })
  bin!: string;

  @Matches(/^\+7\d{10}$/, { context: say('PHONE_FORMAT') })
  phone!: string;

  @ArrayMinSize(2)
  @ValidateNested({ each: true })
  @Type(() => Stop)
  stops!: Stop[];
}

const bad = {
  termDays: 0,
  plate: 'abc',
  code: 'x',
  kind: 'z',
  driverId: 'nope',
  note: '',
  bin: '12',
  phone: '8',
  stops: [{ lat: 91 }],
  extra: 1,
};

/** A form's text fields, left empty or filled (the what-if page's name and hours). */
class Named {
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Length(1, 10)
  label!: string;

  @Matches(/^\d{2}:\d{2}$/, { message: 'at must be HH:MM' })
  at!: string;
}

/** The 400 answer's field errors as the ErrorFilter sends them, in one language. */
async function answerFor(
  metatype: new () => object,
  value: unknown,
  lang: Language,
): Promise<{ field: string; code?: string; reason: string }[]> {
  const pipe = new RequestValidationPipe();
  const thrown = await pipe.transform(value, { type: 'body', metatype }).then(
    () => null,
    (e: unknown) => e,
  );
  let sent: { errors?: { field: string; code?: string; reason: string }[] } = {};
  const reply = {
    header: () => reply,
    status: () => reply,
    send: (b: typeof sent) => {
      sent = b;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ id: 'r1', headers: { 'accept-language': lang } }),
      getResponse: () => reply,
    }),
  } as unknown as ArgumentsHost;
  new ErrorFilter({ error: () => undefined } as unknown as Logger).catch(thrown, host);
  return sent.errors ?? [];
}

const answer = (value: unknown, lang: Language) => answerFor(Body, value, lang);

describe('RequestValidationPipe: an empty field', () => {
  it('is to be filled in, once, in kk, ru and en (never "At least 1 characters" or "expected format")', async () => {
    const words = { kk: 'Бұл өрісті толтырыңыз.', ru: 'Заполните это поле.', en: 'Fill in this field.' };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const errors = await answerFor(Named, { name: '', label: '', at: '' }, lang);
      expect(errors.map((e) => [e.field, e.code, e.reason])).toEqual([
        ['name', 'FIELD_REQUIRED', words[lang]],
        ['label', 'FIELD_REQUIRED', words[lang]],
        ['at', 'FIELD_REQUIRED', words[lang]],
      ]);
    }
  });

  it('filled but wrong still says the rule', async () => {
    const errors = await answerFor(Named, { name: 'n'.repeat(121), label: 'x'.repeat(11), at: '7' }, 'en');
    expect(errors.map((e) => [e.field, e.code, e.reason])).toEqual([
      ['name', 'TOO_LONG', 'At most 120 characters.'],
      ['label', 'TOO_LONG', 'At most 10 characters.'],
      ['at', 'FORMAT_INVALID', 'at must be HH:MM'],
    ]);
  });
});

describe('RequestValidationPipe: a class-validator rule says itself with its numbers', () => {
  it('gives each common rule a code and words in ru, with the numbers, never the field name', async () => {
    const errors = await answer(bad, 'ru');
    const by = (field: string) => errors.filter((e) => e.field === field).map((e) => [e.code, e.reason]);
    expect(by('termDays')).toEqual([['TOO_SMALL', 'Не меньше 1.']]);
    expect(by('plate')).toEqual([['TOO_SHORT', 'Не короче 6 символов.']]);
    expect(by('code')).toEqual([['LENGTH_BETWEEN', 'От 2 до 4 символов.']]);
    expect(by('kind')).toEqual([['NOT_ONE_OF', 'Выберите одно из предложенных значений.']]);
    expect(by('driverId')).toEqual([['ID_INVALID', 'Выберите из списка.']]);
    expect(by('note')).toEqual([['FIELD_REQUIRED', 'Заполните это поле.']]);
    expect(by('bin')).toEqual([['FORMAT_INVALID', 'Неверный формат.']]);
    // A rule with words of its own keeps them.
    expect(by('phone')).toEqual([['matches', 'Номер телефона в виде +7 7XX XXX XX XX.']]);
    expect(by('stops')).toEqual([['TOO_FEW_ITEMS', 'Не меньше 2 значений.']]);
    expect(by('stops[0].lat')).toEqual([['LATITUDE_INVALID', 'Широта от −90 до 90.']]);
    expect(by('extra')).toEqual([['FIELD_UNKNOWN', 'Такого поля нет.']]);
  });

  it('says the numbers in kk and en too, and keeps a DTO its own English sentence', async () => {
    const kk = await answer({ ...bad, termDays: 100, plate: 'a'.repeat(13) }, 'kk');
    expect(kk.find((e) => e.field === 'termDays')?.reason).toBe('Көп дегенде 90.');
    expect(kk.find((e) => e.field === 'plate')?.reason).toBe('Көп дегенде 12 таңба.');
    const en = await answer(bad, 'en');
    expect(en.find((e) => e.field === 'termDays')?.reason).toBe('At least 1.');
    expect(en.find((e) => e.field === 'plate')?.reason).toBe('At least 6 characters.');
    expect(en.find((e) => e.field === 'bin')?.reason).toBe('bin must be 12 digits');
    for (const e of en.filter((x) => x.field !== 'bin'))
      expect(e.reason).not.toMatch(/must|should|termDays|plate/);
  });

  it('still tells a tolerant body the name of an unknown field once and strips it', async () => {
    @ToleratesUnknownFields()
    class Lenient {
      @Min(1)
      n!: number;
    }
    const told: string[] = [];
    const pipe = new RequestValidationPipe((f) => told.push(f));
    const meta = { type: 'body', metatype: Lenient } as const;
    expect(await pipe.transform({ n: 2, later: 'x' }, meta)).toEqual({ n: 2 });
    await pipe.transform({ n: 3, later: 'y' }, meta);
    expect(told).toEqual(['later']);
  });
});
