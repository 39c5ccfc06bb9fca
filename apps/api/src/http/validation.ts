import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '@invataxi/domain';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const name = e.property === '' ? '(empty name)' : e.property;
    const field = prefix ? (/^\d+$/.test(name) ? `${prefix}[${name}]` : `${prefix}.${name}`) : name;
    for (const [code, message] of Object.entries(e.constraints ?? {})) out.push({ field, code, message });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * whitelist + forbidNonWhitelisted + transform (STYLE.md, 8); a failure becomes a VALIDATION
 * domain error, so the one filter renders every field error the same way.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.validation(flatten(errors)),
  });
}
