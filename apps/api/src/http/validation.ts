import {
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import {
  DomainError,
  isDomainError,
  type FieldError,
  type FieldRule,
  type ValidatorRule,
} from '@invataxi/domain';
import { getMetadataStorage } from 'class-validator';

/** What this file reads of a class-validator rule's metadata. */
type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

/** The class-validator rules of one property of a class (their numbers: @Min(1) -> [1]). */
function rulesOf(target: object | undefined, property: string): ValidationMetadata[] {
  if (!target || typeof target !== 'object') return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .filter((m) => m.propertyName === property);
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * A common class-validator rule as a code with words and its numbers ({ key: 'TOO_SMALL',
 * params: { min: 1 } }); null for a rule not listed here (it keeps "check this field").
 */
function ruleSaid(
  code: string,
  rule: ValidationMetadata | undefined,
  empty: boolean,
): { key: ValidatorRule | FieldRule; params?: { [k: string]: number } } | null {
  const [a, b] = rule?.constraints ?? [];
  const min = num(a);
  const max = num(code === 'isLength' ? b : a);
  // An empty field is to be filled in: never "At least 1 characters" or "Not in the expected format".
  if (empty && (code === 'minLength' || code === 'isLength' || code === 'matches'))
    return { key: 'FIELD_REQUIRED' };
  switch (code) {
    case 'isNotEmpty':
    case 'isDefined':
      return { key: 'FIELD_REQUIRED' };
    case 'min':
      return min === undefined ? null : { key: 'TOO_SMALL', params: { min } };
    case 'max':
      return max === undefined ? null : { key: 'TOO_LARGE', params: { max } };
    case 'minLength':
      return min === undefined ? null : { key: 'TOO_SHORT', params: { min } };
    case 'maxLength':
      return max === undefined ? null : { key: 'TOO_LONG', params: { max } };
    case 'isLength':
      // Not empty, so at least 1 holds: too long.
      if (min !== undefined && min <= 1 && max !== undefined) return { key: 'TOO_LONG', params: { max } };
      if (min !== undefined && max !== undefined) return { key: 'LENGTH_BETWEEN', params: { min, max } };
      return min === undefined ? null : { key: 'TOO_SHORT', params: { min } };
    case 'arrayMinSize':
      return min === undefined ? null : { key: 'TOO_FEW_ITEMS', params: { min } };
    case 'arrayNotEmpty':
      return { key: 'TOO_FEW_ITEMS', params: { min: 1 } };
    case 'arrayMaxSize':
      return max === undefined ? null : { key: 'TOO_MANY_ITEMS', params: { max } };
    case 'matches':
      return { key: 'FORMAT_INVALID' };
    case 'isInt':
      return { key: 'NOT_INTEGER' };
    case 'isNumber':
    case 'isNumberString':
    case 'isDecimal':
      return { key: 'NOT_NUMBER' };
    case 'isPositive':
      return { key: 'NOT_POSITIVE' };
    case 'isIn':
    case 'isEnum':
      return { key: 'NOT_ONE_OF' };
    case 'isUuid':
    case 'isUUID':
      return { key: 'ID_INVALID' };
    case 'isDateString':
    case 'isIso8601':
    case 'isISO8601':
    case 'isDate':
      return { key: 'DATE_INVALID' };
    case 'isBoolean':
      return { key: 'NOT_YES_NO' };
    case 'isString':
      return { key: 'NOT_TEXT' };
    case 'isArray':
      return { key: 'NOT_LIST' };
    case 'isLatitude':
      return { key: 'LATITUDE_INVALID' };
    case 'isLongitude':
      return { key: 'LONGITUDE_INVALID' };
    case 'isEmail':
      return { key: 'EMAIL_FORMAT' };
    case 'whitelistValidation':
      return { key: 'FIELD_UNKNOWN' };
    default:
      return null;
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const name = e.property === '' ? '(empty name)' : e.property;
    const field = prefix ? (/^\d+$/.test(name) ? `${prefix}[${name}]` : `${prefix}.${name}`) : name;
    const rules = rulesOf(e.target, e.property);
    const value = (e.target as Record<string, unknown> | undefined)?.[e.property];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    for (const [code, message] of Object.entries(e.constraints ?? {})) {
      // A rule with words of its own names them in its context: `{ context: say('PHONE_FORMAT') }`.
      const said = (e.contexts?.[code] as { say?: FieldError['say'] } | undefined)?.say;
      if (said) {
        out.push({ field, code, say: said });
        continue;
      }
      const rule = rules.find((m) => (m.name ?? m.type) === code || m.type === code);
      const generic = ruleSaid(code, rule, empty);
      if (generic?.key === 'FIELD_REQUIRED') {
        // Said once for the field, whichever rules an empty value broke.
        if (!out.some((x) => x.field === field && x.code === 'FIELD_REQUIRED'))
          out.push({ field, code: 'FIELD_REQUIRED', say: generic });
        continue;
      }
      // A DTO's own English sentence ("bin must be 12 digits") stays for an English reader.
      const own = typeof rule?.message === 'string' ? { message: rule.message } : {};
      if (generic) out.push({ field, code: generic.key, say: generic, ...own });
      else out.push({ field, code, message });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * The validation context of a field rule with words of its own (FIELD_RULES, issue 19): the 400
 * answer names the field and says the rule in the caller's language.
 */
export function say(key: FieldRule, params?: { [key: string]: number | string }): { say: FieldError['say'] } {
  return { say: { key, ...(params ? { params } : {}) } };
}

const TOLERATES_UNKNOWN_FIELDS = Symbol('tolerates-unknown-fields');

/**
 * A request body from an outside system that evolves on its own schedule (the Portal): a field
 * it adds later is ignored, not refused, so its next release does not break every order.
 */
export function ToleratesUnknownFields(): ClassDecorator {
  return (target) => Reflect.defineMetadata(TOLERATES_UNKNOWN_FIELDS, true, target);
}

function tolerates(metadata: ArgumentMetadata): boolean {
  return !!metadata.metatype && Reflect.getMetadata(TOLERATES_UNKNOWN_FIELDS, metadata.metatype) === true;
}

const options = (forbidNonWhitelisted: boolean): ValidationPipeOptions => ({
  whitelist: true,
  forbidNonWhitelisted,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  // The target (never sent) finds a rule's numbers in the class's metadata: @Min(1) -> { min: 1 }.
  validationError: { target: true, value: false },
  exceptionFactory: (errors) => DomainError.validation(flatten(errors)),
});

/** Unknown field names remembered for the once-per-name log line; bounded, names are the caller's. */
const MAX_REPORTED_FIELDS = 500;

/**
 * whitelist + forbidNonWhitelisted + transform (STYLE.md, 8); a failure becomes a VALIDATION
 * domain error, so the one filter renders every field error the same way. A body class marked
 * @ToleratesUnknownFields() has its unknown fields stripped instead, each name told once to
 * `onUnknownField`.
 */
export class RequestValidationPipe implements PipeTransform {
  private readonly strict = new ValidationPipe(options(true));
  private readonly lenient = new ValidationPipe(options(false));
  private readonly reported = new Set<string>();

  constructor(private readonly onUnknownField: (field: string) => void = () => undefined) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!tolerates(metadata)) return this.strict.transform(value, metadata);
    try {
      return await this.strict.transform(value, metadata);
    } catch (e) {
      if (isDomainError(e)) this.report(e);
      // Strips the unknown fields; throws again if anything else is wrong.
      return this.lenient.transform(value, metadata);
    }
  }

  private report(e: DomainError): void {
    const errors = (e.params.errors ?? []) as unknown as FieldError[];
    for (const { field, code } of errors) {
      if (code !== 'FIELD_UNKNOWN' || this.reported.has(field)) continue;
      if (this.reported.size >= MAX_REPORTED_FIELDS) return;
      this.reported.add(field);
      this.onUnknownField(field);
    }
  }
}
