import {
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { DomainError, isDomainError, type FieldError, type FieldRule } from '@invataxi/domain';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const name = e.property === '' ? '(empty name)' : e.property;
    const field = prefix ? (/^\d+$/.test(name) ? `${prefix}[${name}]` : `${prefix}.${name}`) : name;
    for (const [code, message] of Object.entries(e.constraints ?? {})) {
      // A rule with words of its own names them in its context: `{ context: say('PHONE_FORMAT') }`.
      const said = (e.contexts?.[code] as { say?: FieldError['say'] } | undefined)?.say;
      out.push({ field, code, message, ...(said ? { say: said } : {}) });
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
  validationError: { target: false, value: false },
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
      if (code !== 'whitelistValidation' || this.reported.has(field)) continue;
      if (this.reported.size >= MAX_REPORTED_FIELDS) return;
      this.reported.add(field);
      this.onUnknownField(field);
    }
  }
}
